/**
 * Articles as odd input makes them (found by the fuzz harness, bench/fuzz.ts): a sentence thousands of
 * characters long, a run of full stops, a publication date that is no day of the calendar. Each is
 * read without an error and gives what an ordinary article would.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/cli/extract.ts";
import { parseArticle } from "../../src/corpus/article.ts";
import { listCorpus, readCorpus } from "../../src/corpus/folder.ts";
import { cutLong, MAX_SENTENCE_CHARS, splitSentences } from "../../src/corpus/sentences.ts";

// Half of a surrogate pair without the other half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ARTICLE =
  "date 2024-03-12\nSpeakers of Velmar and Tarnish meet\n\nThe Chairman of the Velmar Assembly Oskar Dennet met with the Speaker of the Tarnish Parliament Ilse Varga in Korvath.\n";

describe("a sentence too long to be one", () => {
  it("keeps an ordinary sentence whole", () => {
    const s = "Oskar Dennet met Ilse Varga in Korvath.";
    expect(cutLong(s)).toEqual([s]);
  });

  it("is cut at spaces into pieces no longer than the limit, every word kept", () => {
    const s = `Oskar Dennet met ${"Ilse Varga, ".repeat(600)}in Korvath.`;
    const pieces = cutLong(s);
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(" ")).toBe(s);
    expect(pieces.every((p) => !p.startsWith(" ") && !p.endsWith(" "))).toBe(true);
  });

  it("is cut where it is full when it has no space, never between the two halves of a surrogate pair", () => {
    const s = `a${"😀".repeat(3000)}`;
    const pieces = cutLong(s);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(p).not.toMatch(LONE_SURROGATE);
    }
    expect(pieces.join("")).toBe(s);
  });

  it("comes out of splitSentences in pieces, the sentences around it as they were", () => {
    const long = `Oskar Dennet met ${"the Speaker and ".repeat(300)}the Minister.`;
    const out = splitSentences(`Ilse Varga arrived. ${long} They discussed trade.`);
    expect(out[0]).toBe("Ilse Varga arrived.");
    expect(out.at(-1)).toBe("They discussed trade.");
    expect(out.slice(1, -1).join(" ")).toBe(long);
  });
});

describe("a date marker's line longer than a sentence may be", () => {
  it("is no title: it is read as body text, in pieces", () => {
    const line = `Oskar Dennet ${"Velmar (".repeat(500)} meets Ilse Varga`;
    const a = parseArticle(`date 2024-03-12 ${line}\nOskar Dennet met Ilse Varga.`, { id: "x" });
    expect(a.headlines).toEqual([]);
    expect(a.published).toBe("2024-03-12");
    const sentences = a.paragraphs.flat();
    for (const s of sentences) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences.at(-1)).toMatch(/Ilse Varga Oskar Dennet met Ilse Varga\.$/);
    // A title of ordinary length on the marker's line is still the title.
    expect(
      parseArticle("date 2024-03-12 Speakers meet\nOskar Dennet met Ilse Varga.", { id: "y" }).headlines,
    ).toEqual(["Speakers meet"]);
  });
});

describe("a run of full stops", () => {
  it("ends a sentence once, with the whole run", () => {
    expect(splitSentences("Oskar Dennet met Ilse Varga.... Then they left.")).toEqual([
      "Oskar Dennet met Ilse Varga....",
      "Then they left.",
    ]);
    expect(splitSentences(`Oskar Dennet met Ilse Varga${".".repeat(1000)} Then they left.`)).toHaveLength(2);
  });

  it("after an abbreviation still does not end one", () => {
    expect(splitSentences("Mr. Dennet met Ilse Varga.")).toEqual(["Mr. Dennet met Ilse Varga."]);
  });
});

describe("a publication date that is no day of the calendar", () => {
  it("is not taken from the metadata; the date marker's is used instead", () => {
    for (const published of ["2024-02-31", "2024-13-45", "0000-00-00", "9999-12-31"])
      expect(parseArticle(ARTICLE, { id: "x", meta: { published } }).published).toBe("2024-03-12");
    expect(
      parseArticle("Oskar Dennet met Ilse Varga.", { id: "y", meta: { published: "2024-02-30" } }).published,
    ).toBe(undefined);
    // A real leap day is a day.
    expect(parseArticle(ARTICLE, { id: "z", meta: { published: "2024-02-29" } }).published).toBe(
      "2024-02-29",
    );
  });

  it("in a sidecar leaves the article read and extracted, without an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-odd-"));
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    writeFileSync(join(dir, "a.meta.json"), '{"published": "2024-13-45"}');
    writeFileSync(join(dir, "b.txt"), ARTICLE.replace(/Dennet/g, "Dorn"));
    writeFileSync(join(dir, "b.meta.json"), '{"published": "9999-12-31"}');
    expect(readCorpus(dir).articles.map((a) => a.published)).toEqual(["2024-03-12", "2024-03-12"]);
    const { base, skipped } = extractCorpus(listCorpus(dir));
    expect(skipped).toEqual([]);
    expect(base.articles.map((a) => a.published)).toEqual(["2024-03-12", "2024-03-12"]);
    expect(base.meetings).toHaveLength(2);
  });
});
