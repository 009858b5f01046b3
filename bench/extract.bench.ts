/**
 * Extraction throughput and peak memory: 10,000 generated articles read from disk and extracted
 * on one core (target ≥ 1,000 articles/s, < 500 MB).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCorpus } from "../src/corpus/folder.ts";
import { isKnownCity } from "../src/extract/gazetteer.ts";
import { extractFacts } from "../src/extract/index.ts";
import { generateCorpus } from "./generate-corpus.ts";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);

/** Runs the benchmark and prints its figures. */
export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-bench-extract-"));
  try {
    generateCorpus(dir, COUNT, 7);
    let peak = process.memoryUsage().rss;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const t0 = process.hrtime.bigint();
    const { articles } = readCorpus(dir, { isKnownCity });
    const t1 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const base = extractFacts(articles, {
      onProgress: (done) => {
        if (done % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    const t2 = process.hrtime.bigint();
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    const readS = Number(t1 - t0) / 1e9;
    const extractS = Number(t2 - t1) / 1e9;
    console.log(
      `articles: ${articles.length}; people: ${base.people.length}; meetings: ${base.meetings.length}`,
    );
    console.log(`read: ${readS.toFixed(2)} s; extract: ${extractS.toFixed(2)} s`);
    console.log(
      `throughput: ${(articles.length / extractS).toFixed(0)} articles/s extracting, ${(articles.length / (readS + extractS)).toFixed(0)} articles/s read + extract`,
    );
    // CPU time is the fairer figure when other processes share the two cores.
    console.log(
      `extract CPU time: ${cpuS.toFixed(2)} s → ${(articles.length / cpuS).toFixed(0)} articles per CPU-second`,
    );
    console.log(`peak RSS: ${(peak / 2 ** 20).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
