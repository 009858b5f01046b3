/**
 * The inbox with a real ingester and a real SQLite file: a file that changes after it was
 * ingested replaces its article (one article, no second notification for the meetings already
 * announced), and what cannot be an article file (a symbolic link, a folder named *.txt, a text
 * ingested before) is skipped with one log line each.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyFactBase } from "../../src/facts/io.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import type { Log } from "../../src/ingest/log.ts";
import { DEFAULT_SETTLE_MS, InboxWatcher } from "../../src/ingest/watcher.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";

// Invented people and places: the rules must not depend on who is named.
const MET_TALMER =
  "Speaker of the Majilis Dauren Orazbek met with Speaker of the State Great Khural of Mongolia Batjargal Talmer in Astana on 5 May 2026.";
const MET_VESKO =
  "Speaker of the Majilis Dauren Orazbek met with Marshal of the Sejm of Poland Piotr Vesko in Astana on 6 May 2026.";

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-inbox-versions-"));
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  const dbPath = join(dir, "db.sqlite");
  const lines: string[] = [];
  const log: Log = { info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
  const open = () => {
    const store = openStore(dbPath);
    const answerer = new Answerer(emptyFactBase());
    const ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log });
    const watcher = new InboxWatcher({ dir: inbox, settleMs: 0, log, ingest: (b) => ingester.ingest(b) });
    return { store, answerer, ingester, watcher };
  };
  return { dir, inbox, lines, open };
}

const outboxTexts = (store: Store) =>
  (store.db.prepare("SELECT html FROM outbox ORDER BY id").pluck().all() as string[]).map((h) =>
    h.replace(/<[^>]+>/g, ""),
  );

describe("inbox file versions", () => {
  it("waits about 2 s of quiet by default before reading a file", () => {
    expect(DEFAULT_SETTLE_MS).toBeGreaterThanOrEqual(2000);
  });

  it("replaces the article of a changed file and announces only the meetings it adds", async () => {
    const { inbox, open } = setup();
    const { store, answerer, watcher } = open();
    store.subscriptions.add(7, { kind: "name", key: "orazbek", label: "Orazbek" });
    const file = join(inbox, "speakers.txt");

    // A first, shorter version (as a half-written file would be) is ingested and announced.
    writeFileSync(file, `Speakers meet\n\n${MET_TALMER}\n`);
    expect(await watcher.scan()).toBe(1);
    expect(outboxTexts(store)).toHaveLength(1);
    expect(outboxTexts(store)[0]).toMatch(/Talmer/);

    // The finished version re-reports that meeting and adds another.
    writeFileSync(file, `Speakers meet\n\n${MET_TALMER}\n\n${MET_VESKO}\n`);
    expect(await watcher.scan()).toBe(1);
    const facts = answerer.facts();
    expect(facts.articles.map((a) => a.file)).toEqual(["speakers.txt"]);
    expect(facts.articles[0]?.sentences?.join(" ")).toMatch(/Vesko/);
    expect(facts.meetings).toHaveLength(2);
    expect(store.articles.count()).toBe(1);
    const texts = outboxTexts(store);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toMatch(/Vesko/);
    expect(texts[1]).not.toMatch(/Talmer/);

    // A correction that adds no meeting replaces the text and notifies no one.
    writeFileSync(file, `Speakers meet\n\n${MET_TALMER}\n\n${MET_VESKO}\n\nThe sides discussed trade.\n`);
    expect(await watcher.scan()).toBe(1);
    expect(answerer.facts().articles).toHaveLength(1);
    expect(outboxTexts(store)).toHaveLength(2);
    store.close();

    // After a restart the old versions are not merged back from the database.
    const again = open();
    again.ingester.reconcile({ force: true });
    expect(again.answerer.facts().articles).toHaveLength(1);
    again.store.close();
  });

  it("skips a symbolic link, a folder named *.txt and a text ingested before, with one log line each", async () => {
    const { dir, inbox, lines, open } = setup();
    const { store, watcher } = open();
    const outside = join(dir, "secret.txt");
    writeFileSync(outside, `Outside\n\n${MET_VESKO}\n`);
    symlinkSync(outside, join(inbox, "link.txt"));
    mkdirSync(join(inbox, "folder.txt"));
    writeFileSync(join(inbox, "folder.txt", "inside.txt"), `Inside\n\n${MET_VESKO}\n`);
    writeFileSync(join(inbox, "first.txt"), `Speakers meet\n\n${MET_TALMER}\n`);
    expect(await watcher.scan()).toBe(1);
    writeFileSync(join(inbox, "copy.txt"), `Speakers meet\n\n${MET_TALMER}\n`);
    await watcher.scan();
    await watcher.scan();
    expect(store.articles.count()).toBe(1);
    expect(lines.filter((l) => /link\.txt: a symbolic link/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /folder\.txt: a folder/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /copy\.txt: already ingested/.test(l))).toHaveLength(1);
    store.close();
  });
});
