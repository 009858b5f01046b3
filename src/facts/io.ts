import { randomBytes } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  INDEX_FILE_MIN_ARTICLES,
  indexFileIsFresh,
  readIndexFile,
  removeIndexFile,
  writeIndexFile,
} from "./index-file.ts";
import { prettyJsonPieces } from "./pretty-json.ts";
import type { FactBase } from "./types.ts";

/** An empty fact base, for a bot that starts with no articles. */
export function emptyFactBase(): FactBase {
  return { version: 1, generatedAt: new Date().toISOString(), articles: [], people: [], meetings: [] };
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is then
 * renamed over the target, so a reader never sees half a file and a crash never leaves one. The
 * content may come in pieces (written as they come, never joined into one string).
 */
export function writeFileAtomic(
  path: string,
  content: string | Uint8Array | Iterable<string | Uint8Array>,
): void {
  mkdirSync(dirname(path), { recursive: true });
  removeStaleTemporaries(path);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    if (typeof content === "string" || content instanceof Uint8Array) writeFileSync(tmp, content);
    else writePieces(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

// Writes all of `bytes` (one write may take fewer than it was given).
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

// Pieces are gathered up to about a megabyte per write: fewer system calls, and little held at once.
const WRITE_BATCH = 1 << 20;

function writePieces(path: string, pieces: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, "w");
  try {
    let batch: string[] = [];
    let size = 0;
    const flush = () => {
      if (batch.length) writeAll(fd, Buffer.from(batch.join(""), "utf8"));
      batch = [];
      size = 0;
    };
    for (const piece of pieces) {
      if (typeof piece !== "string") {
        flush();
        writeAll(fd, piece);
        continue;
      }
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_BATCH) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * Removes the temporary files an interrupted {@link writeFileAtomic} of `path` left behind: those
 * of processes no longer running (a live process may be writing its own at this moment).
 */
export function removeStaleTemporaries(path: string): void {
  const name = basename(path);
  const pattern = /^\.(\d+)\.[0-9a-f]+\.tmp$/;
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(name)) continue;
    const pid = pattern.exec(entry.slice(name.length))?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(dirname(path), entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Options of {@link saveFactBase}. */
export interface SaveOptions {
  /**
   * Whether to write the index file beside a large base (index-file.ts), which makes loading it fast
   * but costs about one load's time to write: yes by default; the live base, saved after every ingest,
   * says no.
   */
  indexFile?: boolean;
}

/** Saves a fact base as pretty JSON, atomically, and the index file beside it when it is large. */
export function saveFactBase(path: string, base: FactBase, options: SaveOptions = {}): void {
  // The old index file goes first: a reader never pairs the new base with it (its stamp would differ
  // anyway; this also leaves no stale file behind).
  removeIndexFile(path);
  writeFileAtomic(path, factBaseText(base));
  if (wantsIndexFile(base, options)) writeIndexFile(path, base, writeFileAtomic);
}

function wantsIndexFile(base: FactBase, options: SaveOptions): boolean {
  return (options.indexFile ?? true) && base.articles.length >= INDEX_FILE_MIN_ARTICLES;
}

/**
 * Saves a fact base unless the file already holds the same facts (only `generatedAt` may differ),
 * so that re-running `parlbot extract` on unchanged articles leaves the committed file untouched.
 * Returns whether it wrote.
 */
export function saveFactBaseIfChanged(path: string, base: FactBase): boolean {
  if (fileHoldsFacts(path, base)) {
    // The same facts; an index file missing or written by other code is made again.
    if (wantsIndexFile(base, {}) && !indexFileIsFresh(path)) writeIndexFile(path, base, writeFileAtomic);
    return false;
  }
  saveFactBase(path, base);
  return true;
}

/**
 * The text of a saved fact base, `JSON.stringify(base, null, 2)` and a line break, in pieces of one
 * article, person or meeting each: a large base is never one string (and its UTF-8 copy) in memory.
 */
function factBaseText(base: FactBase): Iterable<string> {
  return (function* () {
    yield* prettyJsonPieces(base, 2);
    yield "\n";
  })();
}

/**
 * Whether the file at `path` is the text {@link saveFactBase} would write for `base`, but for its
 * `generatedAt`: compared piece by piece as it is read, so that neither the file nor the new text is
 * ever whole in memory. A file that is missing, unreadable or laid out otherwise does not hold them.
 */
function fileHoldsFacts(path: string, base: FactBase): boolean {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return false;
  }
  try {
    const generatedAt = savedGeneratedAt(fd);
    if (generatedAt === undefined) return false;
    let position = 0;
    let chunk = Buffer.alloc(64 * 1024);
    for (const piece of factBaseText({ ...base, generatedAt })) {
      const expected = Buffer.from(piece, "utf8");
      if (expected.length > chunk.length) chunk = Buffer.alloc(expected.length);
      const read = readFully(fd, chunk, expected.length, position);
      if (read !== expected.length || !chunk.subarray(0, read).equals(expected)) return false;
      position += read;
    }
    // Nothing may follow.
    return readSync(fd, chunk, 0, 1, position) === 0;
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

// The generatedAt a saved base records on its second line (as saveFactBase lays it out), or undefined.
function savedGeneratedAt(fd: number): string | undefined {
  const head = Buffer.alloc(256);
  const text = head.subarray(0, readFully(fd, head, head.length, 0)).toString("utf8");
  const line = /^\{\n {2}"version": [^\n]*\n {2}"generatedAt": ("(?:[^"\\\n]|\\.)*"),\n/.exec(text)?.[1];
  if (line === undefined) return undefined;
  const value: unknown = JSON.parse(line);
  return typeof value === "string" ? value : undefined;
}

// Reads up to `length` bytes at `position` (a read may return fewer than asked before the end).
function readFully(fd: number, into: Buffer, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, into, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/**
 * Loads a fact base, with a clear error when the file is missing or is not one: from its index file
 * when that is fresh (index-file.ts), else by parsing the file.
 */
export function loadFactBase(path: string): FactBase {
  const base = (readIndexFileOrNothing(path) ?? parseFactBaseFile(path)) as Partial<FactBase>;
  if (
    base?.version !== 1 ||
    !Array.isArray(base.articles) ||
    !Array.isArray(base.people) ||
    !Array.isArray(base.meetings)
  ) {
    throw new Error(`${path} is not a parlbot fact base (version 1 with articles, people, meetings)`);
  }
  return base as FactBase;
}

function readIndexFileOrNothing(path: string): FactBase | undefined {
  try {
    return readIndexFile(path);
  } catch {
    // An unreadable index file is only a cache: the fact base itself is read instead.
    return undefined;
  }
}

function parseFactBaseFile(path: string): unknown {
  let raw: string;
  try {
    // Read as bytes, then decoded: for a large base this costs less than reading it as text.
    raw = readFileSync(path).toString("utf8");
  } catch {
    throw new Error(`cannot read the fact base ${path}: run "parlbot extract" first`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new Error(`${path} is not valid JSON`);
  }
  return data;
}

/**
 * Writes the index file of a saved fact base when it lacks a fresh one (a base saved by an older
 * version, or copied); returns whether it wrote.
 */
export function ensureIndexFile(path: string): boolean {
  if (indexFileIsFresh(path)) return false;
  const base = loadFactBase(path);
  if (!wantsIndexFile(base, {})) return false;
  writeIndexFile(path, base, writeFileAtomic);
  return true;
}
