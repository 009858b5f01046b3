import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { FactBase } from "./types.ts";

/** An empty fact base, for a bot that starts with no articles. */
export function emptyFactBase(): FactBase {
  return { version: 1, generatedAt: new Date().toISOString(), articles: [], people: [], meetings: [] };
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, which is then
 * renamed over the target, so a reader never sees half a file and a crash never leaves one.
 */
export function writeFileAtomic(path: string, content: string): void {
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

/** Saves a fact base as pretty JSON, atomically. */
export function saveFactBase(path: string, base: FactBase): void {
  writeFileAtomic(path, `${JSON.stringify(base, null, 2)}\n`);
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
    if (same(current) === same(base)) return false;
  } catch {
    // Missing or unreadable: write it.
  }
  saveFactBase(path, base);
  return true;
}

/** Loads a fact base, with a clear error when the file is missing or is not one. */
export function loadFactBase(path: string): FactBase {
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
  const base = data as Partial<FactBase>;
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
