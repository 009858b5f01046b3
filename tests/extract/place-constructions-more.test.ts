/**
 * Places news English gives a meeting through its frame: a dateline that writes a capital named
 * "<Country> City" as its country ("KUWAIT: ..."), and a second meeting told "earlier yesterday",
 * which is the same day's news in the same city, not an earlier report; a visit "to X" said in a
 * sentence that goes on with a plan ("and will address the chambers later"); and not the city of an
 * earlier trip dated before the report ("his visit to Y on July 23"). Names are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isEarlierReport } from "../../src/extract/details.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

const placesOf = (text: string) => {
  const { doc, meetings } = extractArticle(parseArticle(text, { id: "t", file: "t.txt", isKnownCity }));
  return meetings.map((m) => ({
    people: m.people.map((i) => doc.people[i]?.names[0]).sort(),
    place: m.place,
  }));
};

describe("a dateline that writes the capital as its country", () => {
  it("is read as the city where the report stands", () => {
    expect(isKnownCity("Kuwait")).toBe(true);
    expect(isKnownCity("Ostria")).toBe(false);
    const a = parseArticle(" date 2018-11-08 KUWAIT: Speaker Fahad Al-Mutairi met the guests.", {
      id: "t",
      isKnownCity,
    });
    expect(a.datelineCity).toBe("Kuwait");
  });
});

describe("a meeting told 'earlier yesterday'", () => {
  it("is the same day's news, not an earlier report", () => {
    expect(isEarlierReport("Earlier yesterday, the Prime Minister received the guest.")).toBe(false);
    expect(isEarlierReport("Earlier, the Prime Minister received the guest.")).toBe(true);
  });
  it("takes the place of the report", () => {
    const places = placesOf(
      " date 2018-11-08 KUWAIT: National Assembly Speaker Fahad Al-Mutairi yesterday held talks with the visiting Chairman of the Shura Council Omar Al-Harbi.\n\nEarlier yesterday, Prime Minister Nasser Al-Sabah received Chairman Omar Al-Harbi.",
    );
    expect(places).toContainEqual({ people: ["Nasser Al-Sabah", "Omar Al-Harbi"], place: "Kuwait" });
  });
});

describe("where a visit is, told later in the report", () => {
  it("is the city of the visit under way, not that of an earlier dated trip", () => {
    const places = placesOf(
      " date 2021-09-01 Minister receives Speaker\n\nForeign Minister Dan Popescu welcomed on Wednesday at the Ministry headquarters the President of the Parliament of Moldova, Ion Rusu.\n\nThe talks followed up on those held during his visit to Chisinau on July 23.\n\nRusu is on an official visit to Bucharest and will address the joint chambers later in the day.",
    );
    expect(places).toEqual([{ people: ["Dan Popescu", "Ion Rusu"], place: "Bucharest" }]);
  });
});
