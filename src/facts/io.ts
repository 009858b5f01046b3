import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
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
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Saves a fact base as pretty JSON, atomically. */
export function saveFactBase(path: string, base: FactBase): void {
  writeFileAtomic(path, `${JSON.stringify(base, null, 2)}\n`);
}

/** Loads a fact base, with a clear error when the file is missing or is not one. */
export function loadFactBase(path: string): FactBase {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
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
