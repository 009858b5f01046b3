/**
 * Resource bounds of subscriptions, end to end through telegram-test-api with the whole bot
 * (createBot with the subscription commands) and a real SQLite file: one chat message cannot grow
 * the database by more than a few kilobytes, a chat follows at most a bounded number of subjects,
 * and every reply (a long /subscriptions list too) fits Telegram's 4,096 characters with its
 * remove buttons kept.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot, type ParlbotContext } from "../../src/bot/index.ts";
import { subscriptionsComposer } from "../../src/bot/subscriptions.ts";
import { emptyFactBase } from "../../src/facts/io.ts";
import { createLogger } from "../../src/log.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { MAX_SUBSCRIPTIONS_PER_CHAT } from "../../src/store/subscriptions.ts";
import { startTelegram, type TestTelegram } from "./telegram.ts";

const TOKEN = "123456:bounds-test";

let telegram: TestTelegram;
beforeAll(async () => {
  telegram = await startTelegram();
});
afterAll(async () => {
  await telegram.close();
});

let store: Store;
let bot: Bot<ParlbotContext>;
beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-bounds-"));
  store = openStore(join(dir, "db.sqlite"));
  const answerer = new Answerer(emptyFactBase());
  bot = createBot({
    token: TOKEN,
    answerer,
    log: createLogger({ level: "silent" }),
    apiRoot: telegram.apiRoot,
    rateLimit: false,
    extensions: [
      subscriptionsComposer({
        subscriptions: store.subscriptions,
        answerer,
        adminChatIds: [],
        ingest: () => ({ added: [], skipped: [], meetings: 0, notifications: 0 }) as never,
      }),
    ],
  });
  await bot.init();
  return () => store.close();
});

// Delivers what users sent to the bot, as polling would, and waits until the bot has handled it.
async function pump(): Promise<void> {
  for (const update of telegram.server.getUpdates(TOKEN)) await bot.handleUpdate(update as unknown as Update);
}

type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };

async function say(chatId: number, text: string): Promise<{ text: string; buttons: string[] }> {
  const client = telegram.server.getClient(TOKEN, { chatId, userId: chatId });
  const before = telegram.sentTo(chatId).length;
  await client.sendCommand(client.makeCommand(text));
  await pump();
  const replies = telegram.sentTo(chatId).slice(before);
  expect(replies).toHaveLength(1);
  const reply = replies[0] ?? { text: "" };
  const keyboard = reply.reply_markup as Keyboard | undefined;
  return { text: reply.text, buttons: keyboard?.inline_keyboard.flat().map((b) => b.callback_data) ?? [] };
}

// The bytes the database holds (pages in use), after writing the WAL back into the file.
function databaseBytes(): number {
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  const pages = store.db.pragma("page_count", { simple: true }) as number;
  const free = store.db.pragma("freelist_count", { simple: true }) as number;
  return (pages - free) * (store.db.pragma("page_size", { simple: true }) as number);
}

// An invented word of n letters, different for every seed (a small LCG), so no two subscriptions coincide.
function longWord(n: number, seed: number): string {
  let x = seed * 7919 + 17;
  let out = "Z";
  for (let i = 1; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + ((x >> 16) % 26));
  }
  return out;
}

describe("subscription bounds", () => {
  it("refuses overlong names with a clear reply: 20 messages of 4,000 letters add almost nothing", async () => {
    const before = databaseBytes();
    for (let i = 0; i < 20; i++) {
      const reply = await say(31, `/subscribe ${longWord(4000, i + 1)}`);
      expect(reply.text).toMatch(/too long/i);
      expect(reply.text.length).toBeLessThanOrEqual(4096);
    }
    expect(store.subscriptions.list(31)).toEqual([]);
    // Before the bounds, each such message added about 725 KB (a key per dropped letter).
    expect(databaseBytes() - before).toBeLessThan(8192);
  });

  it("refuses a name of more than six words and a word no name has", async () => {
    expect((await say(32, "/subscribe Aran Bek Cor Dul Emo Fai Gur")).text).toMatch(/at most 6 words/);
    expect((await say(32, `/subscribe Aran ${longWord(60, 2)}`)).text).toMatch(/too long/i);
    expect(store.subscriptions.list(32)).toEqual([]);
    expect((await say(32, "/subscribe Aran Bek Cor Dul Emo Fai")).text).toMatch(/you will hear about/);
  });

  it("grows the database by a few kilobytes for 20 long /subscribe messages", async () => {
    const before = databaseBytes();
    for (let i = 0; i < 20; i++) {
      // The longest name accepted: six words filling 100 characters.
      const words = Array.from({ length: 6 }, (_, w) => longWord(15, i * 6 + w)).join(" ");
      expect((await say(33, `/subscribe ${words}`)).text).toMatch(/you will hear about/);
    }
    expect(store.subscriptions.list(33)).toHaveLength(20);
    const grown = databaseBytes() - before;
    expect(grown).toBeLessThan(200_000);
  });

  it(`caps a chat at ${MAX_SUBSCRIPTIONS_PER_CHAT} subscriptions, and lists them all within 4,096 characters with a remove button each`, async () => {
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CHAT; i++) {
      // Long names (close to the limit) make the longest list.
      const name = Array.from({ length: 6 }, (_, w) => longWord(15, i * 6 + w)).join(" ");
      const reply = await say(34, `/subscribe ${name}`);
      expect(reply.text).toMatch(/you will hear about/);
    }
    const refused = await say(34, "/subscribe Koshanovich");
    expect(refused.text).toMatch(new RegExp(`at most ${MAX_SUBSCRIPTIONS_PER_CHAT}`));
    expect(store.subscriptions.list(34)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);

    const listed = await say(34, "/subscriptions");
    expect(listed.text.length).toBeLessThanOrEqual(4096);
    expect(listed.text).toMatch(/^You follow:\n1\. /);
    expect(listed.text).toMatch(new RegExp(`\\n${MAX_SUBSCRIPTIONS_PER_CHAT}\\. `));
    const ids = store.subscriptions.list(34).map((s) => `unsub:${s.id}`);
    expect(listed.buttons).toEqual(ids);
  });

  it("cuts any reply that would exceed Telegram's limit (here an echoed overlong /unsubscribe)", async () => {
    const reply = await say(35, `/unsubscribe ${"x".repeat(4090)}`);
    expect(reply.text.length).toBeLessThanOrEqual(4096);
    expect(reply.text).toMatch(/You do not follow/);
  });
});
