/**
 * `parlbot start` in a child process, started as a user starts it (the real bin, settings in the
 * environment), with its output collected: the one way tests run the bot as a whole.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFIG_VARIABLES } from "../../src/config.ts";

/** The repository root, where `npx parlbot` and `node bin/parlbot.js` run. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A running (or ended) `parlbot start` and what it printed. */
export interface ParlbotProcess {
  child: ChildProcess;
  out: { stdout: string; stderr: string };
  /** Standard output and standard error together. */
  output(): string;
  /** Resolves with the exit code once every process holding the output has ended. */
  exit: Promise<number | null>;
  /**
   * Sends a signal to the whole process group (npx does not pass signals on to the bot it runs),
   * as Ctrl-C would; nothing when it has ended.
   */
  kill(signal?: NodeJS.Signals): void;
}

/** How a test starts the bot. */
export interface StartOptions {
  /** TELEGRAM_BOT_TOKEN; without one, the terminal chat. */
  token?: string;
  /** TELEGRAM_API_ROOT: the Bot API the bot talks to (telegram-test-api or a fake). */
  apiRoot?: string;
  /** Further variables; every other variable parlbot reads is blank, whatever the developer's .env says. */
  vars?: Record<string, string>;
  /** Start it as `npx parlbot start`, as a user types it; default `node bin/parlbot.js start`. */
  npx?: boolean;
  /** The project folder it runs in; default the repository. */
  cwd?: string;
}

/**
 * A fact base, database and inbox of the test's own (in `workDir`), as variables for
 * {@link StartOptions.vars}, so that a run touches nothing of the repository's.
 */
export function ownFiles(factsPath: string, workDir: string): Record<string, string> {
  return {
    FACTS_PATH: factsPath,
    DATABASE_PATH: join(workDir, "parlbot.sqlite"),
    INBOX_DIR: mkdtempSync(join(workDir, "inbox-")),
  };
}

/** Starts `parlbot start` in its own process group, so that a signal reaches npx and the bot alike. */
export function startParlbot(options: StartOptions = {}): ParlbotProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, ""])),
    ...(options.token ? { TELEGRAM_BOT_TOKEN: options.token } : {}),
    ...(options.apiRoot ? { TELEGRAM_API_ROOT: options.apiRoot } : {}),
    ...options.vars,
  };
  const [command, args] = options.npx
    ? ["npx", ["parlbot", "start"]]
    : [process.execPath, [join(ROOT, "bin/parlbot.js"), "start"]];
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ["pipe", "pipe", "pipe"],
    detached: true,
  });
  const out = { stdout: "", stderr: "" };
  child.stdout?.on("data", (d) => (out.stdout += d));
  child.stderr?.on("data", (d) => (out.stderr += d));
  // "close": every process holding the output (npx and the bot under it) has ended.
  const exit = once(child, "close").then(([code]) => code as number | null);
  return {
    child,
    out,
    output: () => out.stdout + out.stderr,
    exit,
    kill(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    },
  };
}
