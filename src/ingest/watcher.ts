/**
 * Watching the inbox folder (INBOX_DIR) for new article files. fs.watch gives prompt news of a
 * change but can miss events (and does not see sub-folders on every platform), so a slow periodic
 * scan backs it up. A file is read once it has been quiet for a while (2 s), so a file still
 * being written is not ingested half-done; every file found in one scan is ingested as one batch.
 * A file that changes after it was ingested is a new version of the same article: it replaces the
 * old one. Symbolic links, folders named `*.txt` and files already ingested are skipped with one
 * log line each.
 */
import { type FSWatcher, mkdirSync, statSync, watch } from "node:fs";
import { relative } from "node:path";
import { listArticleFiles, readArticleFile } from "../corpus/folder.ts";
import type { IncomingArticle, IngestResult } from "./ingester.ts";
import type { Log } from "./log.ts";

/** What the watcher needs. */
export interface InboxWatcherOptions {
  dir: string;
  /**
   * Ingests one batch of new files; a throw leaves them to be tried again on the next scan. The
   * sources it reports as duplicates are logged.
   */
  ingest: (batch: IncomingArticle[]) => unknown;
  log: Log;
  /** A file must be unchanged this long (ms) before it is read. */
  settleMs?: number;
  /** The backup scan's period (ms). */
  pollMs?: number;
}

/** What the watcher reads of an ingest's result. */
export type IngestReport = Partial<Pick<IngestResult, "duplicates">>;

/** How long a file must be unchanged before it is read: writers pause, copies over a network are slow. */
export const DEFAULT_SETTLE_MS = 2000;

/** Watches one folder for article files. */
export class InboxWatcher {
  /** path → "size:mtime" of the version already handled. */
  private readonly handled = new Map<string, string>();
  /** Paths already reported as not readable (links, folders), so that each is logged once. */
  private readonly reported = new Set<string>();
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private scanning?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(private readonly options: InboxWatcherOptions) {}

  /** Scans the folder now (files that arrived while the bot was down), then watches it. */
  start(): void {
    const { dir, log } = this.options;
    mkdirSync(dir, { recursive: true });
    try {
      this.watcher = watch(dir, { persistent: false }, () => this.schedule(this.settleMs()));
      this.watcher.on("error", (error) =>
        log.warn(`inbox ${dir}: watching failed (${error.message}); scanning instead`),
      );
    } catch (error) {
      log.warn(
        `inbox ${dir}: cannot watch (${(error as Error).message}); scanning every ${this.pollMs()} ms`,
      );
    }
    this.schedule(0);
  }

  /** Stops watching; waits for a scan in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    clearTimeout(this.timer);
    await this.scanning;
  }

  /** Scans once: ingests every settled file not handled before. Returns how many files were ingested. */
  async scan(): Promise<number> {
    const { dir, log } = this.options;
    const now = Date.now();
    const batch: IncomingArticle[] = [];
    const versions = new Map<string, string>();
    let unsettled = false;
    for (const path of this.list()) {
      let version: string;
      let mtime: number;
      try {
        const st = statSync(path);
        version = `${st.size}:${st.mtimeMs}`;
        mtime = st.mtimeMs;
      } catch {
        continue; // removed meanwhile
      }
      if (this.handled.get(path) === version) continue;
      if (now - mtime < this.settleMs()) {
        unsettled = true;
        continue;
      }
      try {
        const source = relative(process.cwd(), path) || path;
        batch.push({ article: readArticleFile(path, dir), source, replaces: true });
        versions.set(path, version);
      } catch (error) {
        log.warn(`inbox: skipped ${relative(dir, path)}: ${(error as Error).message}`);
        this.handled.set(path, version); // not again until the file changes
      }
    }
    if (batch.length) {
      try {
        const report = (await this.options.ingest(batch)) as IngestReport | undefined;
        for (const source of report?.duplicates ?? []) log.info(`inbox: skipped ${source}: already ingested`);
        for (const [path, version] of versions) this.handled.set(path, version);
      } catch (error) {
        log.error(`inbox: ingest failed, will retry: ${(error as Error).message}`);
      }
    }
    if (unsettled) this.schedule(this.settleMs());
    return batch.length;
  }

  // Runs a scan after `ms`; scans never overlap, and a change during a scan triggers another.
  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.scanning) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.scanning = this.scan()
        .then(() => undefined)
        .finally(() => {
          this.scanning = undefined;
          const again = this.again;
          this.again = false;
          this.schedule(again ? this.settleMs() : this.pollMs());
        });
    }, ms);
  }

  // The article files of the inbox; what cannot be read is logged once per path.
  private list(): string[] {
    const { dir, log } = this.options;
    try {
      return listArticleFiles(dir, (path, reason) => {
        if (this.reported.has(path)) return;
        this.reported.add(path);
        log.warn(`inbox: skipped ${relative(dir, path)}: ${reason}`);
      });
    } catch (error) {
      log.warn(`inbox ${dir}: cannot list (${(error as Error).message})`);
      return [];
    }
  }

  private settleMs(): number {
    return this.options.settleMs ?? DEFAULT_SETTLE_MS;
  }

  private pollMs(): number {
    return this.options.pollMs ?? 5000;
  }
}
