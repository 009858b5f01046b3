import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IncomingArticle } from "../../src/ingest/ingester.ts";
import type { Log } from "../../src/ingest/log.ts";
import { InboxWatcher } from "../../src/ingest/watcher.ts";

function watcher(settleMs: number, fail = false) {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-inbox-"));
  const batches: IncomingArticle[][] = [];
  const warnings: string[] = [];
  const log: Log = { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
  const w = new InboxWatcher({
    dir,
    settleMs,
    log,
    ingest: (batch) => {
      if (fail) throw new Error("disk full");
      batches.push(batch);
    },
  });
  return { dir, w, batches, warnings };
}

const TEXT = "The Speaker of the Majilis met the Ambassador of Japan in Astana today.\n";

describe("inbox watcher (one scan at a time)", () => {
  it("reads every new article file, in sub-folders too, as one batch, and each version once", async () => {
    const { dir, w, batches } = watcher(0);
    mkdirSync(join(dir, "may"));
    writeFileSync(join(dir, "a.txt"), TEXT);
    writeFileSync(join(dir, "may", "b.txt"), TEXT.replace("Japan", "Korea"));
    writeFileSync(join(dir, "notes.md"), "not an article");
    expect(await w.scan()).toBe(2);
    expect(batches.map((b) => b.map((i) => i.article.id))).toEqual([["a", "may/b"]]);
    expect(await w.scan()).toBe(0); // nothing new
    writeFileSync(join(dir, "a.txt"), TEXT.replace("Japan", "India")); // a changed file is read again
    expect(await w.scan()).toBe(1);
  });

  it("skips a file that cannot be an article with one warning, until it changes", async () => {
    const { dir, w, batches, warnings } = watcher(0);
    writeFileSync(join(dir, "photo.txt"), Buffer.from([0x89, 0x50, 0x00, 0x47]));
    expect(await w.scan()).toBe(0);
    expect(await w.scan()).toBe(0);
    expect(warnings).toEqual(["inbox: skipped photo.txt: binary file (contains NUL bytes)"]);
    expect(batches).toEqual([]);
  });

  it("leaves a file that is still being written for a later scan", async () => {
    const { dir, w, batches } = watcher(60_000);
    writeFileSync(join(dir, "a.txt"), TEXT);
    expect(await w.scan()).toBe(0);
    expect(batches).toEqual([]);
  });

  it("tries a batch again when ingesting it failed", async () => {
    const { dir, w, warnings } = watcher(0, true);
    writeFileSync(join(dir, "a.txt"), TEXT);
    await w.scan();
    await w.scan();
    expect(warnings).toEqual([
      "inbox: ingest failed, will retry: disk full",
      "inbox: ingest failed, will retry: disk full",
    ]);
  });
});
