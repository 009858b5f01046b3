import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import {
  INDEX_FILE_MIN_ARTICLES,
  indexFileIsFresh,
  readIndexFile,
  removeIndexFile,
  writeIndexFile,
} from "./index-file.ts";
import type { FactBase } from "./types.ts";

/** An empty fact base, for a bot that starts with no articles. */
export function emptyFactBase(): FactBase {
  return { version: 1, generatedAt: new Date().toISOString(), articles: [], people: [], meetings: [] };
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is then
 * renamed over the target, so a reader never sees half a file and a crash never leaves one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  removeStaleTemporaries(path);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
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
  writeFileAtomic(path, `${JSON.stringify(base, null, 2)}\n`);
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
  try {
    const current = JSON.parse(readFileSync(path, "utf8")) as FactBase;
    const same = (b: FactBase) => JSON.stringify({ ...b, generatedAt: "" });
    if (same(current) === same(base)) {
      // The same facts; an index file missing or written by other code is made again.
      if (wantsIndexFile(base, {}) && !indexFileIsFresh(path)) writeIndexFile(path, base, writeFileAtomic);
      return false;
    }
  } catch {
    // Missing or unreadable: write it.
  }
  saveFactBase(path, base);
  return true;
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
