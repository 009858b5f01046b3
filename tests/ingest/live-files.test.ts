/**
 * Nothing a running bot or `parlbot ingest` does changes a tracked file: the committed fact base
 * (data/facts.json) stays what `parlbot extract` made; the live base, the inbox and the database
 * live in data/live/ (ignored by git). Runs the real command in a scratch copy of the project's
 * data folder, with every path left at its default as a new operator has it.
 */
import { execFile } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadFactBase } from "../../src/facts/io.ts";
import { waitFor } from "../bot/helpers.ts";
import { ROOT, startParlbot } from "../bot/launch.ts";

const run = promisify(execFile);
const BIN = join(ROOT, "bin/parlbot.js");
/** A meeting sentence with invented names. */
const meeting = (who: string, where: string) =>
  `Speaker of the Majilis Erlan Koshanov met with Speaker of the Parliament of Mongolia ${who} in ${where} on 5 May 2026.\n`;

/** Every path variable unset, so the defaults apply. */
const DEFAULTS_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  FACTS_PATH: "",
  BASE_FACTS_PATH: "",
  DATABASE_PATH: "",
  INBOX_DIR: "",
  TELEGRAM_BOT_TOKEN: "",
  FEED_URLS: "",
  LOG_LEVEL: "",
};

/** A scratch project folder with the committed fact base, as a fresh clone has it. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-live-"));
  mkdirSync(join(dir, "data"));
  copyFileSync(join(ROOT, "data/facts.json"), join(dir, "data/facts.json"));
  return dir;
}

const fingerprint = (path: string) => `${readFileSync(path, "utf8")}@${statSync(path).mtimeMs}`;
const articleFiles = (path: string) => loadFactBase(path).articles.map((a) => a.file ?? a.id);
const temporaries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

function parlbot(cwd: string, args: string[]) {
  return run("node", [BIN, ...args], { cwd, env: DEFAULTS_ENV });
}

describe("files written at run time", () => {
  it("ingest, the inbox and a running bot write only under data/live/; the bot picks up a re-extracted base", async () => {
    const dir = project();
    const committed = join(dir, "data/facts.json");
    const live = join(dir, "data/live/facts.json");
    const before = fingerprint(committed);
    const seeds = articleFiles(committed);
    // An interrupted write of the live base from an earlier run (its process is gone).
    mkdirSync(join(dir, "data/live"), { recursive: true });
    writeFileSync(join(dir, "data/live/facts.json.4194999.deadbeef.tmp"), "{");

    writeFileSync(join(dir, "first.txt"), meeting("Bold Ganbaatar", "Astana"));
    const ingested = await parlbot(dir, ["ingest", "first.txt"]);
    expect(ingested.stdout).toMatch(/^1 article\(s\) added.*→ data\/live\/facts\.json/);
    expect(fingerprint(committed)).toBe(before);
    expect(articleFiles(live)).toEqual([...seeds, "first.txt"]);
    expect(existsSync(join(dir, "data/live/parlbot.sqlite"))).toBe(true);
    expect(temporaries(join(dir, "data/live"))).toEqual([]);

    // The terminal chat (no token) runs the inbox watcher too, on data/live/inbox.
    const bot = startParlbot({ cwd: dir });
    try {
      await waitFor(() => existsSync(join(dir, "data/live/inbox")), "the inbox folder");
      writeFileSync(join(dir, "data/live/inbox/second.txt"), meeting("Tsend Munkh", "Ulaanbaatar"));
      await waitFor(() => articleFiles(live).includes("second.txt"), "the inbox file ingested", 30_000);
      expect(fingerprint(committed)).toBe(before);

      // `parlbot extract` rewrites the committed base from another corpus: the running bot
      // reloads it and puts the two ingested articles back, without a restart.
      mkdirSync(join(dir, "corpus"));
      writeFileSync(join(dir, "corpus/third.txt"), meeting("Zorig Erdene", "Darkhan"));
      await parlbot(dir, ["extract", "--corpus", "corpus"]);
      expect(articleFiles(committed)).toEqual(["third.txt"]);
      await waitFor(
        () => articleFiles(live).sort().join() === ["first.txt", "second.txt", "third.txt"].join(),
        "the live base rebuilt",
        30_000,
      );
      bot.child.stdin?.write("who met Zorig Erdene?\n");
      await waitFor(
        () => bot.out.stdout.includes("third.txt"),
        "an answer from the re-extracted base",
        30_000,
      );
    } finally {
      bot.child.stdin?.end();
      await Promise.race([bot.exit, new Promise((r) => setTimeout(r, 10_000))]);
      bot.kill("SIGKILL");
    }
    expect(temporaries(join(dir, "data/live"))).toEqual([]);
    expect(temporaries(join(dir, "data"))).toEqual([]);
  }, 120_000);

  it("extract leaves its output untouched when the facts did not change", async () => {
    const dir = project();
    mkdirSync(join(dir, "corpus"));
    writeFileSync(join(dir, "corpus/one.txt"), meeting("Bold Ganbaatar", "Astana"));
    const out = join(dir, "data/facts.json");
    const first = await parlbot(dir, ["extract", "--corpus", "corpus"]);
    expect(first.stdout).not.toContain("(unchanged)");
    const written = fingerprint(out);
    await new Promise((r) => setTimeout(r, 20)); // a rewrite would get a later mtime
    const second = await parlbot(dir, ["extract", "--corpus", "corpus"]);
    expect(second.stdout).toContain("(unchanged)");
    expect(fingerprint(out)).toBe(written);
    // A change in the facts is written.
    writeFileSync(join(dir, "corpus/two.txt"), meeting("Tsend Munkh", "Ulaanbaatar"));
    await parlbot(dir, ["extract", "--corpus", "corpus"]);
    expect(articleFiles(out)).toEqual(["one.txt", "two.txt"]);
  }, 60_000);

  it("after extract replaced the base, ingest says how many articles it restored", async () => {
    const dir = project();
    writeFileSync(join(dir, "a.txt"), meeting("Bold Ganbaatar", "Astana"));
    writeFileSync(join(dir, "b.txt"), meeting("Tsend Munkh", "Ulaanbaatar"));
    await parlbot(dir, ["ingest", "a.txt", "b.txt"]);
    mkdirSync(join(dir, "corpus"));
    writeFileSync(join(dir, "corpus/c.txt"), meeting("Zorig Erdene", "Darkhan"));
    await parlbot(dir, ["extract", "--corpus", "corpus"]);
    const again = await parlbot(dir, ["ingest", "a.txt"]);
    expect(again.stdout).toMatch(/^0 article\(s\) added, 1 already ingested, 2 restored from the database/);
    expect(articleFiles(join(dir, "data/live/facts.json")).sort()).toEqual(["a.txt", "b.txt", "c.txt"]);
  }, 60_000);
});
