import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleWordReader } from "../../src/facts/article-words.ts";
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
import { meetingCountryTable } from "../../src/facts/meeting-countries.ts";
import { meetingKeywordTable, recencyPositions } from "../../src/facts/meeting-keywords.ts";
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

// The file as the in-memory writer laid it down: the mark, the header's length and the header, then
// every section in the file's order, each padded to 8 bytes; the sections' bytes made here from the
// tables themselves.
function laidOut(header: Buffer, sections: [string, Buffer][]): Buffer {
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc(Math.ceil(b.length / 8) * 8 - b.length)]);
  const lead = Buffer.alloc(16);
  lead.write("PARLBOT-IDX\n", 0, "latin1");
  lead.writeUInt32LE(header.length, 12);
  return Buffer.concat([lead, pad(header), ...sections.map(([, b]) => pad(b))]);
}

const asciiJson = (value: unknown) =>
  Buffer.from(
    JSON.stringify(value).replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    ),
    "latin1",
  );
const int32 = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const lines = (words: string[]) => Buffer.from(words.join("\n"), "utf8");

// Every section's expected bytes, by name.
function expectedSections(facts: FactBase): Map<string, Buffer> {
  const sentenceStart = new Int32Array(facts.articles.length + 1);
  const sentences: Buffer[] = [];
  facts.articles.forEach((a, i) => {
    if (a.sentences) sentences.push(asciiJson(a.sentences));
    sentenceStart[i + 1] = sentences.reduce((sum, b) => sum + b.length, 0);
  });
  const words = new ArticleWordReader(facts.articles).tables();
  const recency = recencyPositions(facts);
  const meetings = meetingKeywordTable(facts, recency);
  const countries = meetingCountryTable(facts);
  const names = nameTokenTable([...new Map(facts.people.map((p) => [p.id, p])).values()]);
  const typoRuns = letterRunIndex(typoTokens(names.tokens).map((t) => t.toLowerCase()));
  const hot = { ...facts, articles: facts.articles.map((a) => (a.sentences ? { ...a, sentences: 0 } : a)) };
  return new Map<string, Buffer>([
    ["base", asciiJson(hot)],
    ["sentences", Buffer.concat(sentences)],
    ["sentenceStart", int32(sentenceStart)],
    ["words", lines(words.words)],
    ["wordInfo", int32(words.wordInfo)],
    ["stems", lines(words.stems)],
    ["keywords", lines(words.keywords)],
    ["postingStart", int32(words.postingStart)],
    ["postings", int32(words.postings)],
    ["meetingKeywords", lines(meetings.keywords)],
    ["meetingStart", int32(meetings.start)],
    ["meetingPositions", int32(meetings.positions)],
    ["nameTokens", asciiJson(names.tokens)],
    ["nameTokensSorted", int32(names.sorted)],
    ["namePeopleStart", int32(names.peopleStart)],
    ["namePeople", int32(names.people)],
    ["personTokenStart", int32(names.tokenStart)],
    ["personTokens", int32(names.personTokens)],
    ["personLastStart", int32(names.lastStart)],
    ["personLastTokens", int32(names.lastTokens)],
    ["personIdOrder", int32(names.idOrder)],
    ["typoRunStart", int32(typoRuns.start)],
    ["typoRunWords", int32(typoRuns.words)],
    ["recency", int32(recency)],
    ["countryNames", asciiJson(countries.names)],
    ["countryStart", int32(countries.start)],
    ["countryNameIds", int32(countries.nameIds)],
  ]);
}

describe("writing the index file section by section", () => {
  it("gives the bytes the in-memory writer gave: each section in its place, padded", () => {
    saveFactBase(path, base);
    let written = Buffer.alloc(0);
    writeIndexFile(path, base, (_, parts) => {
      written = Buffer.concat([...parts].map((p) => Buffer.from(p)));
    });
    const headerLength = written.readUInt32LE(12);
    const headerBytes = written.subarray(16, 16 + headerLength);
    const header = JSON.parse(headerBytes.toString("utf8")) as {
      sections: { name: string; offset: number; length: number }[];
    };
    const expected = expectedSections(base);
    // Every section, once, in the file's order, with the lengths of the bytes made here.
    expect(header.sections.map((s) => s.name).sort()).toEqual([...expected.keys()].sort());
    let offset = 0;
    for (const s of header.sections) {
      expect(s).toEqual({ name: s.name, offset, length: expected.get(s.name)?.length });
      offset += Math.ceil(s.length / 8) * 8;
    }
    const inOrder = header.sections.map((s): [string, Buffer] => [s.name, expected.get(s.name) as Buffer]);
    expect(written.equals(laidOut(Buffer.from(headerBytes), inOrder))).toBe(true);
  });

  it("leaves the old file whole, and no temporary file, when writing stops half-way", () => {
    saveWithIndexFile(base);
    const before = readFileSync(indexFilePath(path));
    const changed: FactBase = { ...base, articles: base.articles.slice(1) };
    saveFactBase(path, changed, { indexFile: false });
    writeFileSync(indexFilePath(path), before);
    // A write that fails after a few parts (as a full disk or a crash would stop it).
    const failing = (target: string, parts: Iterable<Uint8Array>) =>
      writeFileAtomic(
        target,
        (function* () {
          let n = 0;
          for (const part of parts) {
            if (++n > 5) throw new Error("disk full");
            yield part;
          }
        })(),
      );
    expect(() => writeIndexFile(path, changed, failing)).toThrow("disk full");
    expect(readFileSync(indexFilePath(path)).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
