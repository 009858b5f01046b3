/**
 * An unnamed side's text is spaced as the article spaces it: a possessive "’s" and the full stop of
 * "U.S." stay glued to their word (joining tokens with spaces gave "People ’s", "U.S ."). Names of
 * people and bodies are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const sides = (text: string) =>
  extractFacts([
    parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]).meetings.flatMap((m) => m.parties.map((p) => p.description));

describe("an unnamed side's text", () => {
  it("keeps a possessive glued to its word", () => {
    const found = sides(
      "Speaker Aliya Dosova led a delegation to Chile, where she met with the chairmen of the Chilean People’s Consultative Chamber and the Standing Committee of the Chilean Senate.",
    );
    expect(found).toContain("the chairmen of the Chilean People’s Consultative Chamber");
    expect(found.join("|")).not.toMatch(/ ’s/);
  });
  it("keeps the full stop of an abbreviated country name", () => {
    const found = sides(
      "Speaker Aliya Dosova met with heads of national delegations of Peru, Chile, the U.S., Finland and Sweden during the session.",
    );
    expect(found).toContain("delegations of U.S.");
    expect(found).toContain("delegations of Peru");
  });
});
