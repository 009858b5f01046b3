import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveFactBase } from "../../src/facts/io.ts";
import { fixtureBase } from "./fixture.ts";

// `parlbot ask` exactly as a user runs it: the real bin, a fact base file, stdin and stdout.
const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");
let dir: string;
let facts: string;

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, "ask", ...args], { input, encoding: "utf8", timeout: 60_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parlbot-ask-"));
  facts = join(dir, "facts.json");
  saveFactBase(facts, fixtureBase());
});

describe("parlbot ask", () => {
  it("answers one question given as arguments, as plain text", () => {
    const r = run(["--facts", facts, "who", "met", "Koshanov?"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Dashzegve Amarbayasgalan");
    expect(r.stdout).toContain("https://news.example.org/mongolia");
  });

  it("answers one question a line from stdin in jsonl, in order, an empty line included", () => {
    const r = run(["--facts", facts, "--format", "jsonl"], "who met Koshanov?\n\nwho met Obama?\nКошанов\n");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(["who met Koshanov?", "", "who met Obama?", "Кошанов"]);
    expect(Object.keys(answers[0]).sort()).toEqual(["parsed", "question", "sources", "text"]);
    expect(answers[0].sources).toEqual([
      {
        articleId: "a-mongolia",
        file: "mongolia.txt",
        url: "https://news.example.org/mongolia",
        published: "2025-09-04",
      },
    ]);
    expect(answers[0].parsed.intent).toBe("who-met");
    expect(answers[1].text).toContain("I answer questions about");
    expect(answers[2].text).toContain("I don't know");
    expect(answers[3].text).toContain("Amarbayasgalan");
  });

  it("extracts a corpus folder on the fly with --corpus", () => {
    const corpus = join(dir, "corpus");
    spawnSync("mkdir", ["-p", corpus]);
    writeFileSync(join(corpus, "one.txt"), "ASTANA. KAZINFORM – The Speaker met a delegation.\n");
    const r = run(["--corpus", corpus, "--format", "jsonl", "who met Obama?"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toContain("I don't know");
  });

  it("fails clearly when the fact base is missing or is not one", () => {
    const missing = run(["--facts", join(dir, "nope.json"), "who met Koshanov?"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("cannot read the fact base");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{not json");
    const broken = run(["--facts", bad, "who met Koshanov?"]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("not valid JSON");
  });

  it("says there is no more to show when asked for more with no earlier answer, quoting nothing", () => {
    const r = run(["--facts", facts, "more"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^There is no more to show\. Ask me a question, for example: “.+”\.\n/);
    expect(r.stdout).not.toContain("Source");
  });

  it("goes on with the last answer from stdin when it has more pages, as the bot does; past them, nothing", () => {
    const paged = join(dir, "paged.json");
    saveFactBase(paged, fixtureBase(12));
    const r = run(
      ["--facts", paged, "--format", "jsonl"],
      "who met Koshanov?\nmore\nnext page\nmore\nmore\n",
    );
    const answers = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual([
      "who met Koshanov?",
      "more",
      "next page",
      "more",
      "more",
    ]);
    expect(answers[0].text).toMatch(/…and \d+ more/);
    expect(answers[1].text).not.toBe(answers[0].text);
    expect(answers[1].text).toContain("Guestov");
    expect(answers[1].sources.length).toBeGreaterThan(0);
    // Three pages in all (13 counterparts, five a page): the fourth "more" has nothing left to show.
    expect(answers[3].text).toMatch(/^There is no more to show/);
    expect(answers[4].text).toMatch(/^There is no more to show/);
  });
});
