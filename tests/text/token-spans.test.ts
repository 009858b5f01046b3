import { describe, expect, it } from "vitest";
import { tokenSpans } from "../../src/text/normalize.ts";

const texts = (s: string) => tokenSpans(s).map((t) => t.text);

describe("tokenSpans", () => {
  it("keeps inner apostrophes, hyphens and dots of initials inside words", () => {
    expect(texts("K.Tokayev met Sye-kyun of Côte d'Ivoire.")).toEqual([
      "K.Tokayev",
      "met",
      "Sye-kyun",
      "of",
      "Côte",
      "d'Ivoire",
      ".",
    ]);
  });

  it("keeps an en dash between two words inside one word, as a hyphen is, and not a spaced one", () => {
    expect(texts("the Ostria–Velmar group – and more")).toEqual([
      "the",
      "Ostria–Velmar",
      "group",
      "–",
      "and",
      "more",
    ]);
  });

  it("keeps the dot of an initial and of a known abbreviation, not of a word", () => {
    expect(texts("T. Narbayeva and Mr. Vell. U.S.")).toEqual([
      "T.",
      "Narbayeva",
      "and",
      "Mr.",
      "Vell",
      ".",
      "U.S",
      ".",
    ]);
  });

  it("keeps the dot of a dotted abbreviation that ends a hyphenated compound", () => {
    expect(texts("the Ostria-U.S. Friendship League and the U.K. side")).toEqual([
      "the",
      "Ostria-U.S.",
      "Friendship",
      "League",
      "and",
      "the",
      "U.K",
      ".",
      "side",
    ]);
  });

  it("splits a possessive off its word", () => {
    expect(texts("Ostria’s and Velmar's")).toEqual(["Ostria", "’s", "and", "Velmar", "'s"]);
  });

  it("reads any white space, and marks outside the basic plane, as the pattern did", () => {
    const spans = tokenSpans("a\u00a0b\u3000«c» 😀d");
    expect(spans.map((t) => [t.text, t.start])).toEqual([
      ["a", 0],
      ["b", 2],
      ["«", 4],
      ["c", 5],
      ["»", 6],
      ["😀", 8],
      ["d", 10],
    ]);
  });

  it("gives each token its offsets and folded key", () => {
    expect(tokenSpans("Kövér spoke")).toEqual([
      { text: "Kövér", start: 0, end: 5, key: "kover" },
      { text: "spoke", start: 6, end: 11, key: "spoke" },
    ]);
  });
});
