/**
 * Extraction on real-style text with varied names, at 1,000, 4,000 and 16,000 articles (built at run
 * time from the development articles in ../dev, or BENCH_REAL_SOURCE, see real-style-corpus.ts;
 * skipped when they are absent). Sizes: BENCH_REAL_SIZES="1000,4000". Each size
 * runs in a child process of its own, so that its peak RSS is its own. The child does what
 * `parlbot extract` does (src/cli/extract.ts): reads the files one at a time, extracts, writes the fact
 * base. Prints articles per second (wall and per CPU-second, one core, reading included), the wall
 * and CPU seconds (on Linux split into the main thread's and those of V8's compiler and
 * garbage-collector threads), and peak RSS (the whole run's, writing included, and before writing).
 * Targets: ≥ 1,000 articles/s at every size, flat as the size grows, < 500 MB at 16,000.
 *
 * The child runs this file bundled by esbuild, as `parlbot extract` runs the code built into dist/
 * (scripts/build.mjs), not through tsx: tsx's compiler and source maps add some 45 MB of RSS and
 * their own start that the command does not have. BENCH_REAL_TSX=1 runs the child through tsx.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { extractCorpus } from "../src/cli/extract.ts";
import { listCorpus } from "../src/corpus/folder.ts";
import { saveFactBaseIfChanged } from "../src/facts/io.ts";
import { haveCorpus, readSources, REAL_SOURCE as SOURCE, writeRealStyleCorpus } from "./real-style-corpus.ts";

const SIZES = (process.env.BENCH_REAL_SIZES ?? "1000,4000,16000").split(",").map(Number);
const self = fileURLToPath(import.meta.url);

/** Runs the benchmark and prints its figures. */
export default async function bench(): Promise<void> {
  if (!haveCorpus(SOURCE)) {
    console.log(`skipped: no corpus at ${SOURCE}`);
    return;
  }
  const sources = readSources(SOURCE);
  console.log(`source articles: ${sources.length}`);
  const bundle = process.env.BENCH_REAL_TSX ? undefined : await bundled();
  const child = bundle ? [bundle.file] : [...process.execArgv, self];
  try {
    for (const size of SIZES) {
      const dir = mkdtempSync(join(tmpdir(), "parlbot-bench-real-"));
      try {
        writeRealStyleCorpus(sources, dir, size, size);
        const run = spawnSync(process.execPath, [...child, dir], { encoding: "utf8" });
        process.stdout.write(run.stdout || run.stderr);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    if (bundle) rmSync(bundle.dir, { recursive: true, force: true });
  }
}

// This file bundled as scripts/build.mjs builds dist/, with the extractor's data files beside it, in the
// checkout's tmp/ (ignored by git), where the bundle finds the packages in node_modules.
async function bundled(): Promise<{ dir: string; file: string }> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  mkdirSync(join(root, "tmp"), { recursive: true });
  const dir = mkdtempSync(join(root, "tmp", "bench-extract-"));
  const file = join(dir, "measure.mjs");
  await build({
    entryPoints: [self],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // As scripts/build-options.mjs: regex literals with \p{...} stay literals, compiled once.
    supported: { "regexp-unicode-property-escapes": true },
    packages: "external",
    outfile: file,
    logLevel: "warning",
  });
  cpSync(join(root, "src", "extract", "data"), join(dir, "data"), { recursive: true });
  return { dir, file };
}

/**
 * Runs `parlbot extract` on one folder, as the command does (files read one at a time, the fact base
 * written to a file beside them), and prints one line of figures (run in a child process). Peak RSS is
 * the kernel's high-water mark of the whole run, writing included.
 */
function measure(dir: string): void {
  const threads0 = mainThreadSeconds();
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const { base } = extractCorpus(listCorpus(dir));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const threads1 = mainThreadSeconds();
  const extractPeak = process.resourceUsage().maxRSS * 1024;
  const w0 = process.hrtime.bigint();
  saveFactBaseIfChanged(join(dir, "facts.json"), base);
  const writeSeconds = Number(process.hrtime.bigint() - w0) / 1e9;
  const peak = process.resourceUsage().maxRSS * 1024;
  const n = base.articles.length;
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    // Per CPU-second too: on a shared machine the wall clock also counts the other processes' turns.
    `${n} articles: ${(n / seconds).toFixed(0)} articles/s (${(n / cpuSeconds).toFixed(0)} per CPU-second; ` +
      `${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} CPU-s${threadSplit(cpuSeconds, threads0, threads1)}, reading included); ` +
      `people ${base.people.length}, meetings ${base.meetings.length}; peak RSS ${mb(peak)} MB ` +
      `(${mb(extractPeak)} MB before writing the base, ${writeSeconds.toFixed(1)} s)`,
  );
}

// The CPU seconds of the main thread so far (Linux: /proc), undefined elsewhere. The process's CPU time
// also counts V8's own threads, which compile hot functions with its optimising compiler and help the
// garbage collector: a share that does not grow with the articles, and that shows where time goes.
function mainThreadSeconds(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, in clock ticks of 1/100 s (USER_HZ).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

// ", main thread X CPU-s, V8's other threads Y" when the main thread's time could be read.
function threadSplit(cpuSeconds: number, before: number | undefined, after: number | undefined): string {
  if (before === undefined || after === undefined) return "";
  const main = after - before;
  return `: main thread ${main.toFixed(1)}, V8's compiler and GC threads ${Math.max(0, cpuSeconds - main).toFixed(1)}`;
}

if (process.argv[1] === self && process.argv[2]) measure(process.argv[2]);
