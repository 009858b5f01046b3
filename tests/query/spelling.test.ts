import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { Answerer } from "../../src/query/index.ts";

describe("names as the source spells them", () => {
  it("a counterpart's line says how the cited article writes the name", () => {
    const base = extractFacts([
      parseArticle("Chairman of the Senate Kassym-Jomart Tokayev met with Ambassador of Italy Marco Rossi.", {
        id: "a",
        file: "a.txt",
        isKnownCity,
      }),
      parseArticle(
        "Speaker of the Senate K.Tokayev met with Vice Chairman of the Romanian Parliament Florin Iordache.",
        { id: "b", file: "b.txt", isKnownCity },
      ),
    ]);
    const text = new Answerer(base).answer("who met Iordache?").text;
    expect(text).toContain("Kassym-Jomart Tokayev (K.Tokayev in the source)");
    expect(new Answerer(base).answer("who met Rossi?").text).not.toContain("in the source");
  });
});
