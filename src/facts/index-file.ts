/**
 * The index file beside a fact base (`facts.json.idx`), written when the base is saved so that a large
 * base loads in a fraction of the time that parsing it and reading its words takes. It holds the base
 * again, in compact ASCII JSON without the article sentences (most of the bytes, needed only to quote
 * one article), the sentences apart (each article's parsed when first read), the tables of the
 * articles' words (article-words.ts) that loading would otherwise build by reading every sentence, and
 * the tables the fact index and the name matcher would otherwise build from every meeting, role and
 * name (meeting-countries.ts, meeting-keywords.ts, name-tokens.ts, text/letter-runs.ts).
 *
 * facts.json stays the contract (other tools read it); the index file is a cache of it. It is used
 * only when it was written for this very file (its size and modification time) by this very code (a
 * fingerprint of the sources that shape it); otherwise the base is parsed and read as before.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { endianness } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { letterRunIndex, RUN_KEYS } from "../text/letter-runs.ts";
import { ArticleWordReader, type ArticleWordTables, StoredArticleWords } from "./article-words.ts";
import { collectGarbageAbove } from "./full-collection.ts";
import { type MeetingCountryTable, meetingCountryTable } from "./meeting-countries.ts";
import { type MeetingKeywordTable, meetingKeywordTable, recencyPositions } from "./meeting-keywords.ts";
import { type NameTokenTable, nameTokenTable, typoTokens } from "./name-tokens.ts";
import { compactJsonPieces } from "./pretty-json.ts";
import type { Article, FactBase } from "./types.ts";

// Bump when the layout changes (the fingerprint covers changes of the code that fills it).
const FORMAT = 3;
const MAGIC = "PARLBOT-IDX\n";
// The sources whose code decides what the file holds: a change to any of them makes old files stale.
const SHAPING_SOURCES = [
  "src/text/normalize.ts",
  "src/text/stem.ts",
  "src/text/stopwords.ts",
  "src/facts/article-words.ts",
  "src/facts/index-file.ts",
  "src/facts/pretty-json.ts",
  "src/facts/meeting-keywords.ts",
  "src/facts/meeting-countries.ts",
  "src/facts/name-tokens.ts",
  "src/text/name-words.ts",
  "src/text/letter-runs.ts",
  "node_modules/@sindresorhus/transliterate/package.json",
];

// The heap (in bytes) from which writing the index file collects the garbage of each step: at 1,000
// articles it holds 55-75 MB there (garbage included), at 16,000 some 150 MB live.
const FULL_COLLECTION_MIN_HEAP = 96 * 1024 * 1024;

/** Bases with fewer articles get no index file: they parse in milliseconds anyway. */
export const INDEX_FILE_MIN_ARTICLES = 500;

/** The index file of a fact base file. */
export function indexFilePath(factsPath: string): string {
  return `${factsPath}.idx`;
}

interface Section {
  name: string;
  offset: number;
  length: number;
}

interface Header {
  format: number;
  fingerprint: string;
  littleEndian: boolean;
  /** The fact base file this one was written for. */
  facts: { size: number; mtimeMs: number };
  articles: number;
  sections: Section[];
}

/**
 * Writes the index file of a fact base that was just saved at `factsPath` (call it after the save:
 * the file records the saved file's size and time). Reads every article's words, so it takes about
 * as long as loading without it. Without a fingerprint (the sources are not at hand) it writes nothing.
 */
