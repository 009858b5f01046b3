/**
 * Unnamed sides of several countries met by one named person: a hard-wrapped lead whose first line
 * ends inside the sentence, envoys of a list of countries under titles joined by "and", adjectives
 * of nationality sharing "government officials", and meetings a person "will be having". Names and
 * sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { meetingsOf } from "./meeting-helpers.ts";

// Meetings and expectations compared as sorted rows, the order of the fact base being no concern here.
const expected = (rows: unknown[]) => rows.map((x) => JSON.stringify(x)).sort();
const sorted = (m: ReturnType<typeof meetingsOf>) => expected(m.map((x) => [x.names, x.countries, x.status]));

describe("a lead broken over lines", () => {
  it("is body text when its first line ends on a word that cannot close a sentence", () => {
    const a = parseArticle(
      "TALLINN, May 3 (ETA): The envoys of\nChile and Peru called on Speaker\nLina Kask on Friday.\nShe said ties were good.",
      { id: "x" },
    );
    expect(a.headlines).toEqual([]);
    expect(a.paragraphs.flat()[0]).toBe(
      "The envoys of Chile and Peru called on Speaker Lina Kask on Friday.",
    );
  });
  it("a title line is still a title", () => {
    const a = parseArticle("Speaker Meets Envoys Of Chile And Peru\n\nLina Kask met the envoys.", {
      id: "y",
    });
    expect(a.headlines).toEqual(["Speaker Meets Envoys Of Chile And Peru"]);
  });
});

describe("envoys of a list of countries under two titles", () => {
  it("are one side per country, the one later named standing for the side of their office", () => {
    const m = meetingsOf(
      "The Ambassadors and High Commissioner of Chile, Peru and Canada separately called on Speaker Lina Kask on Friday. " +
        "Talking to the High Commissioner of Canada Mr. Owen Tarr, the Speaker said ties were good. " +
        "Talking to the Ambassador of Chile Mr. Pablo Ruiz, the Speaker praised trade.",
    );
    expect(sorted(m)).toEqual(
      expected([
        [["Lina Kask"], ["Peru"], "held"],
        [["Lina Kask", "Owen Tarr"], [], "held"],
        [["Lina Kask", "Pablo Ruiz"], [], "held"],
      ]),
    );
  });
});

describe("adjectives of nationality sharing one noun for officials", () => {
  it("a modifier before the noun still gives one side per country", () => {
    const m = meetingsOf(
      "TALLINN, May 14 - MP Lina Kask will be having meetings with Chilean and Peruvian government officials in Santiago and Lima.",
    );
    expect(sorted(m)).toEqual(
      expected([
        [["Lina Kask"], ["Chile"], "planned"],
        [["Lina Kask"], ["Peru"], "planned"],
      ]),
    );
  });
  it("'will be having meetings with' is a meeting to come", () => {
    const m = meetingsOf("TALLINN, May 14 - MP Lina Kask will be having meetings with Chilean lawmakers.");
    expect(sorted(m)).toEqual(expected([[["Lina Kask"], ["Chile"], "planned"]]));
  });
  it("one country's officials stay one side", () => {
    const m = meetingsOf("TALLINN, May 14 - MP Lina Kask met Chilean government officials in Santiago.");
    expect(sorted(m)).toEqual(expected([[["Lina Kask"], ["Chile"], "held"]]));
  });
});

describe("sides of two countries met in a city of each", () => {
  it("each side's meeting is placed in the city of its country", () => {
    const text =
      " date 2024-05-14 TALLINN, May 14 - MP Lina Kask will hold meetings with Chilean and Peruvian officials in Santiago on 16 May and in Lima on 18 May.";
    const base = extractFacts([parseArticle(text, { id: "x", file: "x.txt", isKnownCity })]);
    expect(base.meetings.map((m) => [m.parties.map((x) => x.country).join(), m.place]).sort()).toEqual([
      ["Chile", "Santiago"],
      ["Peru", "Lima"],
    ]);
  });
});
