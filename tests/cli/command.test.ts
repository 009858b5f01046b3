/**
 * The `parlbot` command as a new user meets it: the real bin, run in a child process. --version,
 * `extract --corpus` given one file (or something that is neither a folder nor an article),
 * `ask ""`, and `ask` with no question on a terminal (a pseudo-terminal made by `script`).
 */
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const bin = join(import.meta.dirname, "..", "..", "bin", "parlbot.js");

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });

/** `parlbot ask` at a terminal: what it printed, waiting for some of it, and typing to it. */
interface PromptSession {
  out: () => string;
  until: (what: RegExp) => Promise<void>;
  type: (text: string) => void;
}

/**
 * Runs `parlbot ask` with no question on a pseudo-terminal made by `script`, which passes what the test
 * types to it and keeps its input open until the command has ended, as a person's keyboard does.
 */
async function atPrompt(use: (session: PromptSession) => Promise<void>): Promise<void> {
  const child = spawn("script", ["-qec", `${process.execPath} ${bin} ask; echo EXITED=$?`, "/dev/null"]);
  let out = "";
  child.stdout.on("data", (d) => {
    out += String(d);
  });
  const exited = new Promise((resolve) => child.on("close", resolve));
  const until = async (what: RegExp) => {
    const end = Date.now() + 60_000;
    while (!what.test(out)) {
      if (Date.now() > end) throw new Error(`no ${what} in: ${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await use({ out: () => out, until, type: (text) => child.stdin.write(text) });
  } finally {
    child.stdin.end();
    child.kill();
    await exited;
  }
}

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

  it("cites each bundled seed by what is known of it: the dateline's agency, else the file and date", () => {
    // Seed 000 is a KAZINFORM wire ("ASTANA. KAZINFORM"); seed 002 has no sidecar, dateline or title,
    // only its date marker, so its file is all that tells the reader which article it is.
    const wire = run(["ask", "who met Nigmatulin?"]);
    expect(wire.status).toBe(0);
    expect(wire.stdout).toMatch(/\n\[1\] KAZINFORM\n/);
    expect(wire.stdout).not.toContain("000_b98667806ce51fdf");
    const dated = run(["ask", "who met Koshanov?"]);
    expect(dated.stdout).toMatch(/\n\[1\] 002_7cc806be61273fe2\.txt, 4 September 2025\n/);
    // The same in a Russian reply, the date in Russian.
    const russian = run(["ask", "кто встречался с Нигматулиным?"]);
    expect(russian.stdout).toMatch(/\n\[1\] KAZINFORM\n/);
  });

  it('answers `ask ""` with the help at once, without waiting for standard input', () => {
    // No input is given and stdin stays open: a command that read it would time out.
    const r = spawnSync(process.execPath, [bin, "ask", ""], {
      encoding: "utf8",
      timeout: 30_000,
      stdio: "pipe",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Try: .*who met/);
    expect(r.stdout).toMatch(/Usage: parlbot ask/);
  });

  it("prompts for questions when `ask` has none and standard input is a terminal", async () => {
    await atPrompt(async (session) => {
      await session.until(/\? /);
      expect(session.out()).toMatch(/Type a question and press Enter/);
      session.type("who met Koshanov?\n");
      await session.until(/Koshanov[^\n]*met:/);
      session.type("\x04"); // Ctrl-D ends the questions
      await session.until(/EXITED=0/);
    });
  }, 90_000);

  it("leaves the prompt at /quit as at Ctrl-D, while piped lines are all questions", async () => {
    await atPrompt(async (session) => {
      await session.until(/\? /);
      expect(session.out()).toMatch(/\/quit or Ctrl-D to end/);
      session.type("/quit\n");
      await session.until(/EXITED=0/);
      expect(session.out()).not.toMatch(/command|parliament leaders/);
    });
    // Without a terminal, "quit" is one more question and gets its one answer.
    const piped = run(["ask", "--format", "jsonl"], "quit\nwho met Koshanov?\n");
    expect(piped.stdout.trim().split("\n")).toHaveLength(2);
  }, 90_000);

  it("runs the build `npm ci` made (no TypeScript compiled at start), and the sources when the build is older", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    expect(pkg.scripts.prepare).toMatch(/scripts\/build\.mjs/);
    // NODE_DEBUG=esm lists every module loaded: tsx is loaded only to compile TypeScript, so a run
    // without it ran the build. Whether the build is fresh is the bin's own judgement, not the test's.
    const traced = (args = ["ask", "who met Koshanov?"]) =>
      spawnSync(process.execPath, [bin, ...args], {
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, NODE_DEBUG: "esm" },
        maxBuffer: 256 * 1024 * 1024, // the module trace is long
      });
    // Built only when the bin finds no fresh build (`--version` asks it cheaply): replacing a fresh
    // build could pull chunks from under a command another test started from it.
    if (/tsx/.test(traced(["--version"]).stderr)) {
      const build = spawnSync(process.execPath, ["scripts/build.mjs"], {
        encoding: "utf8",
        timeout: 120_000,
      });
      expect(build.status).toBe(0);
    }
    const fast = traced();
    expect(fast.stdout).toMatch(/Koshanov[^\n]*met:/);
    expect(fast.stderr).not.toMatch(/tsx/);
    // A build older than the sources (an edited checkout) is not run: the sources are.
    const cli = join("dist", "cli.js");
    const { atime, mtime } = statSync(cli);
    utimesSync(cli, new Date(0), new Date(0));
    try {
      const fresh = traced();
      expect(fresh.stdout).toBe(fast.stdout);
      expect(fresh.stderr).toMatch(/tsx/);
    } finally {
      utimesSync(cli, atime, mtime);
    }
  }, 180_000);
});
