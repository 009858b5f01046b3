import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.ts";
import { openStore } from "../../src/store/index.ts";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations.ts";
import { MAX_SUBSCRIPTIONS_PER_CHAT } from "../../src/store/subscriptions.ts";

const tempDb = () => join(mkdtempSync(join(tmpdir(), "parlbot-store-")), "data", "parlbot.sqlite");

describe("database", () => {
  it("creates the file under a new folder, in WAL mode, at the latest schema", () => {
    const path = tempDb();
    const db = openDatabase(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("upgrades a file with the first schema in place, keeping its rows", () => {
    const path = tempDb();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    old
      .prepare("INSERT INTO subscriptions (chat_id, kind, key, label, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(7, "name", "koshanof", "Koshanof", "2026-01-01T00:00:00Z");
    old
      .prepare("INSERT INTO ingested_articles (id, url, hash, source, ingested_at) VALUES (?, ?, ?, ?, ?)")
      .run("a1", "http://x.test/a1", "h1", "test", "2026-01-01T00:00:00Z");
    expect(old.pragma("user_version", { simple: true })).toBe(1);
    old.close();

    const store = openStore(path);
    expect(store.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.subscriptions.list(7).map((s) => s.label)).toEqual(["Koshanof"]);
    expect(store.articles.has({ url: "http://x.test/a1", hash: "other" })).toBe(true);
    // The watched name added under schema 1 got its fuzzy keys in the upgrade: a typo finds it.
    expect(store.subscriptions.watchCandidates(["koshano"]).map((s) => s.chatId)).toEqual([7]);
    // New tables work.
    expect(store.outbox.enqueue([{ chatId: 7, dedupeKey: "k", html: "hi" }])).toBe(1);
    store.close();
  });

  it("refuses a file written by a newer schema instead of misreading it", () => {
    const path = tempDb();
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer than this parlbot knows/);
  });

  it("says clearly when the path cannot be a database", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-store-"));
    expect(() => openDatabase(dir)).toThrow(/cannot (open|use) the database/);
  });
});

describe("subscriptions", () => {
  it("adds once per subject, lists, removes one or all, per chat", () => {
    const store = openStore(tempDb());
    const s = store.subscriptions;
    const first = s.add(1, { kind: "person", key: "p1", label: "Erlan Koshanov" });
    if (first.full) throw new Error("an empty chat is not full");
    expect(first.created).toBe(true);
    expect(s.add(1, { kind: "person", key: "p1", label: "Erlan Koshanov" })).toMatchObject({
      created: false,
    });
    s.add(1, { kind: "country", key: "mongolia", label: "Mongolia" });
    s.add(2, { kind: "all", key: "", label: "every new meeting" });
    expect(s.list(1).map((x) => x.label)).toEqual(["Erlan Koshanov", "Mongolia"]);
    expect(s.remove(2, first.subscription.id)).toBeUndefined(); // not chat 2's
    expect(s.remove(1, first.subscription.id)?.label).toBe("Erlan Koshanov");
    expect(s.chatsFollowingCountries(["mongolia"])).toEqual([1]);
    expect(s.removeAll(1)).toBe(1);
    expect(s.chatsFollowingAll()).toEqual([2]);
    store.close();
  });

  it(`keeps at most ${MAX_SUBSCRIPTIONS_PER_CHAT} subscriptions per chat, and a bounded number of keys per name`, () => {
    const store = openStore(tempDb());
    const s = store.subscriptions;
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CHAT; i++) {
      expect(s.add(5, { kind: "name", key: `name${i}`, label: `Name${i}` })).toMatchObject({ created: true });
    }
    expect(s.add(5, { kind: "name", key: "one more", label: "One More" })).toEqual({ full: true });
    // The same subject again is still "already followed", and another chat is not affected.
    expect(s.add(5, { kind: "name", key: "name0", label: "Name0" })).toMatchObject({ created: false });
    expect(s.add(6, { kind: "all", key: "", label: "every new meeting" })).toMatchObject({ created: true });
    expect(s.list(5)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);
    // A key stored without the chat's checks still gets a bounded index: six words of 30 letters.
    const word = (i: number) => "abcdefghijklmnopqrstuvwxyz".slice(i).repeat(200);
    const huge = s.add(6, {
      kind: "name",
      key: Array.from({ length: 20 }, (_, i) => word(i)).join(" "),
      label: "x",
    });
    if (huge.full) throw new Error("chat 6 is not full");
    const keys = store.db
      .prepare("SELECT count(*) FROM watch_keys WHERE subscription_id = ?")
      .pluck()
      .get(huge.subscription.id) as number;
    expect(keys).toBeGreaterThan(6 * 20);
    expect(keys).toBeLessThanOrEqual(6 * 31);
    store.close();
  });

  it("drops a watched name's fuzzy keys with it", () => {
    const store = openStore(tempDb());
    const added = store.subscriptions.add(3, {
      kind: "name",
      key: "amarbayasgalan",
      label: "Amarbayasgalan",
    });
    if (added.full) throw new Error("an empty chat is not full");
    const { subscription } = added;
    expect(store.subscriptions.watchCandidates(["amarbayasgala"])).toHaveLength(1);
    store.subscriptions.remove(3, subscription.id);
    expect(store.subscriptions.watchCandidates(["amarbayasgala"])).toHaveLength(0);
    expect(store.db.prepare("SELECT count(*) AS n FROM watch_keys").get()).toEqual({ n: 0 });
    store.close();
  });
});

describe("outbox", () => {
  it("queues idempotently and walks pending → sending → sent", () => {
    const store = openStore(tempDb());
    const o = store.outbox;
    expect(
      o.enqueue([
        { chatId: 1, dedupeKey: "a", html: "one" },
        { chatId: 2, dedupeKey: "b", html: "two" },
      ]),
    ).toBe(2);
    expect(o.enqueue([{ chatId: 1, dedupeKey: "a", html: "one again" }])).toBe(0);
    const [row] = o.due(Date.now(), 10);
    expect(row?.html).toBe("one");
    expect(o.claim(row?.id ?? 0)).toBe(true);
    expect(o.claim(row?.id ?? 0)).toBe(false); // claimed once only
    o.markSent(row?.id ?? 0, 99);
    expect(o.counts()).toEqual({ pending: 1, sending: 0, sent: 1, failed: 0 });
    store.close();
  });

  it("after a crash, sends again only what was in flight, never what was marked sent", () => {
    const path = tempDb();
    const before = openStore(path);
    before.outbox.enqueue([1, 2, 3].map((c) => ({ chatId: c, dedupeKey: `k${c}`, html: `m${c}` })));
    const [r1, r2] = before.outbox.due(Date.now(), 10);
    before.outbox.claim(r1?.id ?? 0);
    before.outbox.markSent(r1?.id ?? 0, 1);
    before.outbox.claim(r2?.id ?? 0); // the process dies with this request in flight
    before.close();

    const after = openStore(path);
    expect(after.outbox.counts()).toMatchObject({ sent: 1, sending: 1, pending: 1 });
    expect(after.outbox.recoverInterrupted()).toBe(1);
    expect(after.outbox.due(Date.now(), 10).map((r) => r.chatId)).toEqual([2, 3]);
    after.close();
  });

  it("prunes old delivered and given-up rows, never undelivered ones", () => {
    const store = openStore(tempDb());
    const old = new Date("2026-01-01T00:00:00Z");
    store.outbox.enqueue(
      [1, 2, 3].map((c) => ({ chatId: c, dedupeKey: `k${c}`, html: "x" })),
      old,
    );
    const [a, b] = store.outbox.due(Date.now(), 10);
    store.outbox.markSent(a?.id ?? 0, 1);
    store.outbox.markFailed(b?.id ?? 0, "blocked");
    expect(store.outbox.prune(new Date("2025-12-01T00:00:00Z"))).toBe(0);
    expect(store.outbox.prune(new Date("2026-02-01T00:00:00Z"))).toBe(2);
    expect(store.outbox.counts()).toEqual({ pending: 1, sending: 0, sent: 0, failed: 0 });
    store.close();
  });

  it("holds a row back until its not-before time", () => {
    const store = openStore(tempDb());
    store.outbox.enqueue([{ chatId: 1, dedupeKey: "a", html: "x" }]);
    const [row] = store.outbox.due(1000, 10);
    store.outbox.claim(row?.id ?? 0);
    store.outbox.retryLater(row?.id ?? 0, 5000, "429");
    expect(store.outbox.due(4999, 10)).toHaveLength(0);
    expect(store.outbox.due(5000, 10)).toHaveLength(1);
    expect(store.outbox.nextDue(1000)).toBe(5000);
    expect(store.outbox.nextDue(5000)).toBeUndefined();
    store.close();
  });
});
