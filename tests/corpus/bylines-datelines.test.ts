/**
 * An author's byline above the dateline, a saint's city abbreviated with a dot, and a dateline whose
 * day is printed in figures. Names and towns are invented where the gazetteer need not know them.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { readDateline } from "../../src/corpus/header.ts";

const known = (c: string) => ["Strasbourg", "St. Petersburg"].includes(c);

describe("a byline on a line of its own", () => {
  it("is no sentence, and the dateline after it is read", () => {
    const a = parseArticle(
      " date 2023-10-14 \nSpeakers discuss trade\n\nBy Jana Novakova\n\nZORGRAD, October 14. /WIRE/. Speaker Ivo Dramin met the guests. They talked.",
      { id: "x", isKnownCity: known },
    );
    expect(a.datelineCity).toBe("Zorgrad");
    expect(a.datelineDate).toBe("2023-10-14");
    expect(a.paragraphs).toEqual([["Speaker Ivo Dramin met the guests.", "They talked."]]);
  });
  it("may name a section, an outlet and the day of the page", () => {
    for (const byline of ["By Jana Novakova in Nation on 20 June 2024", "By Jana Novakova – Wire:"]) {
      const a = parseArticle(
        ` date 2024-06-20 \nSpeakers meet\n\n${byline}\n\nSpeaker Ivo Dramin met the guests.`,
        {
          id: "x",
        },
      );
      expect(a.paragraphs).toEqual([["Speaker Ivo Dramin met the guests."]]);
    }
  });
  it("under a title with no date marker, is no second headline", () => {
    const a = parseArticle(
      "Speakers meet after the visit\n\nBy Jana Novakova in Nation on 20 June 2024\n\nZORGRAD – Speaker Ivo Dramin met the guests.",
      { id: "x", isKnownCity: (c) => c === "Zorgrad" },
    );
    expect(a.headlines).toEqual(["Speakers meet after the visit"]);
    expect(a.published).toBe("2024-06-20");
    expect(a.paragraphs).toEqual([["Speaker Ivo Dramin met the guests."]]);
  });
  it("is not a sentence that opens with 'By'", () => {
    const a = parseArticle(
      " date 2024-06-20 \nSpeakers meet\n\nBy the end of the visit, the Speaker met the guests.",
      {
        id: "x",
      },
    );
    expect(a.paragraphs).toEqual([["By the end of the visit, the Speaker met the guests."]]);
  });
});

describe("datelines", () => {
  it("read a saint's city abbreviated with a dot", () => {
    expect(readDateline("ST. PETERSBURG, October 14. /TASS/. The Speaker met", known)).toMatchObject({
      city: "St. Petersburg",
      month: 10,
      day: 14,
      rest: "The Speaker met",
    });
  });
  it("read a day printed in figures, day first", () => {
    expect(
      readDateline("Strasbourg, 23.01.2025 – On Thursday morning, the President met", known),
    ).toMatchObject({
      city: "Strasbourg",
      month: 1,
      day: 23,
      rest: "On Thursday morning, the President met",
    });
  });
});

describe("a city glued to the name that opens the lead, its dash lost", () => {
  const cities = (c: string) => ["Lima", "Victoria", "Santiago"].includes(c);
  const read = (lead: string, more: string) =>
    parseArticle(` date 2024-06-20 \nSpeakers meet\n\n${lead}\n\n${more}`, { id: "x", isKnownCity: cities });
  it("is the dateline when the article names the city again", () => {
    const a = read(
      "Lima Tomas Ibarra Soto, Speaker of the Congress, has said Peru values its ties with Chile.",
      "Ibarra met the Chilean Ambassador in Lima on Tuesday.",
    );
    expect(a.datelineCity).toBe("Lima");
    expect(a.paragraphs[0]?.[0]).toMatch(/^Tomas Ibarra Soto, Speaker/);
  });
  it("stays a given name when the city is not named again", () => {
    const a = read(
      "Victoria Lima Cardoso, President of the Senate, has said Brazil values its ties with Chile.",
      "Cardoso met the Chilean Ambassador on Tuesday.",
    );
    expect(a.datelineCity).toBeUndefined();
    expect(a.paragraphs[0]?.[0]).toMatch(/^Victoria Lima Cardoso,/);
  });
  it("needs a title after the name: a sentence opening on a city is no dateline", () => {
    const a = read(
      "Santiago Metro Line Six, the newest in the city, opened today.",
      "It runs to Santiago airport.",
    );
    expect(a.datelineCity).toBeUndefined();
  });
});
