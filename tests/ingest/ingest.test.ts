import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emptyFactBase, loadFactBase } from "../../src/facts/io.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import { silentLog } from "../../src/ingest/log.ts";
import { readSources } from "../../src/ingest/sources.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { LOCAL_FETCHES, newsPage, startWebServer, type WebServer } from "./web-server.ts";

const KOSHANOV =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana on 5 May 2026.";

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

let dir: string;
let store: Store;
let answerer: Answerer;
let ingester: Ingester;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "parlbot-ingest-"));
  store = openStore(join(dir, "db.sqlite"));
  answerer = new Answerer(emptyFactBase());
  ingester = new Ingester({ store, answerer, factsPath: join(dir, "facts.json"), log: silentLog });
  return () => store.close();
});

describe("reading sources", () => {
  it("reads a file, a folder and a page URL, and reports what it cannot read", async () => {
    const folder = join(dir, "in");
    mkdirSync(folder);
    for (const f of readdirSync("seeds")) copyFileSync(join("seeds", f), join(folder, f));
    writeFileSync(join(folder, "empty.txt"), "");
    const file = join(dir, "new.txt");
    writeFileSync(file, `${KOSHANOV}\n\nThe sides signed a memorandum of cooperation.\n`);
    web.routes.set("/news/koshanov", {
      body: newsPage(
        "Koshanov meets Amarbayasgalan",
        [KOSHANOV, "They discussed trade and parliamentary ties in detail."],
        "2026-05-05",
      ),
    });
    const read = await readSources(
      [file, folder, `${web.url}/news/koshanov`, join(dir, "missing.txt"), `${web.url}/nothing`],
      LOCAL_FETCHES,
    );
    expect(read.articles.map((a) => a.article.id)).toEqual([
      "new",
      "000_b98667806ce51fdf",
      "002_7cc806be61273fe2",
      "127.0.0.1/news/koshanov",
    ]);
    const page = read.articles[3]?.article;
    expect(page).toMatchObject({
      url: `${web.url}/news/koshanov`,
      title: "Koshanov meets Amarbayasgalan",
      published: "2026-05-05",
    });
    expect(page?.paragraphs.flat()).toContain(KOSHANOV);
    // Navigation, asides and footers are not article text.
    expect(page?.paragraphs.flat().join(" ")).not.toMatch(/Football|rights reserved|Politics/);
    expect(read.problems.map((p) => p.source)).toEqual([
      "empty.txt",
      join(dir, "missing.txt"),
      `${web.url}/nothing`,
    ]);
    expect(read.problems[2]?.reason).toMatch(/HTTP 404/);
  });

  it("refuses what is not http(s), too large, not a page, or too slow", async () => {
    web.routes.set("/big", { body: "x".repeat(3 * 1024 * 1024) });
    web.routes.set("/image", { type: "image/png", body: "\x89PNG" });
    web.routes.set("/slow", { hang: true, body: "" });
    const read = await readSources(
      ["ftp://example.test/a.txt", `${web.url}/big`, `${web.url}/image`],
      LOCAL_FETCHES,
    );
    expect(read.articles).toEqual([]);
    expect(read.problems.map((p) => p.reason)).toEqual([
      "only http(s) URLs can be ingested",
      expect.stringMatching(/too large/),
      expect.stringMatching(/not a web page/),
    ]);
    // A short timeout only for the page that never answers: on a loaded machine the 3 MB page
    // above can take longer than that, and would then be reported as slow instead of too large.
    const slow = await readSources([`${web.url}/slow`], { ...LOCAL_FETCHES, timeoutMs: 300 });
    expect(slow.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/timed out/)]);
  });
});

describe("the ingester", () => {
  it("adds new articles to the fact base file and never the same one twice (same URL or same text)", async () => {
    const file = join(dir, "new.txt");
    writeFileSync(file, `${KOSHANOV}\n`);
    web.routes.set("/a", {
      body: newsPage("A", [KOSHANOV, "Another paragraph of this report follows here."]),
    });
    const first = await readSources([file, `${web.url}/a`], LOCAL_FETCHES);
    expect(ingester.ingest(first.articles).added.map((a) => a.id)).toEqual(["new", "127.0.0.1/a"]);
    expect(loadFactBase(join(dir, "facts.json")).articles.map((a) => a.id)).toEqual(["new", "127.0.0.1/a"]);
    expect(answerer.facts().articles).toHaveLength(2); // answers see it without a restart

    // The same text under another name, the same URL with a changed page: both already ingested.
    const copy = join(dir, "copy.txt");
    writeFileSync(copy, `${KOSHANOV}\n`);
    web.routes.set("/a", {
      body: newsPage("A", ["The page was edited.", "It now says something else entirely."]),
    });
    const again = await readSources([copy, `${web.url}/a`], LOCAL_FETCHES);
    const result = ingester.ingest(again.articles);
    expect(result.added).toEqual([]);
    expect(result.duplicates).toEqual([copy, `${web.url}/a`]);
    expect(loadFactBase(join(dir, "facts.json")).articles).toHaveLength(2);
  });

  it("heals a fact base file that lost articles the database recorded (a crash between the two)", async () => {
    const file = join(dir, "new.txt");
    writeFileSync(file, `${KOSHANOV}\n`);
    ingester.ingest((await readSources([file])).articles);
    // Restart with a fact base that lacks the article, as if the process died before writing it.
    const fresh = new Answerer(emptyFactBase());
    const restarted = new Ingester({
      store,
      answerer: fresh,
      factsPath: join(dir, "facts.json"),
      log: silentLog,
    });
    expect(restarted.reconcile()).toBe(1);
    expect(fresh.facts().articles.map((a) => a.id)).toEqual(["new"]);
    expect(loadFactBase(join(dir, "facts.json")).articles.map((a) => a.id)).toEqual(["new"]);
    expect(restarted.reconcile()).toBe(0);
  });

  it("skips an article the rules cannot read, with a warning, and ingests the rest of its batch", async () => {
    const warnings: string[] = [];
    const warned = new Ingester({
      store,
      answerer,
      factsPath: join(dir, "facts.json"),
      log: { ...silentLog, warn: (m) => warnings.push(m) },
    });
    const read = await readSources([
      join("seeds", readdirSync("seeds").find((f) => f.endsWith(".txt")) ?? ""),
    ]);
    const good = read.articles[0];
    if (!good) throw new Error("no seed article");
    const file = join(dir, "new.txt");
    writeFileSync(file, `${KOSHANOV}\n`);
    const other = (await readSources([file])).articles[0];
    if (!other) throw new Error("no article");
    // An article as no reader makes it (its paragraphs missing): extraction throws on it.
    const broken = {
      source: "inbox/broken.txt",
      article: { ...other.article, id: "broken", hash: "broken-hash", paragraphs: undefined },
    } as unknown as typeof other;
    const result = warned.ingest([good, broken, other]);
    expect(result.added.map((a) => a.id)).toEqual([good.article.id, "new"]);
    expect(warnings).toEqual([expect.stringMatching(/^ingest: broken skipped/)]);
    expect(loadFactBase(join(dir, "facts.json")).articles.map((a) => a.id)).toEqual([good.article.id, "new"]);
    // A later catch-up meets the recorded article again: it warns, and does not throw.
    expect(() => warned.reconcile({ force: true })).not.toThrow();
  });
});
