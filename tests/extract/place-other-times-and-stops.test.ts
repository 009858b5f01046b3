/**
 * Cities a report names that are not where its meetings were: a city of another time ("recalled the
 * meetings held in Tokyo in 2022"), of someone's absence ("unable to attend owing to a trip to
 * Warsaw"), a next stop ("continues its trip in Hamburg"); and those that are: the city of the
 * session the lead frames the report with, held days before the report ("held in Bishkek on December
 * 11-12", reported on the 14th), and the visit's city for a meeting told "a day earlier". Names of
 * people are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const placeOf = (text: string, who: string, published: string) =>
  placesAndDatesOf(text, published).find((m) => m.names.includes(who))?.place;

describe("the city of the session the lead frames the report with", () => {
  it("is where its meetings were, though the session ended days before the report", () => {
    const t =
      "Tbilisi, December 14, GNA\n\nThe delegation headed by First Deputy Speaker Levan Gogua held a number of bilateral meetings on the sidelines of the plenary session of the Assembly, held in Bishkek on December 11-12.\n\nOn the first day of the session, Levan Gogua met with Chairman Talant Sydykov.";
    expect(placeOf(t, "Talant Sydykov", "2024-12-14")).toBe("Bishkek");
  });
});

describe("a city of another time", () => {
  it("is not where today's meeting was", () => {
    const t =
      "YEREVAN, MARCH 12. President of the National Assembly Aram Sargsyan today received Hiroshi Kondo, the newly appointed Ambassador of Japan.\n\nAram Sargsyan recalled with warmth the meetings held in Tokyo in 2022.";
    expect(placeOf(t, "Hiroshi Kondo", "2024-03-12")).toBe("Yerevan");
  });
});

describe("a city of someone's absence or of a next stop", () => {
  const t =
    "A delegation headed by Chairman Batbold Dorj was received on 18 November by Vice-President of the Bundestag Katja Brenner.\n\nKatja Brenner welcomed the guests on behalf of the President, who was unable to attend owing to a trip to Warsaw.\n\nOn 19 November, Batbold Dorj was received by Minister of State Lena Vogt. The delegation continues its trip in Hamburg and Munich.";
  it("is not where the meetings were", () => {
    expect(placeOf(t, "Katja Brenner", "2024-11-20")).not.toBe("Warsaw");
    expect(placeOf(t, "Lena Vogt", "2024-11-20")).not.toBe("Hamburg");
    expect(placeOf(t, "Lena Vogt", "2024-11-20")).not.toBe("Warsaw");
  });
});

describe("a meeting told 'a day earlier' in a report of a visit", () => {
  it("is in the visit's city", () => {
    const t =
      "Speaker Mehmet Aydin, who is on an official visit to Kyrgyzstan, was received on Wednesday by President Sadyr Baiyshev in the capital Bishkek.\n\nA day earlier, Aydin held talks with his counterpart, Speaker Nurlan Turgunbekov.";
    expect(placeOf(t, "Nurlan Turgunbekov", "2022-11-24")).toBe("Bishkek");
  });
});
