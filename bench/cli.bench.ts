/**
 * Command-line start benchmark: how long one question takes as a user types it, the whole process
 * from start to exit, median of 5 runs: `node bin/parlbot.js ask` and `npx parlbot ask` on the
 * committed fact base of the seeds, then on a base of 5,000 real-style articles (generated
 * articles without the development set). `node -e 0` is printed beside them as the floor. Wall
 * times: on a loaded machine compare them with that floor, which grows by the same factor.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { readCorpus } from "../src/corpus/folder.ts";
import { isKnownCity } from "../src/extract/gazetteer.ts";
import { extractFacts } from "../src/extract/index.ts";
import { saveFactBase } from "../src/facts/io.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { haveCorpus, REAL_SOURCE, readSources, writeRealStyleCorpus } from "./real-style-corpus.ts";

const RUNS = 5;
const BIG = 5_000;
const QUESTION = "who met Koshanov?";

/** Median wall time in seconds of `RUNS` runs of a command, or why it could not run. */
function median(command: string, args: string[]): string {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (r.status !== 0) return `failed (${(r.stderr || r.error?.message || "").split("\n")[0]})`;
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return `${(times[Math.floor(RUNS / 2)] as number).toFixed(2)} s`;
}

function report(label: string, facts: string): void {
  const ask = ["ask", "--facts", facts, QUESTION];
  console.log(`${label}: node bin/parlbot.js ask ${median(process.execPath, ["bin/parlbot.js", ...ask])}`);
  // Through node_modules/.bin, where `npm ci` links the command (bin/package.json).
  const npx = existsSync("node_modules/.bin/parlbot")
    ? median("npx", ["parlbot", ...ask])
    : "not linked (npm ci)";
  console.log(`${label}: npx parlbot ask ${npx}`);
}

/** Runs the benchmark and prints its figures. */
export default async function (): Promise<void> {
  // Built first, as `npm ci` leaves it: the figures are those of the compiled command.
  spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  console.log(`median of ${RUNS}; load average ${loadavg()[0]?.toFixed(1)}`);
  console.log(`floor: node -e 0 ${median(process.execPath, ["-e", "0"])}`);
  report("seeds", "data/facts.json");
  const dir = mkdtempSync(join(tmpdir(), "parlbot-cli-bench-"));
  try {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    if (haveCorpus(REAL_SOURCE)) writeRealStyleCorpus(readSources(REAL_SOURCE), corpus, BIG, 1);
    else generateCorpus(corpus, BIG, 1);
    const facts = join(dir, "facts.json");
    saveFactBase(facts, extractFacts(readCorpus(corpus, { isKnownCity }).articles));
    report(`${BIG.toLocaleString("en")} articles`, facts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
