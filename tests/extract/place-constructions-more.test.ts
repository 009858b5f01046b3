/**
 * Places news English gives a meeting through its frame: a dateline that writes a capital named
 * "<Country> City" as its country ("KUWAIT: ..."), and a second meeting told "earlier yesterday",
 * which is the same day's news in the same city, not an earlier report. Names are invented.
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
