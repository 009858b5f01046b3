import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFactBase } from "../../src/facts/io.ts";
import { openStore } from "../../src/store/index.ts";
import { newsPage, startWebServer, type WebServer } from "./web-server.ts";

const run = promisify(execFile);
const SENTENCE =
  "Speaker of the Majilis Erlan Koshanov met with Speaker of the State Great Khural of Mongolia Dashzegve Amarbayasgalan in Astana on 5 May 2026.";

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(() => web.close());

// Runs the real command, as a user would; returns exit code and output.
async function parlbot(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run("node", ["bin/parlbot.js", ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("parlbot ingest", () => {
  it("adds a file, the seeds folder and a page to the fact base, reports what it skipped, and never adds twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-cli-"));
    // FETCH_ALLOW_PRIVATE: the page server is on 127.0.0.1.
    const env = {
      DATABASE_PATH: join(dir, "db.sqlite"),
      FACTS_PATH: join(dir, "facts.json"),
      // No committed base to start from: the live base starts empty.
      BASE_FACTS_PATH: join(dir, "no-base.json"),
      FETCH_ALLOW_PRIVATE: "1",
    };
    const file = join(dir, "new.txt");
    writeFileSync(file, `${SENTENCE}\n`);
    web.routes.set("/page", {
      body: newsPage("Speakers meet", [SENTENCE, "They signed a memorandum of cooperation."]),
    });
    const first = await parlbot(["ingest", file, "seeds", `${web.url}/page`, join(dir, "nothing.txt")], env);
    expect(first.stderr).toMatch(/skipped .*nothing\.txt: no such file or folder/);
    expect(first.code).toBe(2);
    // The page repeats the file's sentence but is a different text, so it is a different article.
    expect(first.stdout).toMatch(/^4 article\(s\) added, 1 skipped/);
    // Each article as a person knows it: the page by its title and site, a seed by its dateline's agency.
    expect(first.stdout).toContain("\n  “Speakers meet”, Test News\n");
    expect(first.stdout).toMatch(/\n {2}\S+\.txt, KAZINFORM\n/);
    const base = loadFactBase(env.FACTS_PATH);
    expect(base.articles.map((a) => a.id)).toEqual([
      "new",
      "000_b98667806ce51fdf",
      "002_7cc806be61273fe2",
      "127.0.0.1/page",
    ]);
    const store = openStore(env.DATABASE_PATH);
    expect(store.articles.count()).toBe(4);
    store.close();

    const again = await parlbot(["ingest", file, `${web.url}/page`], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^0 article\(s\) added, 2 already ingested/);
    expect(loadFactBase(env.FACTS_PATH).articles).toHaveLength(4);
  });

  it("exits 1 with a clear message when the fact base is not one, and changes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-cli-"));
    const facts = join(dir, "facts.json");
    writeFileSync(facts, "{ not json");
    const result = await parlbot(["ingest", "--facts", facts, "seeds"], {
      DATABASE_PATH: join(dir, "db.sqlite"),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not valid JSON/);
    expect(readFileSync(facts, "utf8")).toBe("{ not json");
  });
});
