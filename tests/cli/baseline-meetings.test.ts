/**
 * scripts/baseline-meetings.mjs, the naive yardstick: parlbot's people, then a meeting for the people
 * named together in a sentence with a meeting word. Run as the scorer runs it, on an invented article.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", "scripts", "baseline-meetings.mjs");

const ARTICLE = [
  " date 2026-03-04",
  "Speaker of the Ostrian Parliament Tomas Varga met Speaker of the Estorian Senate Rosa Fuentes in Lima on Tuesday.",
  "Tomas Varga and Rosa Fuentes both praised the work of Deputy Pablo Rios.",
  "Pablo Rios welcomed Tomas Varga and Rosa Fuentes at the airport.",
].join("\n\n");

function baseline(variant: "pairs" | "all") {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-baseline-"));
  writeFileSync(join(dir, "a.txt"), ARTICLE);
  const out = join(dir, "facts.json");
  const run = spawnSync(
    process.execPath,
    [script, "--variant", variant, "extract", "--corpus", dir, "--out", out],
    {
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const facts = JSON.parse(readFileSync(out, "utf8")) as { meetings: { participantNames: string[] }[] };
  return facts.meetings.map((m) => [...m.participantNames].sort());
}

describe("the naive meeting baseline", () => {
  it("pairs the people of a sentence with a meeting word, and only of such a sentence", () => {
    expect(baseline("pairs")).toEqual([
      ["Rosa Fuentes", "Tomas Varga"],
      ["Pablo Rios", "Tomas Varga"],
      ["Pablo Rios", "Rosa Fuentes"],
    ]);
  });
  it("or makes one meeting of all of them", () => {
    expect(baseline("all")).toEqual([
      ["Rosa Fuentes", "Tomas Varga"],
      ["Pablo Rios", "Rosa Fuentes", "Tomas Varga"],
    ]);
  });
});
