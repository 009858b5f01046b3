/**
 * The command on odd input, as a user meets it (the real bin in a child process): a corpus folder
 * with bad files among good ones, and `parlbot ask` with questions that are empty, very long, only
 * emoji, or not text at all. Names here are invented.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });

const REPORT = (name: string) =>
  `date 2024-03-12\nSpeakers meet\n\nThe Chairman of the Velmar Assembly Oskar ${name} met with the Speaker of the Tarnish Parliament Ilse Varga in Korvath.\n`;

describe("parlbot extract --corpus DIR with bad files among good ones", () => {
  it("reads the good ones, warns of each bad one and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-odd-cli-"));
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "a.txt"), REPORT("Dennet"));
    writeFileSync(join(corpus, "b.txt"), Buffer.from([0x4f, 0x00, 0x44])); // NUL: a binary file
    writeFileSync(join(corpus, "c.txt"), " \r\n\t\r\n"); // only white space, CRLF
    writeFileSync(join(corpus, "d.txt"), REPORT("Dorn").replace(/\n/g, "\r\n"));
    writeFileSync(join(corpus, "d.meta.json"), '{"published": "2024-02-31"}'); // no such day: ignored
    writeFileSync(join(corpus, "e.txt"), "KORVATH. VELPRESS –\n"); // a dateline alone
    writeFileSync(join(corpus, "f.txt"), `${"Velmar (".repeat(5000)} met`); // no sentence in 40 KB
    const out = join(dir, "facts.json");
    const r = run(["extract", "--corpus", corpus, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/warning: skipped b\.txt: binary/);
    expect(r.stderr).toMatch(/warning: skipped c\.txt: empty/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toMatch(/^4 articles, \d+ people, 2 meetings, 2 skipped/);
    const base = JSON.parse(readFileSync(out, "utf8"));
    expect(base.articles.map((a: { id: string; published?: string }) => [a.id, a.published])).toEqual([
      ["a", "2024-03-12"],
      ["d", "2024-03-12"],
      ["e", undefined],
      ["f", undefined],
    ]);
  });
});

describe("parlbot ask with odd questions", () => {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-odd-ask-"));
  writeFileSync(join(dir, "a.txt"), REPORT("Dennet"));

  it("answers each line with a helpful reply: empty, 10,000 characters, only emoji, bytes that are no text", () => {
    const lines = ["", "who met Dennet? ".repeat(625), "😀🙂👩‍👩‍👧", "\u0000\u001b[2J"];
    // A lone surrogate as a terminal would pass it: its three bytes, which are no UTF-8.
    const input = Buffer.concat([
      Buffer.from(`${lines.join("\n")}\n`),
      Buffer.from([0xed, 0xa0, 0x80, 0x0a]),
    ]);
    const r = run(["ask", "--corpus", dir, "--format", "jsonl"], input);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const answers = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { text: string });
    expect(answers).toHaveLength(5);
    const [empty, long, emoji, controls, surrogate] = answers.map((a) => a.text);
    expect(empty).toMatch(/I answer questions about .*Try: /);
    expect(long).toMatch(/Oskar Dennet.*met/);
    expect(long).toContain("Ilse Varga");
    for (const text of [emoji, controls, surrogate]) expect(text).toMatch(/Try: .*who met/);
  });

  it("answers code with what it knows, a nod with a nod, and an impossible stored day as it is", () => {
    const lines = ["'; DROP TABLE users; --", "SELECT * FROM meetings", "ok", "who met DENNET?"];
    const r = run(["ask", "--corpus", dir, "--format", "jsonl"], `${lines.join("\n")}\n`);
    expect(r.status).toBe(0);
    const [drop, select, ok, caps] = r.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const text of [drop, select])
      expect(text).toMatch(/^I only know about meetings of parliament leaders/);
    expect(ok).toMatch(/^OK! .*Try: “[^”]*”\.$/);
    expect(caps).toMatch(/Oskar Dennet.*met/);

    // A fact base written by an older version, holding a day that does not exist.
    const facts = join(dir, "old-facts.json");
    expect(run(["extract", "--corpus", dir, "--out", facts, "--quiet"]).status).toBe(0);
    writeFileSync(facts, readFileSync(facts, "utf8").replaceAll("2024-03-12", "2024-13-05"));
    const old = run(["ask", "--facts", facts, "who met Dennet?"]);
    expect(old.stdout).toContain("2024-13-05");
    expect(old.stdout).not.toMatch(/undefined|NaN/);
  });

  it("answers a question given as an argument of only emoji with the help", () => {
    const r = run(["ask", "--corpus", dir, "😀😀"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Try: .*who met/);
  });
});
