import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyFactBase } from "../../src/facts/io.ts";
import { FeedPoller } from "../../src/ingest/feed-poller.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import { type Log, silentLog } from "../../src/ingest/log.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore } from "../../src/store/index.ts";
import { LOCAL_FETCHES, newsPage, startWebServer, type WebServer } from "./web-server.ts";

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

function rss(items: { title: string; path: string }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test News</title><link>${web.url}</link>
${items.map((i) => `<item><title>${i.title}</title><link>${web.url}${i.path}</link><guid>${web.url}${i.path}</guid><pubDate>Tue, 05 May 2026 10:00:00 GMT</pubDate></item>`).join("\n")}
</channel></rss>`;
}

const page = (who: string) =>
  newsPage(`${who} meets colleagues`, [
    `Speaker ${who} met with a delegation of the parliament of Mongolia in Astana on 5 May 2026.`,
    "The sides discussed interparliamentary cooperation and trade.",
  ]);

describe("feed poller", () => {
  it("ingests new items once, skips and logs a broken item and a broken feed, retries them later", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-feed-"));
    const store = openStore(join(dir, "db.sqlite"));
    const answerer = new Answerer(emptyFactBase());
    const warnings: string[] = [];
    const log: Log = { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
    const ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log });
    const batches: number[] = [];
    web.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: rss([
        { title: "One", path: "/one" },
        { title: "Two", path: "/two" },
        { title: "Three", path: "/three" },
      ]),
    });
    web.routes.set("/broken.xml", { type: "application/rss+xml", body: "<rss><channel><item>" });
    web.routes.set("/one", { body: page("Alpha Bravo") });
    web.routes.set("/two", { status: 500, body: "server error" });
    web.routes.set("/three", { body: page("Charlie Delta") });
    const poller = new FeedPoller({
      urls: [`${web.url}/broken.xml`, `${web.url}/feed.xml`],
      intervalMs: 60_000,
      feedItems: store.feedItems,
      articles: store.articles,
      ingest: (batch) => {
        batches.push(batch.length);
        return ingester.ingest(batch);
      },
      log,
      limits: LOCAL_FETCHES,
    });

    expect(await poller.poll()).toEqual({ ingested: 2, failedItems: 1, failedFeeds: 1 });
    expect(answerer.facts().articles.map((a) => a.url)).toEqual([`${web.url}/one`, `${web.url}/three`]);
    expect(batches).toEqual([2]); // one batch per poll: subscribers get one digest
    expect(warnings.some((w) => w.includes("broken.xml"))).toBe(true);
    expect(warnings.some((w) => w.includes(`${web.url}/two`) && w.includes("HTTP 500"))).toBe(true);

    // Next poll: the done items are not fetched again; the broken one is retried and now works.
    web.routes.set("/two", { body: page("Echo Foxtrot") });
    expect(await poller.poll()).toEqual({ ingested: 1, failedItems: 0, failedFeeds: 1 });
    expect(web.hits.get("/one")).toBe(1);
    expect(web.hits.get("/three")).toBe(1);
    expect(web.hits.get("/two")).toBe(2);
    expect(answerer.facts().articles.map((a) => a.url)).toEqual([
      `${web.url}/one`,
      `${web.url}/three`,
      `${web.url}/two`,
    ]);

    // A third poll changes nothing.
    expect(await poller.poll()).toEqual({ ingested: 0, failedItems: 0, failedFeeds: 1 });
    expect(answerer.facts().articles).toHaveLength(3);
    store.close();
  });

  it("gives an item up after repeated failures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-feed-"));
    const store = openStore(join(dir, "db.sqlite"));
    web.routes.set("/feed2.xml", {
      type: "application/rss+xml",
      body: rss([{ title: "Gone", path: "/gone" }]),
    });
    const poller = new FeedPoller({
      urls: [`${web.url}/feed2.xml`],
      intervalMs: 60_000,
      feedItems: store.feedItems,
      articles: store.articles,
      ingest: () => undefined,
      log: { info() {}, warn() {}, error() {} },
      limits: LOCAL_FETCHES,
      maxItemAttempts: 2,
    });
    await poller.poll();
    await poller.poll();
    await poller.poll();
    expect(web.hits.get("/gone")).toBe(2);
    expect(store.feedItems.state(`${web.url}/feed2.xml`, `${web.url}/gone`)?.state).toBe("given-up");
    store.close();
  });

  it("reads Atom feeds too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-feed-"));
    const store = openStore(join(dir, "db.sqlite"));
    const answerer = new Answerer(emptyFactBase());
    const ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log: silentLog });
    web.routes.set("/atom.xml", {
      type: "application/atom+xml",
      body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Golf Hotel</title><link href="${web.url}/atom-one"/><id>urn:atom-one</id><updated>2026-05-06T10:00:00Z</updated></entry></feed>`,
    });
    web.routes.set("/atom-one", { body: page("Golf Hotel") });
    const poller = new FeedPoller({
      urls: [`${web.url}/atom.xml`],
      intervalMs: 60_000,
      feedItems: store.feedItems,
      articles: store.articles,
      ingest: (batch) => ingester.ingest(batch),
      log: silentLog,
      limits: LOCAL_FETCHES,
    });
    expect(await poller.poll()).toEqual({ ingested: 1, failedItems: 0, failedFeeds: 0 });
    expect(answerer.facts().articles.map((a) => [a.url, a.published])).toEqual([
      [`${web.url}/atom-one`, "2026-05-06"],
    ]);
    store.close();
  });
});
