import { describe, expect, it } from "vitest";
import { FactIndex } from "../../src/facts/index.ts";
import type { Article, FactBase } from "../../src/facts/types.ts";
import { wordsOf } from "../facts/words-of.ts";

const article = (id: string, title: string, sentences: string[], dateline?: string): Article => ({
  id,
  title,
  sentences,
  dateline,
});

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00Z",
  articles: [
    article("a1", "Speaker Dorvan meets Velmira delegation", [
      "Speaker Tomas Dorvan met the Velmiran delegation on “water cooperation”.",
      "The sides signed a memorandum on river basins.",
    ]),
    article("a2", "Parliamentary talks in Kessar", ["Ms. Oyelan’s visit – the second this year."], "KESSAR"),
    article("a3", "Water and river talks", ["Deputies discussed water tariffs and basins."]),
  ],
  people: [],
  meetings: [],
};

const countryCode = () => undefined;

describe("reading the articles' words after loading", () => {
  it("leaves them unread when the index is built, and any look-up of words reads them all", () => {
    const index = new FactIndex(base, countryCode);
    expect(index.wordsReady).toBe(false);
    expect(index.knows("tariffs")).toBe(true);
    expect(index.wordsReady).toBe(true);
    expect(new FactIndex(base, countryCode).articlesContaining("river")).toEqual(["a1", "a3"]);
  });

  it("knows the same words, read article by article, as read at once", () => {
    const inSlices = new FactIndex(base, countryCode);
    for (let i = 0; i < base.articles.length; i++) {
      expect(inSlices.wordsReady).toBe(false);
      inSlices.readWords(1);
    }
    expect(inSlices.wordsReady).toBe(true);
    const atOnce = new FactIndex(base, countryCode);
    atOnce.readWords();
    expect(wordsOf(inSlices)).toEqual(wordsOf(atOnce));
    expect(inSlices.articleFrequency("water")).toBe(2);
    expect(inSlices.lowerCaseWords.has("delegation")).toBe(true);
    expect(inSlices.lowerCaseWords.has("dorvan")).toBe(false);
  });

  it("lists a keyword's articles among some, in the base's order, whether it walks the list or looks each up", () => {
    const index = new FactIndex(base, countryCode);
    // Fewer articles asked than hold "water" (a1, a3): each is looked up in the keyword's list.
    expect(index.weighArticles(["water"], () => 1, new Set(["a3"])).ids).toEqual(["a3"]);
    expect(index.weighArticles(["water"], () => 1, new Set(["a2"])).ids).toEqual([]);
    // More: the keyword's list is walked. Either way in the base's order, unknown ids left out.
    expect(index.weighArticles(["water"], () => 1, new Set(["a3", "zz", "a1"])).ids).toEqual(["a1", "a3"]);
    expect(index.weighArticles(["nowhere"], () => 1, new Set(["a1"])).ids).toEqual([]);
  });

  it("gives a person's folded surname, none when too short to find them by, and the id's for an unknown id", () => {
    const people = [
      { id: "p1", name: "Tomas Dörvan", aliases: [], roles: [] },
      { id: "p2", name: "Lin Bo", aliases: [], roles: [] },
    ];
    const index = new FactIndex({ ...base, people }, countryCode);
    expect(index.surnameOf("p1")).toBe("dorvan");
    expect(index.surnameOf("p1")).toBe("dorvan");
    expect(index.surnameOf("p2")).toBeUndefined();
    expect(index.surnameOf("Ilinca Várna")).toBe("varna");
  });
});
