/**
 * The fact base a running bot answers from, kept apart from the committed one. `parlbot extract`
 * writes the committed base (data/facts.json, what the seeds make); the bot and `parlbot ingest`
 * write only the live base (data/live/facts.json, in an ignored folder), which starts as a copy of
 * the committed one and grows with ingested articles. Ingested articles are also kept in SQLite,
 * so when either file is rewritten by someone else (`parlbot extract` again, or by hand) the live
 * base is rebuilt from it and the ingested articles are merged back in: no restart needed.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { copyIndexFile, removeIndexFile } from "./index-file.ts";
import { emptyFactBase, loadFactBase, removeStaleTemporaries, saveFactBase, writeFileAtomic } from "./io.ts";
import type { FactBase } from "./types.ts";

/** Where the live base lives, and the committed base it starts from. */
export interface LiveFactBasePaths {
  /** The live fact base (written by the bot and `parlbot ingest`). */
  livePath: string;
  /** The committed fact base (written by `parlbot extract` only); unset or missing: start empty. */
  basePath?: string;
}

/** A file's modification stamp, or undefined when it does not exist. */
function stamp(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** The live fact base file, and news of rewrites of it or of the committed base. */
export class LiveFactBase {
  private liveStamp?: string;
  private baseStamp?: string;

  constructor(private readonly paths: LiveFactBasePaths) {}

  /** Whether the live base and the committed base are the same file (FACTS_PATH set to it). */
  private get shared(): boolean {
    return !!this.paths.basePath && resolve(this.paths.basePath) === resolve(this.paths.livePath);
  }

  /**
   * Loads the live base; on first start (no live file yet), or when the committed base is newer
   * than the live one (re-extracted meanwhile), it is created from the committed base first.
   * Ingested articles it lacks are the ingester's to merge back (Ingester.reconcile).
   */
  load(): FactBase {
    const { livePath, basePath } = this.paths;
    // A write the previous run was killed in the middle of leaves its temporary file: not ours to keep.
    removeStaleTemporaries(livePath);
    if (!this.shared && basePath && existsSync(basePath) && this.baseIsNewer()) {
      // Atomically, like every write: another process may be reading the live base.
      removeIndexFile(livePath);
      writeFileAtomic(livePath, readFileSync(basePath));
      // The committed base's index file serves the copy too (restamped), so the bot starts as fast.
      copyIndexFile(basePath, livePath, writeFileAtomic);
    }
    const base = existsSync(livePath) ? loadFactBase(livePath) : emptyFactBase();
    this.liveStamp = stamp(livePath);
    this.baseStamp = stamp(basePath);
    return base;
  }

  /** Saves the live base (after an ingest), remembering the version written as ours. */
  save(base: FactBase): void {
    // Without the index file: it costs about one load to write, after every ingest.
    saveFactBase(this.paths.livePath, base, { indexFile: false });
    this.liveStamp = stamp(this.paths.livePath);
  }

  /**
   * The fact base to answer from when a file was rewritten by someone else since we last read or
   * wrote it (then the caller merges ingested articles back); undefined when nothing changed.
   */
  reloadIfRewritten(): FactBase | undefined {
    const baseChanged = !this.shared && stamp(this.paths.basePath) !== this.baseStamp;
    const liveChanged = stamp(this.paths.livePath) !== this.liveStamp;
    if (!baseChanged && !liveChanged) return undefined;
    return this.load();
  }

  private baseIsNewer(): boolean {
    const { livePath, basePath } = this.paths;
    if (!existsSync(livePath)) return true;
    if (!basePath) return false;
    // Newer than the live file, or rewritten since this process last looked at it.
    const base = statSync(basePath).mtimeMs;
    const changedSinceLoad = this.baseStamp !== undefined && stamp(basePath) !== this.baseStamp;
    return changedSinceLoad || base > statSync(livePath).mtimeMs;
  }
}
