import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FactIndex } from "../../src/facts/index.ts";
import {
  copyIndexFile,
  indexFileIsFresh,
  indexFilePath,
  storedArticleWords,
  storedMeetingOrder,
  storedNameTokens,
  writeIndexFile,
} from "../../src/facts/index-file.ts";
import { loadFactBase, saveFactBase, writeFileAtomic } from "../../src/facts/io.ts";
import { LiveFactBase } from "../../src/facts/live.ts";
import { nameTokenTable, typoTokens } from "../../src/facts/name-tokens.ts";
import type { FactBase } from "../../src/facts/types.ts";
import { letterRunIndex } from "../../src/text/letter-runs.ts";
import { wordsOf } from "./words-of.ts";

// Invented articles; one name with letters outside ASCII, one article without sentences.
const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00Z",
  articles: [
    {
      id: "a1",
      title: "Speaker Dorvan meets Velmira delegation",
      dateline: "KESSAR. ORBIS",
      sentences: [
        "Speaker Tomas Dorvan met the Velmiran delegation on “water cooperation”.",
        "The sides signed a memorandum on river basins.",
      ],
      hash: "h1",
    },
    { id: "a2", title: "Talks with Ülkü Şarvan", sentences: ["Ms. Şarvan’s visit – the second this year."] },
    { id: "a3", title: "Water and river talks", sentences: [] },
    { id: "a4", title: "A title alone" },
  ],
  people: [
    { id: "p1", name: "Tomas Dorvan", aliases: ["Dorvan"], country: "Kessaria", roles: [] },
    { id: "p2", name: "Ülkü Şarvan", aliases: [], roles: [{ title: "Speaker", articleId: "a2" }] },
    {
      id: "p3",
      name: "Orin Talvek",
      aliases: [],
      roles: [{ title: "Chairman", body: "Assembly", country: "Norvania", articleId: "a3" }],
    },
  ],
  meetings: [
    {
      id: "m1",
      articleId: "a1",
      participants: ["p1"],
      parties: [{ country: "Velmira", description: "a delegation of Velmira" }],
      countries: ["Velmira"],
      status: "held",
      agreements: ["memorandum on river basins"],
      topics: ["water"],
      evidence: "Speaker Tomas Dorvan met the Velmiran delegation.",
    },
    // Later than m1, with a participant of no known country (p2) and one whose role gives one (p3).
    {
      id: "m2",
      articleId: "a3",
      participants: ["p2", "p3", "p2"],
      parties: [],
      countries: [],
      date: { start: "2025-03-01", basis: "stated" },
      status: "held",
      agreements: [],
      topics: ["river talks"],
      evidence: "Ülkü Şarvan met Orin Talvek.",
    },
  ],
};

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "parlbot-index-file-"));
  path = join(dir, "facts.json");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Saves the base as JSON, then its index file (below the size at which saving writes one itself). */
function saveWithIndexFile(facts: FactBase): void {
  saveFactBase(path, facts);
  writeIndexFile(path, facts, writeFileAtomic);
}

