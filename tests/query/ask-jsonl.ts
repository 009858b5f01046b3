/**
 * Asks questions as a user runs `parlbot ask` (the real bin on data/facts.json, one question a line,
 * `--format jsonl`) and gives each question's answer object by its text.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect } from "vitest";

const root = join(import.meta.dirname, "..", "..");

/** Every question's parsed jsonl answer, keyed by the question. */
export function askThroughBin<T>(questions: string[]): Map<string, T> {
  const r = spawnSync(
    process.execPath,
    [
      join(root, "bin", "parlbot.js"),
      "ask",
      "--facts",
      join(root, "data", "facts.json"),
      "--format",
      "jsonl",
    ],
    { input: `${questions.join("\n")}\n`, encoding: "utf8", timeout: 60_000 },
  );
  expect(r.status).toBe(0);
  const answers = new Map<string, T>();
  for (const [i, line] of r.stdout.trim().split("\n").entries())
    answers.set(questions[i] as string, JSON.parse(line));
  return answers;
}