export function writeIndexFile(factsPath: string, base: FactBase, write: WriteFile): void {
  const fingerprint = sourceFingerprint();
  if (!fingerprint) return;
  const path = indexFilePath(factsPath);
  // Each section goes to a scratch file as soon as it is made, so no section's bytes stay in memory
  // (the sections held until one final write were some 45 MB at 16,000 articles, on top of the base).
  // The file cannot be written in its own order as the sections come: its header, first, gives every
  // section's place, known only once all are made, and they are made in another order (below). The
  // scratch file is named as a temporary of the index file, so that one a crash leaves is removed by
  // the next write (io.ts, removeStaleTemporaries).
  const spool = new SectionSpool(`${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // Each group of sections is built, written and its tables dropped before the next is built: the
    // tables of all of them at once were some 180 MB of heap at 16,000 articles. The heaviest (the
    // articles' words) first, while nothing else is held. A full collection after each: V8 would
    // otherwise keep the dropped tables while it grows the heap for the next (see full-collection.ts).
    // And one before: saving the base itself (its JSON) leaves as much garbage. Only in a large heap:
    // a small base's garbage is far from any memory limit and is not worth a full collection's time.
    collectGarbageAbove(FULL_COLLECTION_MIN_HEAP);
    for (const group of [articleWordSections, meetingSections, nameSections, baseSections]) {
      for (const [name, data] of group(base)) spool.add(name, data);
      collectGarbageAbove(FULL_COLLECTION_MIN_HEAP);
    }
    const sections: Section[] = [];
    let offset = 0;
    for (const name of SECTION_ORDER) {
      const { length } = spool.section(name);
      sections.push({ name, offset, length });
      offset += padded(length);
    }
    const { size, mtimeMs } = statSync(factsPath);
    const header: Header = {
      format: FORMAT,
      fingerprint,
      littleEndian: endianness() === "LE",
      facts: { size, mtimeMs },
      articles: base.articles.length,
      sections,
    };
    // The file, written in its order from the scratch file a megabyte at a time.
    write(path, withHeader(header, spool.inFileOrder(SECTION_ORDER)));
  } finally {
    spool.remove();
  }
}

// A scratch file that the sections of an index file are written to as they are made, in any order,
// and read back from in the file's order.
class SectionSpool {
  private readonly fd: number;
  private readonly placed = new Map<string, { at: number; length: number }>();
  private end = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, "w+");
  }

  /** Writes a section, given whole or as parts made one after another. */
  add(name: string, data: Uint8Array | Iterable<Uint8Array>): void {
    const at = this.end;
    for (const part of data instanceof Uint8Array ? [data] : data) {
      for (let done = 0; done < part.length; )
        done += writeSync(this.fd, part, done, part.length - done, this.end + done);
      this.end += part.length;
    }
    this.placed.set(name, { at, length: this.end - at });
  }

  /** Where a section was written. */
  section(name: string): { at: number; length: number } {
    const found = this.placed.get(name);
    if (!found) throw new Error(`index file: no section ${name}`);
    return found;
  }

  /** The sections in the given order, each padded to 8 bytes, read back a megabyte at a time. */
  *inFileOrder(names: string[]): Generator<Uint8Array> {
    for (const name of names) {
      const { at, length } = this.section(name);
      yield* this.read(at, length);
      yield Buffer.alloc(padded(length) - length);
    }
  }

  private *read(at: number, length: number): Generator<Uint8Array> {
    for (let done = 0; done < length; ) {
      // A new buffer each time: the consumer may keep the parts.
      const chunk = Buffer.allocUnsafe(Math.min(SPOOL_CHUNK, length - done));
      const n = readSync(this.fd, chunk, 0, chunk.length, at + done);
      if (n === 0) throw new Error(`${this.path}: ended early`);
      done += n;
      yield n === chunk.length ? chunk : chunk.subarray(0, n);
    }
  }

  /** Closes and deletes the scratch file. */
  remove(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}

const SPOOL_CHUNK = 1 << 20;

// A section's bytes, whole or as parts made one after another (written as they come: a large base's
// sentences and facts are never whole in memory).
type SectionData = Uint8Array | Iterable<Uint8Array>;

// The sections in the order of the file (the layout: FORMAT changes with it).
const SECTION_ORDER = [
  "base",
  "sentences",
  "sentenceStart",
  "words",
  "wordInfo",
  "stems",
  "keywords",
  "postingStart",
  "postings",
  "meetingKeywords",
  "meetingStart",
  "meetingPositions",
  // The words of every name and alias, and whose they are: folding and splitting the names is most
  // of the name matcher's building time.
  "nameTokens",
  "nameTokensSorted",
  "namePeopleStart",
  "namePeople",
  "personTokenStart",
  "personTokens",
  "personLastStart",
  "personLastTokens",
  "personIdOrder",
  // The first question with a misspelt name would build this index of letter runs (a tenth of a second).
  "typoRunStart",
  "typoRunWords",
  // The meetings newest first, and the countries each may concern: the fact index's tables, which
  // otherwise take a sort and a walk over every person's roles.
  "recency",
  // As JSON: a country name is free text.
  "countryNames",
  "countryStart",
  "countryNameIds",
];

// The tables of the articles' words (article-words.ts), as bytes.
function articleWordSections(base: FactBase): [string, SectionData][] {
  const words = new ArticleWordReader(base.articles).tables();
  return [
    ["words", lines(words.words)],
    ["wordInfo", bytes(words.wordInfo)],
    ["stems", lines(words.stems)],
    ["keywords", lines(words.keywords)],
    ["postingStart", bytes(words.postingStart)],
    ["postings", bytes(words.postings)],
  ];
}

// The meetings by keyword, newest first, and the countries each may concern, as bytes.
function meetingSections(base: FactBase): [string, SectionData][] {
  const recency = recencyPositions(base);
  const sections: [string, SectionData][] = [["recency", bytes(recency)]];
  const meetings = meetingKeywordTable(base, recency);
  sections.push(
    ["meetingKeywords", lines(meetings.keywords)],
    ["meetingStart", bytes(meetings.start)],
    ["meetingPositions", bytes(meetings.positions)],
  );
  const countries = meetingCountryTable(base);
  sections.push(
    ["countryNames", Buffer.from(asciiJson(countries.names), "latin1")],
    ["countryStart", bytes(countries.start)],
    ["countryNameIds", bytes(countries.nameIds)],
  );
  return sections;
}

// The name matcher's tables and the letter runs of its words, as bytes.
function nameSections(base: FactBase): [string, SectionData][] {
  // People in the order of the fact index's map of them by id (a repeated id: its last entry, in the
  // first one's place), the order the name matcher gives the ids in.
  const names = nameTokenTable([...new Map(base.people.map((p) => [p.id, p])).values()]);
  const typoRuns = letterRunIndex(typoTokens(names.tokens).map((t) => t.toLowerCase()));
  return [
    ["nameTokens", Buffer.from(asciiJson(names.tokens), "latin1")],
    ["nameTokensSorted", bytes(names.sorted)],
    ["namePeopleStart", bytes(names.peopleStart)],
    ["namePeople", bytes(names.people)],
    ["personTokenStart", bytes(names.tokenStart)],
    ["personTokens", bytes(names.personTokens)],
    ["personLastStart", bytes(names.lastStart)],
    ["personLastTokens", bytes(names.lastTokens)],
    ["personIdOrder", bytes(names.idOrder)],
    ["typoRunStart", bytes(typoRuns.start)],
    ["typoRunWords", bytes(typoRuns.words)],
  ];
}

// The base without its articles' sentences, and the sentences apart, as bytes made as they are
// written: the sentences first, as their offsets (sentenceStart, after them) fill while they are written.
function baseSections(base: FactBase): [string, SectionData][] {
  const sentenceStart = new Int32Array(base.articles.length + 1);
  function* sentences(): Generator<Uint8Array> {
    let at = 0;
    for (const [i, article] of base.articles.entries()) {
      if (article.sentences) {
        const part = Buffer.from(asciiJson(article.sentences), "latin1");
        at += part.length;
        yield part;
      }
      sentenceStart[i + 1] = at;
    }
  }
  // The sentences' place keeps its number, so that the key order of a loaded article stays the same.
  const hot = {
    ...base,
    articles: base.articles.map((a) => (a.sentences ? { ...a, sentences: 0 } : a)),
  };
  return [
    ["sentences", sentences()],
    ["sentenceStart", bytes(sentenceStart)],
    ["base", asciiJsonParts(hot)],
  ];
}

// A list of words as the lines of a UTF-8 text.
function lines(words: string[]): Buffer {
  return Buffer.from(words.join("\n"), "utf8");
}

/** How a file is written (atomically, by io.ts), from its parts in order. */
export type WriteFile = (path: string, content: Iterable<Uint8Array>) => void;

/** Removes the index file of a fact base, if any (a base saved without one must not keep an old one). */
export function removeIndexFile(factsPath: string): void {
  rmSync(indexFilePath(factsPath), { force: true });
}

// The index files that loaded bases keep open to read sentences from: each is closed once no article
// still to be read holds it.
const openFiles = new FinalizationRegistry<number>((fd) => closeSync(fd));

// The tables that came with each base loaded from an index file.
const storedWords = new WeakMap<FactBase, StoredArticleWords>();
const storedNames = new WeakMap<FactBase, NameTokenTable>();
const storedMeetings = new WeakMap<FactBase, MeetingKeywordTable>();
const storedOrder = new WeakMap<FactBase, MeetingOrder>();

/** The meetings' order in time and the countries each may concern, as the index file stores them. */
export interface MeetingOrder {
  /** Meeting positions, newest first (meeting-keywords.ts). */
  recency: Int32Array;
  countries: MeetingCountryTable;
}

/** The meeting order of a base loaded from an index file (undefined for any other base). */
export function storedMeetingOrder(base: FactBase): MeetingOrder | undefined {
  return storedOrder.get(base);
}

/** The table of meetings by keyword of a base loaded from an index file (undefined for any other base). */
export function storedMeetingKeywords(base: FactBase): MeetingKeywordTable | undefined {
  return storedMeetings.get(base);
}

/**
 * The name words of the people of a base loaded from an index file (undefined for any other base),
 * in the order of its people by id (as in a map of them by id: see writeIndexFile).
 */
export function storedNameTokens(base: FactBase): NameTokenTable | undefined {
  return storedNames.get(base);
}

/** The stored words of a base loaded from its index file (undefined for any other base). */
export function storedArticleWords(base: FactBase): StoredArticleWords | undefined {
  return storedWords.get(base);
}

/**
 * The fact base of `factsPath` read from its index file, or undefined when there is none or it is
 * stale (written for another version of the file, or by other code): then the caller parses the file.
 * Article sentences are read from the index file when first asked for.
 */
export function readIndexFile(factsPath: string): FactBase | undefined {
  const path = indexFilePath(factsPath);
  if (!existsSync(path)) return undefined;
  const fd = openSync(path, "r");
  // The file stays open while the base is used: its sentences are read from it on demand (an open file
  // keeps its content even when a new index file is renamed over it).
  let keepOpen = false;
  try {
    const header = freshHeader(fd, factsPath);
    if (!header) return undefined;
    const start = MAGIC.length + 4 + padded(header.length);
    const section = (name: string): Section => {
      const found = header.sections.find((s) => s.name === name);
      if (!found) throw new Error(`${path}: no section ${name}`);
      return found;
    };
    const raw = (name: string): Buffer => {
      const s = section(name);
      const buffer = Buffer.allocUnsafeSlow(s.length);
      readSync(fd, buffer, 0, s.length, start + s.offset);
      return buffer;
    };
    const numbers = (name: string): Int32Array => {
      const s = section(name);
      const array = new Int32Array(s.length / 4);
      readSync(fd, array, 0, s.length, start + s.offset);
      return array;
    };
    const list = (name: string): string[] => splitLines(raw(name));
    // The bytes are read now (the file may be closed later), the words made only when first looked up:
    // a question of some kinds never needs some of the lists, and each is tens of thousands of strings.
    const later = (name: string): (() => string[]) => {
      const bytes = raw(name);
      let words: string[] | undefined;
      return () => {
        words ??= splitLines(bytes);
        return words;
      };
    };
    // ASCII JSON (see asciiJson): read as Latin-1, a copy of the bytes, no UTF-8 decoding.
    const base = JSON.parse(raw("base").toString("latin1")) as FactBase;
    // Not read now (a seventh of the file's bytes, needed only to quote an article): each article's
    // slice is read when first asked for.
    const sentencesAt = start + section("sentences").offset;
    const sentenceStart = numbers("sentenceStart");
    // Held by every article still to be read: the file closes once none is left (openFiles).
    const file = { fd };
    const readSentences = (from: number, to: number): string => {
      const bytes = Buffer.allocUnsafe(to - from);
      readSync(file.fd, bytes, 0, bytes.length, sentencesAt + from);
      return bytes.toString("latin1");
    };
    base.articles.forEach((article, i) => {
      if ("sentences" in article)
        readLazily(article, readSentences, sentenceStart[i] as number, sentenceStart[i + 1] as number);
    });
    const [words, stems, keywords] = [later("words"), later("stems"), later("keywords")];
    const tables: ArticleWordTables = {
      get words() {
        return words();
      },
      wordInfo: numbers("wordInfo"),
      get stems() {
        return stems();
      },
      get keywords() {
        return keywords();
      },
      postingStart: numbers("postingStart"),
      postings: numbers("postings"),
    };
    storedWords.set(base, new StoredArticleWords(tables));
    storedMeetings.set(base, {
      keywords: list("meetingKeywords"),
      start: numbers("meetingStart"),
      positions: numbers("meetingPositions"),
    });
    const countries: MeetingCountryTable = {
      names: JSON.parse(raw("countryNames").toString("latin1")) as string[],
      start: numbers("countryStart"),
      nameIds: numbers("countryNameIds"),
    };
    const recency = numbers("recency");
    // A table of another length than the base's meetings would file meetings under wrong positions.
    const meetings = base.meetings.length;
    if (recency.length === meetings && countries.start.length === meetings + 1)
      storedOrder.set(base, { recency, countries });
    const names: NameTokenTable = {
      tokens: JSON.parse(raw("nameTokens").toString("latin1")) as string[],
      sorted: numbers("nameTokensSorted"),
      peopleStart: numbers("namePeopleStart"),
      people: numbers("namePeople"),
      tokenStart: numbers("personTokenStart"),
      personTokens: numbers("personTokens"),
      lastStart: numbers("personLastStart"),
      lastTokens: numbers("personLastTokens"),
      idOrder: numbers("personIdOrder"),
    };
    const typoRuns = { start: numbers("typoRunStart"), words: numbers("typoRunWords") };
    if (typoRuns.start.length === RUN_KEYS + 1) names.typoRuns = typoRuns;
    storedNames.set(base, names);
    openFiles.register(file, fd);
    keepOpen = true;
    return base;
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/**
 * Gives a copy of a fact base file (`to`, just written with the same bytes as `from`) a copy of the
 * index file of `from`, when that one is fresh: the same content, stamped for the copy. Returns
 * whether it wrote one.
 */
export function copyIndexFile(from: string, to: string, write: WriteFile): boolean {
  const path = indexFilePath(from);
  if (!existsSync(path)) return false;
  const fd = openSync(path, "r");
  let header: (Header & { length: number }) | undefined;
  try {
    header = freshHeader(fd, from);
  } catch {
    header = undefined;
  } finally {
    closeSync(fd);
  }
  if (!header || statSync(to).size !== header.facts.size) return false;
  const { length, ...rest } = header;
  const { mtimeMs } = statSync(to);
  const data = readFileSync(path).subarray(MAGIC.length + 4 + padded(length));
  write(indexFilePath(to), withHeader({ ...rest, facts: { size: header.facts.size, mtimeMs } }, [data]));
  return true;
}

// The bytes of an index file, in parts: the mark, the header, then its sections (`body`, each already
// padded to 8 bytes).
function* withHeader(header: Header, body: Iterable<Uint8Array>): Generator<Uint8Array> {
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const lead = Buffer.alloc(MAGIC.length + 4);
  lead.write(MAGIC, 0, "latin1");
  lead.writeUInt32LE(headerBytes.length, MAGIC.length);
  yield lead;
  yield headerBytes;
  yield Buffer.alloc(padded(headerBytes.length) - headerBytes.length);
  yield* body;
}

/** Whether the index file of `factsPath` exists and was written for this file by this code. */
export function indexFileIsFresh(factsPath: string): boolean {
  const path = indexFilePath(factsPath);
  if (!existsSync(path)) return false;
  const fd = openSync(path, "r");
  try {
    return freshHeader(fd, factsPath) !== undefined;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

// The header of an open index file (with its length in bytes), when the file is fresh for `factsPath`.
function freshHeader(fd: number, factsPath: string): (Header & { length: number }) | undefined {
  const fingerprint = sourceFingerprint();
  if (!fingerprint) return undefined;
  const lead = Buffer.alloc(MAGIC.length + 4);
  if (
    readSync(fd, lead, 0, lead.length, 0) !== lead.length ||
    lead.toString("latin1", 0, MAGIC.length) !== MAGIC
  )
    return undefined;
  const length = lead.readUInt32LE(MAGIC.length);
  const headerBytes = Buffer.alloc(length);
  if (readSync(fd, headerBytes, 0, length, lead.length) !== length) return undefined;
  const header = JSON.parse(headerBytes.toString("utf8")) as Header;
  const { size, mtimeMs } = statSync(factsPath);
  const fresh =
    header.format === FORMAT &&
    header.fingerprint === fingerprint &&
    header.littleEndian === (endianness() === "LE") &&
    header.facts.size === size &&
    header.facts.mtimeMs === mtimeMs;
  return fresh ? { ...header, length } : undefined;
}

// An article's `sentences`, parsed from its bytes on first read and kept from then on (a plain value
// again, in the same place among the article's keys).
function readLazily(
  article: Article,
  read: (from: number, to: number) => string,
  from: number,
  to: number,
): void {
  const settle = (value: string[] | undefined) =>
    Object.defineProperty(article, "sentences", {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  Object.defineProperty(article, "sentences", {
    enumerable: true,
    configurable: true,
    get() {
      const value = JSON.parse(read(from, to)) as string[];
      settle(value);
      return value;
    },
    set: settle,
  });
}

// The lines of a UTF-8 text (none for no text).
function splitLines(bytes: Buffer): string[] {
  const text = bytes.toString("utf8");
  return text ? text.split("\n") : [];
}

// JSON with every character outside ASCII written as \uXXXX: ASCII text is read without decoding.
function asciiJson(value: unknown): string {
  return asciiOnly(JSON.stringify(value));
}

function asciiOnly(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// The bytes of asciiJson(value) in parts of about a megabyte, made from the JSON's pieces (one per
// article, person or meeting): a large base is never one string of all its facts, nor a copy of it.
function* asciiJsonParts(value: unknown): Generator<Buffer> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of compactJsonPieces(value, 2)) {
    batch.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      yield Buffer.from(asciiOnly(batch.join("")), "latin1");
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield Buffer.from(asciiOnly(batch.join("")), "latin1");
}

function bytes(array: Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

// Sections start at multiples of 8 bytes.
function padded(length: number): number {
  return Math.ceil(length / 8) * 8;
}

let fingerprint: string | null | undefined;

/**
 * A hash of the sources that shape the index file, found above this module (src/facts/ when run from
 * the sources, dist/ when built); null when they are not at hand.
 */
function sourceFingerprint(): string | null {
  if (fingerprint !== undefined) return fingerprint;
  fingerprint = null;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++, dir = dirname(dir)) {
    if (!existsSync(join(dir, SHAPING_SOURCES[0] as string))) continue;
    const hash = createHash("sha256").update(`${FORMAT}\n`);
    for (const source of SHAPING_SOURCES) {
      const file = join(dir, source);
      hash.update(`${source}\n`).update(existsSync(file) ? readFileSync(file) : "missing");
    }
    fingerprint = hash.digest("hex");
    break;
  }
  return fingerprint;
}