describe("the index file beside a fact base", () => {
  it("loads the same base, key for key, with the sentences read when asked for", () => {
    saveWithIndexFile(base);
    expect(indexFileIsFresh(path)).toBe(true);
    const loaded = loadFactBase(path);
    expect(storedArticleWords(loaded)).toBeDefined();
    const names = nameTokenTable(base.people);
    expect(storedNameTokens(loaded)).toEqual({
      ...names,
      typoRuns: letterRunIndex(typoTokens(names.tokens).map((t) => t.toLowerCase())),
    });
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(base));
    expect(loaded.articles[1]?.sentences).toEqual(["Ms. Şarvan’s visit – the second this year."]);
    expect("sentences" in (loaded.articles[3] as object)).toBe(false);
  });

  it("knows the same words as reading the articles does", () => {
    saveWithIndexFile(base);
    const stored = new FactIndex(loadFactBase(path), () => undefined);
    expect(stored.wordsReady).toBe(true);
    expect(wordsOf(stored)).toEqual(wordsOf(new FactIndex(base, () => undefined)));
    const read = new FactIndex(base, () => undefined);
    for (const keyword of ["memorandum", "basin", "water", "velmiran", "absent"])
      expect(stored.meetingsWithKeyword(keyword).map((m) => m.id)).toEqual(
        read.meetingsWithKeyword(keyword).map((m) => m.id),
      );
    expect(stored.meetingsWithKeyword("basin")).toHaveLength(1);
  });

  it("files the meetings under the same people and countries, in the same order, as working them out", () => {
    saveWithIndexFile(base);
    const code = (name: string | undefined) => name?.slice(0, 3).toUpperCase();
    const tables = (index: FactIndex) => ({
      byRecency: index.byRecency.map((m) => m.id),
      byPerson: [...index.meetingsByPerson].map(([id, ms]) => [id, ms.map((m) => m.id)]),
      byCountry: [...index.meetingsByCountry].map(([c, ms]) => [c, ms.map((m) => m.id)]),
      countries: [...index.meetingCountries].map(([m, codes]) => [m.id, [...codes]]),
    });
    const loaded = loadFactBase(path);
    expect(storedMeetingOrder(loaded)).toBeDefined();
    const stored = tables(new FactIndex(loaded, code));
    expect(stored).toEqual(tables(new FactIndex(base, code)));
    expect(stored.byRecency).toEqual(["m2", "m1"]);
    // Role titles and bodies are coded too (this coder makes a code of any text).
    expect(stored.countries).toEqual([
      ["m2", ["NOR", "CHA", "ASS"]],
      ["m1", ["VEL", "KES"]],
    ]);
  });

  it("is not used once the fact base file was rewritten without it", () => {
    saveWithIndexFile(base);
    const changed = { ...base, articles: base.articles.slice(0, 2) };
    writeFileSync(path, JSON.stringify(changed));
    // Even with the same size and time, other facts would be wrong: here the size differs.
    utimesSync(path, new Date(), new Date());
    expect(indexFileIsFresh(path)).toBe(false);
    const loaded = loadFactBase(path);
    expect(storedArticleWords(loaded)).toBeUndefined();
    expect(loaded.articles.map((a) => a.id)).toEqual(["a1", "a2"]);
  });

  it("is removed when a small base is saved over the file, and a damaged one is ignored", () => {
    saveWithIndexFile(base);
    saveFactBase(path, base);
    expect(existsSync(indexFilePath(path))).toBe(false);
    writeIndexFile(path, base, writeFileAtomic);
    writeFileSync(indexFilePath(path), "PARLBOT-IDX\nnot a header");
    expect(JSON.stringify(loadFactBase(path))).toBe(JSON.stringify(base));
  });

  it("reads the sentences of the file it was loaded from, even once the base was saved anew", () => {
    saveWithIndexFile(base);
    const loaded = loadFactBase(path);
    const other = { ...base, articles: base.articles.map((a) => ({ ...a, sentences: ["Other words."] })) };
    saveWithIndexFile(other);
    expect(loaded.articles[0]?.sentences).toEqual(base.articles[0]?.sentences);
    expect(loadFactBase(path).articles[0]?.sentences).toEqual(["Other words."]);
  });

  it("keeps an assigned value of sentences", () => {
    saveWithIndexFile(base);
    const loaded = loadFactBase(path);
    const article = loaded.articles[0] as { sentences?: string[] };
    article.sentences = ["Replaced."];
    expect(article.sentences).toEqual(["Replaced."]);
  });

  it("comes with the copy of a base that the live base starts from", () => {
    saveWithIndexFile(base);
    const livePath = join(dir, "live", "facts.json");
    const live = new LiveFactBase({ livePath, basePath: path }).load();
    expect(indexFileIsFresh(livePath)).toBe(true);
    expect(storedArticleWords(live)).toBeDefined();
    expect(JSON.stringify(live)).toBe(JSON.stringify(base));
    // A copy with other bytes gets none.
    writeFileSync(join(dir, "other.json"), JSON.stringify(base));
    expect(copyIndexFile(path, join(dir, "other.json"), writeFileAtomic)).toBe(false);
  });
});
