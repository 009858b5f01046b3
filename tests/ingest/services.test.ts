import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyFactBase, loadFactBase } from "../../src/facts/io.ts";
import { silentLog } from "../../src/ingest/log.ts";
import { type Subscriptions, startSubscriptionServices } from "../../src/ingest/services.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore } from "../../src/store/index.ts";
import { startTelegram, type TestTelegram, waitFor } from "../subscriptions/telegram.ts";

const TOKEN = "123456:services-test";
const SENTENCE =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana on 5 May 2026.";

let telegram: TestTelegram;
beforeAll(async () => {
  telegram = await startTelegram();
});
afterAll(() => telegram.close());

function setup(options: { inbox?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-services-"));
  const inboxDir = join(dir, "inbox");
  mkdirSync(inboxDir);
  const answerer = new Answerer(emptyFactBase());
  const start = () =>
    startSubscriptionServices({
      api: new Api(TOKEN, { apiRoot: telegram.apiRoot }),
      answerer,
      options: {
        databasePath: join(dir, "db.sqlite"),
        factsPath: join(dir, "facts.json"),
        inboxDir: options.inbox === false ? undefined : inboxDir,
        pacing: { perSecond: 0, chatIntervalMs: 0 },
      },
      log: silentLog,
    });
  return { dir, inboxDir, answerer, start };
}

describe("subscription services", () => {
  it("resume the outbox after a restart: nothing lost, nothing marked sent sent again", async () => {
    const { dir, start } = setup({ inbox: false });
    const store = openStore(join(dir, "db.sqlite"));
    store.outbox.enqueue(
      [301, 302, 303].map((chatId) => ({ chatId, dedupeKey: `k${chatId}`, html: `hello ${chatId}` })),
    );
    const [first, second] = store.outbox.due(Date.now(), 10);
    store.outbox.claim(first?.id ?? 0);
    store.outbox.markSent(first?.id ?? 0, 1); // delivered before the crash
    store.outbox.claim(second?.id ?? 0); // in flight when the process died
    store.close();

    const services: Subscriptions = start();
    await waitFor("the outbox to drain", () => services.store.outbox.counts().sent === 3);
    await services.stop();
    expect(telegram.sentTo(301)).toEqual([]);
    expect(telegram.sentTo(302).map((m) => m.text)).toEqual(["hello 302"]);
    expect(telegram.sentTo(303).map((m) => m.text)).toEqual(["hello 303"]);
  });

  it("ingest a file dropped into the inbox into the fact base, once", async () => {
    const { dir, inboxDir, answerer, start } = setup();
    const services = start();
    writeFileSync(join(inboxDir, "koshanov.txt"), `${SENTENCE}\n`);
    await waitFor("the article to be ingested", () => answerer.facts().articles.length === 1);
    expect(loadFactBase(join(dir, "facts.json")).articles.map((a) => a.id)).toEqual(["koshanov"]);
    // The same text again under another name is not ingested twice.
    writeFileSync(join(inboxDir, "copy.txt"), `${SENTENCE}\n`);
    writeFileSync(
      join(inboxDir, "other.txt"),
      "The Senate of Kazakhstan held a plenary session in Astana today.\n",
    );
    await waitFor("the other article", () => answerer.facts().articles.length === 2);
    expect(answerer.facts().articles.map((a) => a.id)).toEqual(["koshanov", "other"]);
    await services.stop();
  });

  it("notify the subscriber, and only the subscriber, once per new article, with its source", async () => {
    const { inboxDir, start } = setup();
    const services = start();
    services.store.subscriptions.add(401, { kind: "all", key: "", label: "every new meeting" });
    services.store.subscriptions.add(402, { kind: "name", key: "volodin", label: "Volodin" });
    writeFileSync(join(inboxDir, "koshanov.txt"), `${SENTENCE}\n`);
    await waitFor("the notification", () => telegram.sentTo(401).length === 1);
    await waitFor("the outbox to drain", () => services.store.outbox.counts().pending === 0);
    expect(telegram.sentTo(401)[0]?.text).toMatch(/Koshanov/);
    expect(telegram.sentTo(401)[0]?.text).toMatch(/Source/);
    expect(telegram.sentTo(402)).toEqual([]);

    // Three articles at once: one digest.
    for (const [i, place] of ["Almaty", "Shymkent", "Aktau"].entries()) {
      writeFileSync(join(inboxDir, `more-${i}.txt`), `${SENTENCE.replace("Astana", place)}\n`);
    }
    await waitFor("the digest", () => telegram.sentTo(401).length === 2);
    expect(telegram.sentTo(401)[1]?.text).toMatch(/3 new articles/);
    await services.stop();
    expect(telegram.sentTo(401)).toHaveLength(2);
  });
});
