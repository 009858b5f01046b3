/**
 * Extraction on odd input (found by the fuzz harness, bench/fuzz.ts): a "word" hundreds of letters long
 * is no name to spell loosely, and an article whose extraction fails is left out while the others are
 * read. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { type ParsedArticle, parseArticle } from "../../src/corpus/article.ts";
import { occasionIn } from "../../src/extract/details.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { nearKeys } from "../../src/extract/name-index.ts";
import { MAX_SPELLED_LENGTH, nameKey, sameNameWord } from "../../src/extract/similar.ts";

const REPORT =
  "The Chairman of the Velmar Assembly Oskar Dennet met with the Speaker of the Tarnish Parliament Ilse Varga.";

describe("a word longer than any name", () => {
  it("matches only itself, while a long real name still matches its spellings", () => {
    const long = `Den${"neta".repeat(20)}`;
    expect(nameKey(long).length).toBeGreaterThan(MAX_SPELLED_LENGTH);
    expect(nearKeys(long)).toHaveLength(1);
    expect(sameNameWord(long, long)).toBe(true);
    expect(sameNameWord(long, `${long}s`)).toBe(false);
    // 35 letters: within the limit, one letter apart is still one name.
    const name = "Wolfeschlegelsteinhausenbergerdorff";
    expect(sameNameWord(name, "Wolfeschlegelsteinhausenbergerdorf")).toBe(true);
    expect(nearKeys(name).length).toBeGreaterThan(100);
  });

  it("beside a report leaves the report's meeting read", () => {
    for (const odd of [
      `Oskar ${"Den-".repeat(500)}net arrived.`,
      `Oskar ${"O'".repeat(2000)}Dennet arrived.`,
    ]) {
      const base = extractFacts([parseArticle(`${REPORT}\n\n${odd}`, { id: "odd" })]);
      expect(base.meetings.map((m) => [...(m.participantNames ?? [])].sort())).toEqual([
        ["Ilse Varga", "Oskar Dennet"],
      ]);
    }
  });
});

describe("a long run of digits or capitals where a name may stand", () => {
  it("is read once, not in every way of cutting it, and events are named as before", () => {
    // Each run was read in every way of cutting it into words: hours for forty characters.
    expect(occasionIn(`They met at the ${"9".repeat(40)}th x before the Assembly.`)).toBeUndefined();
    expect(occasionIn(`They met at the ${"A".repeat(40)} x before the Summit.`)).toBeUndefined();
    expect(occasionIn("They met on the sidelines of the Velmar-Summit of Speakers in Korvath.")).toBe(
      "Velmar-Summit of Speakers",
    );
    expect(occasionIn("They met at the 99th Assembly of the Tarnish Union.")).toBe(
      "99th Assembly of the Tarnish Union",
    );
    expect(occasionIn("They met during the «Korvath»Forum of Speakers.")).toBe("«Korvath»Forum of Speakers");
  });

  it("after a byline's dash leaves the report read", () => {
    const base = extractFacts([
      parseArticle(`${REPORT}\n\nBy Mira Holt – ${"A".repeat(3000)} x`, { id: "odd" }),
    ]);
    expect(base.meetings.map((m) => [...(m.participantNames ?? [])].sort())).toEqual([
      ["Ilse Varga", "Oskar Dennet"],
    ]);
  });
});

describe("an article whose extraction fails", () => {
  // An article as no reader makes it (its paragraphs missing): the rules cannot read it.
  const broken = {
    ...parseArticle(REPORT, { id: "broken" }),
    paragraphs: undefined,
  } as unknown as ParsedArticle;
  const good = (id: string) => parseArticle(REPORT, { id, file: `${id}.txt` });

  it("is left out, with its error, and the others are extracted", () => {
    const failed: string[] = [];
    const base = extractFacts([good("a"), broken, good("c")], {
      onFailed: (article, error) => failed.push(`${article.id}: ${error.name}`),
    });
    expect(failed).toEqual(["broken: TypeError"]);
    expect(base.articles.map((a) => a.id)).toEqual(["a", "c"]);
    expect(base.meetings.map((m) => m.articleId)).toEqual(["a", "c"]);
  });

  it("throws when no one listens for failures", () => {
    expect(() => extractFacts([good("a"), broken])).toThrow(TypeError);
  });
});
