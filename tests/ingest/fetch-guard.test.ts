/**
 * Fetches from outside input (feed items, /ingest, `parlbot ingest URL`) must not reach the
 * machine itself or its private network, on the first request or after any redirect, whatever
 * name or address form points there. The local test servers stand in for "internal" hosts; only
 * the host each test names is let through, so every other hop meets the default rule.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.ts";
import { emptyFactBase } from "../../src/facts/io.ts";
import { FeedPoller } from "../../src/ingest/feed-poller.ts";
import { DEFAULT_FETCH_LIMITS, fetchText } from "../../src/ingest/fetch.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import type { Log } from "../../src/ingest/log.ts";
import { isPublicAddress } from "../../src/ingest/public-address.ts";
import { readSources } from "../../src/ingest/sources.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore } from "../../src/store/index.ts";
import { newsPage, startWebServer, type WebServer } from "./web-server.ts";

let feeds: WebServer;
let internal: WebServer;
const SECRET = "INTERNAL-ONLY: db_password=hunter2-swordfish";
beforeAll(async () => {
  feeds = await startWebServer();
  internal = await startWebServer();
  internal.routes.set("/admin", { type: "text/plain", body: `${SECRET}\n`.repeat(5) });
});
afterAll(async () => {
  await feeds.close();
  await internal.close();
});

const port = (server: WebServer) => new URL(server.url).port;
/** Only the feed server's host (as written in its URL) is let through. */
const feedHostOnly = { ...DEFAULT_FETCH_LIMITS, allowPrivateHosts: ["127.0.0.1"] };

describe("public addresses", () => {
  it.each([
    "127.0.0.1",
    "127.5.6.7",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "[::1]",
    "not an address",
  ])("refuses %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "::ffff:8.8.8.8"])("accepts %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it("allows private addresses only when the config's FETCH_ALLOW_PRIVATE is 1, which is off by default", () => {
    expect(parseConfig({}).fetchAllowPrivate).toBe(false);
    expect(parseConfig({ FETCH_ALLOW_PRIVATE: "" }).fetchAllowPrivate).toBe(false);
    expect(parseConfig({ FETCH_ALLOW_PRIVATE: "0" }).fetchAllowPrivate).toBe(false);
    expect(parseConfig({ FETCH_ALLOW_PRIVATE: "1" }).fetchAllowPrivate).toBe(true);
    expect(() => parseConfig({ FETCH_ALLOW_PRIVATE: "yes" })).toThrow(ConfigError);
  });
});

describe("guarded fetches", () => {
  it("refuses a loopback address by default, by literal, by name and by IPv4-mapped IPv6", async () => {
    // The setting reaches fetches only through the config: the environment alone opens nothing.
    vi.stubEnv("FETCH_ALLOW_PRIVATE", "1");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const p = port(internal);
    for (const url of [
      `${internal.url}/admin`,
      `http://localhost:${p}/admin`,
      `http://[::ffff:127.0.0.1]:${p}/admin`,
      `http://[::1]:${p}/admin`,
    ]) {
      await expect(fetchText(url), url).rejects.toThrow(/private or local address: refused/);
    }
    expect(internal.hits.get("/admin")).toBeUndefined();
  });

  it("fetches a local server when allowed", async () => {
    const page = await fetchText(`${internal.url}/admin`, { ...DEFAULT_FETCH_LIMITS, allowPrivate: true });
    expect(page.text).toContain("INTERNAL-ONLY");
  });

  it("checks every redirect hop", async () => {
    const p = port(internal);
    feeds.routes.set("/to-name", { redirect: `http://localhost:${p}/admin`, body: "" });
    feeds.routes.set("/to-mapped", { redirect: `http://[::ffff:7f00:1]:${p}/admin`, body: "" });
    feeds.routes.set("/to-allowed", { redirect: `${feeds.url}/page`, body: "" });
    feeds.routes.set("/page", { body: "fine" });
    const before = internal.hits.get("/admin") ?? 0;
    await expect(fetchText(`${feeds.url}/to-name`, feedHostOnly)).rejects.toThrow(/refused/);
    await expect(fetchText(`${feeds.url}/to-mapped`, feedHostOnly)).rejects.toThrow(/refused/);
    expect(internal.hits.get("/admin") ?? 0).toBe(before);
    // The allowed host itself still works through a redirect, so the refusals above are the rule's.
    expect((await fetchText(`${feeds.url}/to-allowed`, feedHostOnly)).text).toBe("fine");
  });

  it("a feed item redirecting to an internal page is not ingested, and its text cannot be asked for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-guard-"));
    const store = openStore(join(dir, "db.sqlite"));
    const answerer = new Answerer(emptyFactBase());
    const warnings: string[] = [];
    const log: Log = { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
    const ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log });
    feeds.routes.set("/feed.xml", {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>News</title><link>${feeds.url}/item</link><guid>item</guid></item></channel></rss>`,
    });
    feeds.routes.set("/item", { redirect: `http://localhost:${port(internal)}/admin`, body: "" });
    const poller = new FeedPoller({
      urls: [`${feeds.url}/feed.xml`],
      intervalMs: 60_000,
      feedItems: store.feedItems,
      articles: store.articles,
      ingest: (batch) => ingester.ingest(batch),
      log,
      limits: feedHostOnly,
    });
    const result = await poller.poll();
    expect(result).toMatchObject({ ingested: 0, failedItems: 1 });
    expect(warnings.join("\n")).toMatch(/refused/);
    expect(answerer.facts().articles).toHaveLength(0);
    expect(answerer.answer("db_password").text).not.toContain("hunter2");
    store.close();
  });
});

describe("what becomes an article", () => {
  it("only text/html and text/plain that is mostly printable", async () => {
    const allowed = { ...DEFAULT_FETCH_LIMITS, allowPrivate: true };
    const paragraph =
      "Speaker Alpha Bravo met with a delegation of the parliament of Mongolia in Astana on 5 May 2026.";
    feeds.routes.set("/json", { type: "application/json", body: JSON.stringify({ text: paragraph }) });
    feeds.routes.set("/xml", { type: "application/xml", body: `<doc>${paragraph}</doc>` });
    feeds.routes.set("/untyped", { type: "", body: paragraph });
    feeds.routes.set("/binary", {
      type: "text/plain",
      body: Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)).toString("latin1"),
    });
    feeds.routes.set("/plain", { type: "text/plain; charset=utf-8", body: `${paragraph}\n` });
    feeds.routes.set("/html", {
      body: newsPage("Alpha Bravo meets colleagues", [paragraph, "They discussed trade."]),
    });
    const read = await readSources(
      ["/json", "/xml", "/untyped", "/binary", "/plain", "/html"].map((p) => `${feeds.url}${p}`),
      allowed,
    );
    expect(read.problems.map((p) => new URL(p.source).pathname)).toEqual([
      "/json",
      "/xml",
      "/untyped",
      "/binary",
    ]);
    expect(read.problems.at(-1)?.reason).toMatch(/not readable text/);
    expect(read.articles.map((a) => new URL(a.source).pathname)).toEqual(["/plain", "/html"]);
  });
});
