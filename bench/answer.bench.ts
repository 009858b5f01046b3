/**
 * Answer benchmark: a generated corpus of 10,000 articles is extracted and saved as a fact base; then
 * the time to load it and build the Answerer (target < 1 s), and the latency of 1,000 varied questions
 * (target p99 < 20 ms), are measured and printed with the peak memory.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCorpus } from "../src/corpus/folder.ts";
import { extractFacts } from "../src/extract/index.ts";
import { loadFactBase, saveFactBase } from "../src/facts/io.ts";
import type { FactBase } from "../src/facts/types.ts";
import { Answerer } from "../src/query/index.ts";
import { generateCorpus, seededRandom } from "./generate-corpus.ts";

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
    generateCorpus(corpus, ARTICLES, 1);
    const { articles } = readCorpus(corpus);
    const extracted = extractFacts(articles);
    const facts = join(dir, "facts.json");
    saveFactBase(facts, extracted);
    console.log(
      `fact base: ${extracted.articles.length} articles, ${extracted.people.length} people, ` +
        `${extracted.meetings.length} meetings, ${(statSync(facts).size / 1e6).toFixed(1)} MB ` +
        `(generated and extracted in ${(ms(t, process.hrtime.bigint()) / 1000).toFixed(1)} s)`,
    );
    if (extracted.meetings.length === 0)
      console.log("note: the extractor found no meetings; latencies say little");

    t = process.hrtime.bigint();
    const base = loadFactBase(facts);
    const loaded = process.hrtime.bigint();
    const answerer = new Answerer(base);
    const built = process.hrtime.bigint();
    console.log(
      `load + index: ${ms(t, built).toFixed(0)} ms (read and parse ${ms(t, loaded).toFixed(0)} ms, ` +
        `indexes ${ms(loaded, built).toFixed(0)} ms; target < 1000 ms)`,
    );

    const questions = sampleQuestions(base, QUESTIONS);
    for (const q of questions.slice(0, 50)) answerer.answer(q); // warm up the JIT
    const times: number[] = [];
    let answered = 0;
    for (const q of questions) {
      const start = process.hrtime.bigint();
      const a = answerer.answer(q);
      times.push(ms(start, process.hrtime.bigint()));
      if (a.sources.length) answered++;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      (times[Math.min(times.length - 1, Math.floor(p * times.length))] as number).toFixed(2);
    console.log(
      `answer latency over ${QUESTIONS} questions: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, ` +
        `max ${(times.at(-1) as number).toFixed(2)} ms (target p99 < 20 ms); ${answered} answered with sources`,
    );
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
