/**
 * Subscriptions benchmark: matching one new article against 100,000 subscriptions (target < 100 ms),
 * and outbox throughput to telegram-test-api on 127.0.0.1 with pacing switched off (messages/s).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Api } from "grammy";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { Meeting, Person } from "../src/facts/types.ts";
import { silentLog } from "../src/ingest/log.ts";
import { matchMeetings } from "../src/ingest/matcher.ts";
import { Pacer } from "../src/ingest/pacer.ts";
import { OutboxSender } from "../src/ingest/sender.ts";
import { openStore } from "../src/store/index.ts";
import { nameKey } from "../src/store/name-keys.ts";

const SYLLABLES = [
  "ka",
  "ra",
  "to",
  "mi",
  "sha",
  "nov",
  "lin",
  "bek",
  "ov",
  "ar",
  "gal",
  "dor",
  "zhan",
  "sul",
  "tan",
];
// A deterministic pseudo-random generator, so every run benchmarks the same data.
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const word = () =>
  Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES))
    .join("")
    .replace(/^./, (c) => c.toUpperCase());

async function matching(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-bench-"));
  const store = openStore(join(dir, "db.sqlite"));
  const people: Person[] = Array.from({ length: 20_000 }, (_, i) => ({
    id: `p${i}`,
    name: `${word()} ${word()}`,
    aliases: [],
    roles: [],
  }));
  const countries = Array.from({ length: 200 }, (_, i) => `country ${i}`);
  const t0 = performance.now();
  store.db.transaction(() => {
    for (let i = 0; i < 100_000; i++) {
      const chatId = 1_000_000 + i;
      const r = i % 20;
      if (r < 10) store.subscriptions.add(chatId, { kind: "person", key: pick(people).id, label: "x" });
      else if (r < 16) store.subscriptions.add(chatId, { kind: "country", key: pick(countries), label: "x" });
      else if (r < 19) {
        const name = `${word()} ${word()}`;
        store.subscriptions.add(chatId, { kind: "name", key: nameKey(name), label: name });
      } else store.subscriptions.add(chatId, { kind: "all", key: "", label: "x" });
    }
  })();
  const loadMs = performance.now() - t0;
  const byId = new Map(people.map((p) => [p.id, p]));
  // One new article: three bilateral meetings, as the first seed has.
  const meetings: Meeting[] = [0, 1, 2].map((n) => ({
    id: `m${n}`,
    articleId: "new",
    participants: [pick(people).id, pick(people).id],
    parties: [],
    countries: [pick(countries), pick(countries)],
    status: "held",
    agreements: [],
    topics: [],
    evidence: "",
  }));
  const times: number[] = [];
  let chats = 0;
  for (let run = 0; run < 20; run++) {
    const t = performance.now();
    chats = matchMeetings(meetings, byId, store.subscriptions).size;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `matching 1 article (3 meetings) against ${store.subscriptions.count().toLocaleString("en")} subscriptions: ` +
      `median ${times[10]?.toFixed(1)} ms, worst ${times.at(-1)?.toFixed(1)} ms (target < 100 ms); ${chats.toLocaleString("en")} chats matched`,
  );
  console.log(`  (storing the 100,000 subscriptions took ${(loadMs / 1000).toFixed(1)} s)`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function throughput(): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  const dir = mkdtempSync(join(tmpdir(), "parlbot-bench-"));
  const store = openStore(join(dir, "db.sqlite"));
  const n = 2000;
  store.outbox.enqueue(
    Array.from({ length: n }, (_, i) => ({
      chatId: 1 + (i % 500),
      dedupeKey: `k${i}`,
      html: `<b>New meeting</b> number ${i}`,
    })),
  );
  const api = new Api("123456:bench", { apiRoot: server.config.apiURL });
  const sender = new OutboxSender({
    outbox: store.outbox,
    subscriptions: store.subscriptions,
    pacer: new Pacer({ perSecond: 0, chatIntervalMs: 0 }),
    log: silentLog,
    send: (chatId, html) => api.sendMessage(chatId, html, { parse_mode: "HTML" }),
  });
  const t = performance.now();
  while ((await sender.step()) !== undefined) {}
  const seconds = (performance.now() - t) / 1000;
  const sent = store.outbox.counts().sent;
  console.log(
    `outbox to telegram-test-api, pacing off: ${sent} messages in ${seconds.toFixed(2)} s = ${Math.round(sent / seconds)} messages/s ` +
      `(one request at a time; with pacing on, the limit is 30/s)`,
  );
  store.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** Runs both measurements. */
export default async function (): Promise<void> {
  await matching();
  await throughput();
}
