/**
 * People an article only names (no role, no meeting) are still known from it: the fact base records
 * the article on the person (`mentionedIn`), so that "who is X?" can quote and cite it, and taking the
 * article out of the base takes them out too. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { removeArticles } from "../../src/facts/remove.ts";
import { Answerer } from "../../src/query/index.ts";

const report = (id: string, text: string) =>
  parseArticle(` date 2024-05-14 ${text}`, { id, file: `${id}.txt`, isKnownCity });

const base = () =>
  extractFacts([
    report(
      "r1",
      "Speaker Kiro Talen met with Ambassador Dalo Perin in Astana. The talks followed the visit of Oskar Venndal to the region.",
    ),
    report("r2", "Speaker Kiro Talen received Senator Ilse Marten. Oskar Venndal was not present."),
  ]);

describe("a person the article only names", () => {
  it("is recorded with the articles that name them without a role or a meeting", () => {
    const people = base().people;
    expect(people.find((p) => p.name === "Oskar Venndal")?.mentionedIn).toEqual(["r1", "r2"]);
  });
  it("is not recorded so where the article gives a role or a meeting", () => {
    const people = base().people;
    expect(people.find((p) => p.name === "Dalo Perin")?.mentionedIn).toBeUndefined();
    expect(people.find((p) => p.name === "Kiro Talen")?.mentionedIn).toBeUndefined();
  });
  it("is answered for by 'who is X?' with a sentence of that article and its source", () => {
    const answer = new Answerer(base()).answer("who is Oskar Venndal?");
    expect(answer.text).toContain("Oskar Venndal");
    expect(answer.text).toContain("visit of Oskar Venndal");
    expect(answer.sources.map((s) => s.articleId)).toEqual(["r1"]);
  });
  it("leaves the base with the articles that named them, and with the last of them", () => {
    const once = removeArticles(base(), new Set(["r1"]));
    expect(once.people.find((p) => p.name === "Oskar Venndal")?.mentionedIn).toEqual(["r2"]);
    const twice = removeArticles(once, new Set(["r2"]));
    expect(twice.people.find((p) => p.name === "Oskar Venndal")).toBeUndefined();
  });
});
