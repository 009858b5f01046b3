import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLog } from "../../src/ingest/log.ts";
import { Pacer, pacingAt, TELEGRAM_PACING } from "../../src/ingest/pacer.ts";
import { OutboxSender, type SendMessage } from "../../src/ingest/sender.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api.ts";

let store: Store;
beforeEach(() => {
  store = openStore(join(mkdtempSync(join(tmpdir(), "parlbot-sender-")), "db.sqlite"));
});
afterEach(() => store.close());

const queue = (chatIds: number[]) =>
  store.outbox.enqueue(
    chatIds.map((chatId, i) => ({ chatId, dedupeKey: `k${i}`, html: `message ${i} to ${chatId}` })),
  );

describe("pacer", () => {
  it("keeps one message a second per chat and 30 a second overall", () => {
    const p = new Pacer(TELEGRAM_PACING);
    expect(p.delay(1, 0)).toBe(0);
    p.record(1, 0);
    expect(p.delay(2, 0)).toBe(34);
    expect(p.delay(2, 40)).toBe(0);
    expect(p.delay(1, 400)).toBe(600);
    expect(p.delay(1, 1000)).toBe(0);
  });

  it("stops everything for as long as a 429 says", () => {
    const p = new Pacer(TELEGRAM_PACING);
    p.pause(5000);
    expect(p.delay(7, 1000)).toBe(4000);
    expect(p.globalDelay(5000)).toBe(0);
  });

  it("waits for nothing when pacing is off", () => {
    const p = new Pacer({ perSecond: 0, chatIntervalMs: 0 });
    p.record(1, 0);
    expect(p.delay(1, 0)).toBe(0);
  });

  it("paces at the configured SEND_RATE, keeping Telegram's interval per chat; 0 is off", () => {
    expect(pacingAt(30)).toEqual(TELEGRAM_PACING);
    expect(pacingAt(10)).toEqual({ perSecond: 10, chatIntervalMs: TELEGRAM_PACING.chatIntervalMs });
    expect(pacingAt(0)).toEqual({ perSecond: 0, chatIntervalMs: 0 });
    const p = new Pacer(pacingAt(10));
    p.record(1, 0);
    expect(p.delay(2, 0)).toBe(100);
  });
});

describe("sender pacing (simulated clock)", () => {
  it("never exceeds 30 messages in any second, nor 1 per second to a chat, and sends everything", async () => {
    // 90 messages: 60 chats once, and chat 1 thirty more times.
    queue([...Array.from({ length: 60 }, (_, i) => i + 1), ...Array.from({ length: 30 }, () => 1)]);
    let now = 0;
    const sentAt: { chatId: number; at: number }[] = [];
    const send: SendMessage = async (chatId) => {
      sentAt.push({ chatId, at: now });
      return { message_id: sentAt.length };
    };
    const sender = new OutboxSender({
      outbox: store.outbox,
      subscriptions: store.subscriptions,
      send,
      pacer: new Pacer(TELEGRAM_PACING),
      log: silentLog,
      clock: () => now,
    });
    for (let i = 0; i < 10_000; i++) {
      const wait = await sender.step();
      if (wait === undefined) break;
      now += Math.max(1, wait);
    }
    expect(sentAt).toHaveLength(90);
    expect(store.outbox.counts().sent).toBe(90);
    for (const { at } of sentAt) {
      expect(sentAt.filter((s) => s.at >= at && s.at < at + 1000).length).toBeLessThanOrEqual(30);
    }
    const chat1 = sentAt.filter((s) => s.chatId === 1).map((s) => s.at);
    expect(chat1).toHaveLength(31);
    for (let i = 1; i < chat1.length; i++)
      expect((chat1[i] ?? 0) - (chat1[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000);
  });
});

describe("sender against a Bot API server", () => {
  let api: FakeBotApi;
  let now = 1_000_000;
  const sender = () =>
    new OutboxSender({
      outbox: store.outbox,
      subscriptions: store.subscriptions,
      send: (chatId, html) => new Api("123:test", { apiRoot: api.apiRoot }).sendMessage(chatId, html),
      pacer: new Pacer({ perSecond: 0, chatIntervalMs: 0 }),
      log: silentLog,
      clock: () => now,
    });
  beforeEach(async () => {
    api = await startFakeBotApi();
  });
  afterEach(() => api.close());

  it("honours 429 retry_after: nothing is sent before it is over, then the message goes", async () => {
    queue([5, 6]);
    api.script.set(5, [{ retryAfter: 3 }]);
    const s = sender();
    expect(await s.step()).toBe(3000);
    expect(api.requests.map((r) => [r.chatId, r.answer])).toEqual([[5, { retryAfter: 3 }]]);
    now += 2999;
    expect(await s.step()).toBe(1);
    expect(api.requests).toHaveLength(1); // neither chat 5 nor chat 6 before the 3 s are over
    now += 1;
    expect(await s.step()).toBeUndefined();
    expect(api.requests.slice(1).map((r) => [r.chatId, r.answer])).toEqual([
      [5, "ok"],
      [6, "ok"],
    ]);
    expect(store.outbox.counts()).toMatchObject({ sent: 2, pending: 0 });
  });

  it("on 403 removes the chat's subscriptions and drops its queued messages, others go on", async () => {
    store.subscriptions.add(8, { kind: "all", key: "", label: "every new meeting" });
    store.subscriptions.add(8, { kind: "country", key: "mongolia", label: "Mongolia" });
    store.subscriptions.add(9, { kind: "all", key: "", label: "every new meeting" });
    queue([8, 8, 9]);
    api.script.set(8, ["blocked"]);
    await sender().step();
    expect(store.subscriptions.list(8)).toEqual([]);
    expect(store.subscriptions.list(9)).toHaveLength(1);
    expect(api.requests.map((r) => r.chatId)).toEqual([8, 9]); // the second message to 8 is not tried
    expect(store.outbox.counts()).toMatchObject({ sent: 1, failed: 2, pending: 0 });
  });

  it("forgets a chat that no longer exists; gives up a message Telegram refuses, keeping the chat", async () => {
    store.subscriptions.add(10, { kind: "all", key: "", label: "every new meeting" });
    store.subscriptions.add(11, { kind: "all", key: "", label: "every new meeting" });
    queue([10, 11, 11]);
    api.script.set(10, ["gone"]);
    api.script.set(11, ["bad"]);
    await sender().step();
    expect(store.subscriptions.list(10)).toEqual([]);
    expect(store.subscriptions.list(11)).toHaveLength(1);
    expect(api.requests.map((r) => [r.chatId, r.answer])).toEqual([
      [10, "gone"],
      [11, "bad"],
      [11, "ok"],
    ]);
    expect(store.outbox.counts()).toMatchObject({ sent: 1, failed: 2, pending: 0 });
  });

  it("retries a message after a network failure, with back-off", async () => {
    queue([4]);
    await api.close(); // Telegram unreachable
    const s = sender(); // its send looks `api` up at each call
    expect(await s.step()).toBe(1000);
    expect(store.outbox.counts().pending).toBe(1);
    api = await startFakeBotApi();
    now += 999;
    expect(await s.step()).toBe(1);
    expect(api.requests).toHaveLength(0);
    now += 1;
    await s.step();
    expect(api.requests.map((r) => r.chatId)).toEqual([4]);
    expect(store.outbox.counts().sent).toBe(1);
  });
});
