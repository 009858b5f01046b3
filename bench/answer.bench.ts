/**
 * Answer benchmark: a corpus of 10,000 articles is extracted and saved as a fact base; then the time
 * to load it and build the Answerer (target < 1 s), and the latency of 1,000 varied questions (target
 * p99 < 10 ms), are measured and printed with the peak memory. The articles are real-style ones with
 * varied names, built from the development set as the extraction benchmark builds them
 * (real-style-corpus.ts); without that set, the synthetic articles of generate-corpus.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCorpus } from "../src/corpus/folder.ts";
import { isKnownCity } from "../src/extract/gazetteer.ts";
import { extractFacts } from "../src/extract/index.ts";
import { loadFactBase, saveFactBase } from "../src/facts/io.ts";
import type { FactBase } from "../src/facts/types.ts";
import { Answerer } from "../src/query/index.ts";
import { generateCorpus, seededRandom } from "./generate-corpus.ts";
import { haveCorpus, REAL_SOURCE, readSources, writeRealStyleCorpus } from "./real-style-corpus.ts";

const ARTICLES = 10_000;
const QUESTIONS = 1_000;

const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;

/** 1,000 questions of every kind, about people and countries of the base, with typos and unknown names. */
export function sampleQuestions(base: FactBase, count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const known = base.people.map((p) => p.name);
  const names = known.length ? known : ["Erlan Koshanov", "Nurlan Nigmatulin"];
  const surname = () => pick(names).split(" ").at(-1) ?? "Koshanov";
  const typo = (s: string) => {
    const i = 1 + Math.floor(random() * (s.length - 2));
    return s.slice(0, i) + s.slice(i + 1);
  };
  const countries = [
    "Kazakhstan",
    "Mongolian",
    "the Duma",
    "Korean",
    "Armenia",
    "Uzbek",
    "Turkey",
    "the Khural",
  ];
  const templates: (() => string)[] = [
    () => `who met ${surname()}?`,
    () => `who did ${pick(names)} meet?`,
    () => `when did ${surname()} meet ${surname()}?`,
    () => `where did ${surname()} meet the ${pick(countries)} speaker?`,
    () => `what did ${pick(countries)} and ${pick(countries)} sign?`,
    () => `what did ${surname()} and ${surname()} discuss?`,
    () => `who is ${surname()}?`,
    () => `who met ${typo(surname())}`,
    () => `meetings with ${pick(countries)} in ${2014 + Math.floor(random() * 12)}`,
    () => `who did ${surname()} meet in September 2019?`,
    () => `which topics did ${surname()} raise on the sidelines of the IPU Assembly?`,
    () => `did ${surname()} meet ${surname()}?`,
    () => "latest meetings",
    () => `who met ${pick(["Obama", "Merkel", "Smith", "Johnson"])}?`,
    () => `how many documents were signed in ${pick(["Astana", "Seoul", "Moscow", "Tashkent"])}?`,
  ];
  return Array.from({ length: count }, () => pick(templates)());
}

/** Runs the benchmark and prints its figures. */
export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "parlbot-answer-bench-"));
  try {
    const corpus = join(dir, "corpus");
    let t = process.hrtime.bigint();
    mkdirSync(corpus);
    const realStyle = haveCorpus(REAL_SOURCE);
    if (realStyle) writeRealStyleCorpus(readSources(REAL_SOURCE), corpus, ARTICLES, 1);
    else generateCorpus(corpus, ARTICLES, 1);
    const { articles } = readCorpus(corpus, { isKnownCity });
    const extracted = extractFacts(articles);
    const facts = join(dir, "facts.json");
    saveFactBase(facts, extracted);
    console.log(
      `fact base (${realStyle ? `real-style, from ${REAL_SOURCE}` : "synthetic"}): ` +
        `${extracted.articles.length} articles, ${extracted.people.length} people, ` +
        `${extracted.meetings.length} meetings, ${(statSync(facts).size / 1e6).toFixed(1)} MB ` +
        `(generated and extracted in ${(ms(t, process.hrtime.bigint()) / 1000).toFixed(1)} s)`,
    );
    if (extracted.meetings.length === 0)
      console.log("note: the extractor found no meetings; latencies say little");

    (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage();
    t = process.hrtime.bigint();
    const base = loadFactBase(facts);
    const loaded = process.hrtime.bigint();
    const answerer = new Answerer(base);
    const built = process.hrtime.bigint();
    const used = process.cpuUsage(cpu);
    // CPU time too: on a shared machine the wall clock also counts the other processes' turns.
    console.log(
      `load + index: ${ms(t, built).toFixed(0)} ms (read and parse ${ms(t, loaded).toFixed(0)} ms, ` +
        `indexes ${ms(loaded, built).toFixed(0)} ms; CPU ${((used.user + used.system) / 1000).toFixed(0)} ms; ` +
        "target < 1000 ms)",
    );

    const questions = sampleQuestions(base, QUESTIONS);
    for (const q of questions.slice(0, 50)) answerer.answer(q); // warm up the JIT
    const times: number[] = [];
    let answered = 0;
    const answerCpu = process.cpuUsage();
    for (const q of questions) {
      const start = process.hrtime.bigint();
      const a = answerer.answer(q);
      times.push(ms(start, process.hrtime.bigint()));
      if (a.sources.length) answered++;
    }
    const answerUsed = process.cpuUsage(answerCpu);
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(2);
    console.log(
      `answer latency over ${QUESTIONS} questions: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, ` +
        `max ${(times.at(-1) as number).toFixed(2)} ms (target p99 < 10 ms); ${answered} answered with sources; ` +
        `CPU ${((answerUsed.user + answerUsed.system) / 1000 / QUESTIONS).toFixed(2)} ms a question on average`,
    );
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
