/**
 * The `parlbot` command as a new user meets it: the real bin, run in a child process. --version,
 * `extract --corpus` given one file (or something that is neither a folder nor an article),
 * `ask ""`, and `ask` with no question on a terminal (a pseudo-terminal made by `script`).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("the parlbot command", () => {
  it("prints its version with --version", () => {
    const r = run(["--version"]);
    expect(r.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it("extracts one article file given as --corpus", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-cmd-"));
    const seed = readdirSync("seeds").find((f) => f.endsWith(".txt"));
    if (!seed) throw new Error("no seed article");
    copyFileSync(join("seeds", seed), join(dir, seed));
    const out = join(dir, "facts.json");
    const r = run(["extract", "--corpus", join(dir, seed), "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1 articles, \d+ people, [1-9]\d* meetings, 0 skipped/);
    const base = JSON.parse(readFileSync(out, "utf8"));
    expect(base.articles.map((a: { file: string }) => a.file)).toEqual([seed]);
  });

  it("says plainly what --corpus wants when given another file or nothing that exists", () => {
    const dir = mkdtempSync(join(tmpdir(), "parlbot-cmd-"));
    const notes = join(dir, "notes.json");
    writeFileSync(notes, "{}");
    const out = join(dir, "facts.json");
    const wrong = run(["extract", "--corpus", notes, "--out", out]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/not a folder of \.txt articles or a \.txt article file/);
    expect(wrong.stderr).not.toMatch(/ENOTDIR|ENOENT|\n\s+at /);
    const missing = run(["extract", "--corpus", join(dir, "nowhere"), "--out", out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such folder or file/);
    expect(existsSync(out)).toBe(false);
  });

  it('answers `ask ""` with the help at once, without waiting for standard input', () => {
    // No input is given and stdin stays open: a command that read it would time out.
    const r = spawnSync(process.execPath, [bin, "ask", ""], {
      encoding: "utf8",
      timeout: 30_000,
      stdio: "pipe",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Ask me about/);
    expect(r.stdout).toMatch(/Usage: parlbot ask/);
  });

  it("prompts for questions when `ask` has none and standard input is a terminal", () => {
    // `script` runs the command on a pseudo-terminal and passes our input to it.
    const r = spawnSync("script", ["-qec", `${process.execPath} ${bin} ask`, "/dev/null"], {
      input: "who met Koshanov?\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stdout).toMatch(/Type a question and press Enter/);
    expect(r.stdout).toMatch(/\? /);
    expect(r.stdout).toMatch(/Koshanov[^\n]*met:/);
  });
});
