/** Running `parlbot` in a child process as a user would, with its output collected. */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, where `npx parlbot` and `node bin/parlbot.js` run. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A running (or ended) child process and what it printed. */
export interface Launched {
  child: ChildProcess;
  out: { stdout: string; stderr: string };
  /** Resolves with the exit code once every process holding the output has ended. */
  exit: Promise<number | null>;
}

/**
 * The environment of a run: every variable parlbot reads is set (empty = unset), so that a
 * developer's .env cannot change what the test runs; the fact base, database and inbox are the
 * test's own.
 */
export function runEnv(factsPath: string, workDir: string, vars: Record<string, string>): NodeJS.ProcessEnv {
  const blank = [
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_ROOT",
    "TELEGRAM_TIMEOUT",
    "LOG_LEVEL",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "PORT",
    "FETCH_ALLOW_PRIVATE",
  ];
  return {
    ...process.env,
    ...Object.fromEntries(blank.map((name) => [name, ""])),
    FACTS_PATH: factsPath,
    // Subscriptions (when installed) keep their database and watch their inbox away from the repo.
    DATABASE_PATH: join(workDir, "parlbot.sqlite"),
    INBOX_DIR: mkdtempSync(join(workDir, "inbox-")),
    FEED_URLS: "",
    ...vars,
  };
}

/** Starts a command in its own process group, so that a signal reaches npx and the bot alike, as Ctrl-C would. */
export function launch(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Launched {
  const child = spawn(command, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const out = { stdout: "", stderr: "" };
  child.stdout?.on("data", (d) => (out.stdout += d));
  child.stderr?.on("data", (d) => (out.stderr += d));
  // "close": every process holding the output (npx and the bot under it) has ended.
  const exit = once(child, "close").then(([code]) => code as number | null);
  return { child, out, exit };
}

/** Kills a launched process group if it still runs (after a failed test). */
export function killGroup(run: Launched | undefined): void {
  if (run?.child.exitCode === null && run.child.pid) {
    try {
      process.kill(-run.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
