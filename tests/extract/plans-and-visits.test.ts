/**
 * A report of a visit abroad filed at home, and a plan with no day: the meetings of a delegation that
 * "visited the Republic of Korea on 14-17 May" were held there, not in the dateline's city; a plan put
 * "next year" takes neither the days of the visit just over nor the report's city. Names are
 * invented; 2024-05-18 is a Saturday.
 */
import { describe, expect, it } from "vitest";
import { isFutureUndated } from "../../src/extract/late-report.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const REPORT = [
  "ASTANA. KAZINFORM – A delegation of the Senate of Kazakhstan headed by Senate Chairman Arman Dzhakupbek visited the Republic of Korea on 14-17 May at the invitation of Speaker of the National Assembly Kim Sung-woo.",
  "During the visit, the Kazakh delegation was also received by Prime Minister of the Republic of Korea Park Ji-hoon.",
];
const meetingsOf = (lines: string[]) =>
  placesAndDatesOf(lines.join("\n\n"), "2024-05-18").map((m) => ({
    names: m.names.join(" + "),
    date: m.date ? `${m.date.start}/${m.date.end ?? ""}` : "none",
    place: m.place ?? "none",
  }));

describe("a lead that says the delegation visited a country", () => {
  it("keeps its meetings out of the dateline's city", () => {
    expect(meetingsOf(REPORT)).toContainEqual({
      names: "Arman Dzhakupbek + Park Ji-hoon",
      date: "2024-05-14/2024-05-17",
      place: "none",
    });
  });
  it("does not when the visit is recalled", () => {
    const recalled = [
      "ASTANA. KAZINFORM – Senate Chairman Arman Dzhakupbek received Ambassador of Japan Ken Takeda.",
      "Dzhakupbek visited Japan in 2019 and previously visited the Republic of Korea.",
    ];
    expect(meetingsOf(recalled)).toEqual([
      { names: "Arman Dzhakupbek + Ken Takeda", date: "2024-05-18/", place: "Astana" },
    ]);
  });
});

describe("a plan put at a time to come without a day", () => {
  it("takes neither the days of the visit just over nor the report's city", () => {
    const plan =
      "Kim Sung-woo accepted the invitation to visit Kazakhstan next year, where he is expected to hold talks with Dzhakupbek.";
    expect(meetingsOf([...REPORT, plan])).toContainEqual({
      names: "Arman Dzhakupbek + Kim Sung-woo",
      date: "none",
      place: "none",
    });
  });
  it("is told from a plan with its day", () => {
    expect(isFutureUndated("He will visit Kazakhstan next year.")).toBe(true);
    expect(isFutureUndated("The sides agreed to meet at a mutually convenient time.")).toBe(true);
    expect(isFutureUndated("He will visit Kazakhstan on 3 June.")).toBe(false);
  });
});
