/**
 * `npm run fuzz`: a deterministic fuzz harness for odd input. It feeds odd articles (mutations of
 * invented news sentences: no spaces, a 200 KB line, thousands of capitalised words, brackets and
 * quotes unbalanced, right-to-left text, emoji, control characters, NUL, CRLF, lone surrogates,
 * impossible dates, a title or a dateline alone, Cyrillic and Kazakh text, all capitals) through the
 * real extraction path (the article file read as `parlbot extract` reads it, and the text parsed
 * directly as ingestion does), and odd questions through the real answering path (`parlbot ask`), and
 * records every exception and the time of each input. Then it times inputs of growing size at n, 2n,
 * 4n and 8n and flags any doubling that takes more than three times as long (a pattern that
 * backtracks, a loop over every pair). Exits 1 when an input threw or grew superlinearly.
 *
 * FUZZ_SEED, FUZZ_ARTICLES and FUZZ_QUESTIONS change the seed and how many mutations are tried;
 * FUZZ_CORPUS=DIR mutates the .txt articles of a folder instead of the invented one, and asks about
 * them; FUZZ_QUESTION_FILE=FILE (a JSON list of objects with a question `q`) mutates those questions
 * instead of the invented ones; FUZZ_GROWTH=0 leaves out the timing at growing sizes; FUZZ_VERBOSE=1 prints each input's name before it runs (to name the one that hangs).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../src/cli/extract.ts";
import { type ArticleMeta, parseArticle } from "../src/corpus/article.ts";
import { listCorpus, readCorpus } from "../src/corpus/folder.ts";
import { isKnownCity } from "../src/extract/gazetteer.ts";
import { extractFacts } from "../src/extract/index.ts";
import type { FactBase } from "../src/facts/types.ts";
import { isCalendarDay } from "../src/query/format.ts";
import { Answerer } from "../src/query/index.ts";
import {
  GROWING_ARTICLES,
  GROWING_QUESTIONS,
  ODD_SIDECARS,
  type OddInput,
  oddArticles,
  oddQuestions,
  plainArticle,
} from "./fuzz/odd-inputs.ts";
import { type Growth, growth, growthLine } from "./fuzz/scaling.ts";
import { generateCorpus } from "./generate-corpus.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 1);
const ARTICLES = Number(process.env.FUZZ_ARTICLES ?? 300);
const QUESTIONS = Number(process.env.FUZZ_QUESTIONS ?? 300);
const VERBOSE = process.env.FUZZ_VERBOSE === "1";
const GROWTH = process.env.FUZZ_GROWTH !== "0";
const CORPUS = process.env.FUZZ_CORPUS;
const QUESTION_FILE = process.env.FUZZ_QUESTION_FILE;

/** An input that threw. */
interface Crash {
  kind: string;
  name: string;
  error: string;
}

/** One input's time, for the list of the slowest. */
interface Timed {
  kind: string;
  name: string;
  chars: number;
  ms: number;
}

const crashes: Crash[] = [];
const timed: Timed[] = [];
let tried = 0;

/** Runs `run` on one input, recording its time, or its exception as a crash. */
function attempt(kind: string, input: OddInput, run: (text: string) => void): void {
  tried++;
  if (VERBOSE) console.error(`${kind}: ${input.name}`);
  // CPU time: other processes' turns on shared cores are not the input's.
  const t0 = process.cpuUsage();
  try {
    run(input.text);
  } catch (error) {
    const e = error as Error;
    const where = e.stack?.split("\n").find((l) => l.includes("/src/")) ?? "";
    crashes.push({ kind, name: input.name, error: `${e.name}: ${e.message.slice(0, 160)} ${where.trim()}` });
  }
  const cpu = process.cpuUsage(t0);
  timed.push({ kind, name: input.name, chars: input.text.length, ms: (cpu.user + cpu.system) / 1e3 });
}

/** Extracts one article text parsed directly, as ingestion hands it over (lone surrogates survive). */
function extractText(text: string, meta?: ArticleMeta): void {
  checkBase(extractFacts([parseArticle(text, { id: "odd", file: "odd.txt", meta, isKnownCity })]));
}

/** Throws when a fact base holds what no article can give: a date that is no day, a name with no letter. */
function checkBase(base: FactBase): void {
  for (const a of base.articles)
    if (a.published && !isCalendarDay(a.published)) throw new Error(`publication date ${a.published}`);
  for (const m of base.meetings)
    for (const d of [m.date?.start, m.date?.end])
      if (d && !isCalendarDay(d)) throw new Error(`meeting date ${d}`);
  for (const p of base.people)
    if (!/\p{L}/u.test(p.name)) throw new Error(`a person named ${JSON.stringify(p.name)}`);
}

/** Throws when a reply shows a value that was never filled in. */
function checkReply(text: string): void {
  if (!text.trim()) throw new Error("an empty reply");
  const hole = /\b(undefined|NaN|null)\b|\[object /.exec(text);
  if (hole) throw new Error(`the reply shows «${hole[0]}»: ${text.slice(0, 120)}`);
}

const dir = mkdtempSync(join(tmpdir(), "parlbot-fuzz-"));
try {
  // Warm up: the first extraction compiles the rules; its time is not the input's.
  extractText(plainArticle());

  const bases = CORPUS ? listCorpus(CORPUS).files.map((f) => readFileSync(f, "utf8")) : [];
  const articles = oddArticles(ARTICLES, SEED, bases);
  for (const input of articles) {
    attempt("article text", input, extractText);
    // The same text as a file among good ones, read as `parlbot extract --corpus DIR` reads it.
    attempt("article file", input, (text) => {
      const corpus = mkdtempSync(join(dir, "c"));
      writeFileSync(join(corpus, "a-good.txt"), plainArticle());
      writeFileSync(join(corpus, "b-odd.txt"), text);
      writeFileSync(join(corpus, "c-good.txt"), plainArticle().replace(/Dennet/g, "Dorn"));
      const { base, skipped } = extractCorpus(listCorpus(corpus));
      checkBase(base);
      if (base.articles.length + skipped.length !== 3) throw new Error("a file was neither read nor skipped");
      if (!base.articles.some((a) => a.id === "a-good") || !base.articles.some((a) => a.id === "c-good"))
        throw new Error("a good file beside an odd one was not read");
      rmSync(corpus, { recursive: true, force: true });
    });
  }

  // The plain article with an odd sidecar, as a file (read as `parlbot extract` reads it) and as ingestion's metadata.
  for (const [name, sidecar] of ODD_SIDECARS) {
    attempt("sidecar", { name, text: sidecar }, (json) => {
      const corpus = mkdtempSync(join(dir, "s"));
      writeFileSync(join(corpus, "a.txt"), plainArticle());
      writeFileSync(join(corpus, "a.meta.json"), json);
      const { base } = extractCorpus(listCorpus(corpus));
      checkBase(base);
      for (const q of ["who met Dennet?", "latest meetings", "кто встречался с Деннетом?"])
        checkReply(new Answerer(base).answer(q).text);
      rmSync(corpus, { recursive: true, force: true });
    });
  }

  // A fact base of invented articles to ask about, with the plain article's people in it.
  const corpus = join(dir, "base");
  generateCorpus(corpus, 100, SEED);
  writeFileSync(join(corpus, "plain.txt"), plainArticle());
  const answerer = new Answerer(extractFacts(readCorpus(CORPUS ?? corpus, { isKnownCity }).articles));
  const asked = QUESTION_FILE
    ? (JSON.parse(readFileSync(QUESTION_FILE, "utf8")) as { q: string }[]).map((x) => x.q)
    : [];
  for (const input of oddQuestions(QUESTIONS, SEED, asked)) {
    attempt("question", input, (text) => {
      checkReply(answerer.answer(text).text);
      checkReply(answerer.answer(text, { language: "ru" }).text);
      checkReply(answerer.answer(text, { page: 3 }).text);
      answerer.resolveSubject(text);
    });
  }

  const kinds = new Map<string, number>();
  for (const t of timed) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  console.log(`inputs tried: ${tried} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")})`);
  console.log(`crashes: ${crashes.length}`);
  for (const c of crashes) console.log(`  ${c.kind} «${c.name}»: ${c.error}`);
  console.log("slowest inputs:");
  for (const t of [...timed].sort((a, b) => b.ms - a.ms).slice(0, 8))
    console.log(`  ${t.ms.toFixed(0).padStart(6)} ms  ${t.kind} «${t.name}» (${t.chars} chars)`);

  // Growth: each shape at n, 2n, 4n and 8n characters.
  const growths: Growth[] = [];
  console.log("\narticles at growing sizes (extraction of the text):");
  for (const [name, make, base] of GROWTH ? GROWING_ARTICLES : []) {
    if (VERBOSE) console.error(`growing article: ${name}`);
    const g = growth(name, make, extractText, base ?? 8_000);
    growths.push(g);
    console.log(growthLine(g));
  }
  console.log("\nquestions at growing sizes:");
  for (const [name, make] of GROWTH ? GROWING_QUESTIONS : []) {
    if (VERBOSE) console.error(`growing question: ${name}`);
    // Sizes from 60 letters (a question is cut at 500 characters), each timed once: the answerer
    // remembers the words it has looked up, so a second run would time the memory.
    const g = growth(name, make, (q) => answerer.answer(q), 60, 3, 1);
    growths.push(g);
    console.log(growthLine(g));
  }
  const slow = growths.filter((g) => g.superlinear);
  console.log(
    `\nslow (superlinear) inputs: ${slow.length}${slow.length ? `: ${slow.map((g) => g.name).join("; ")}` : ""}`,
  );
  process.exitCode = crashes.length || slow.length ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
