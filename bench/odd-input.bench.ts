/**
 * Odd-input benchmark: the extraction time of the input shapes that the fuzz harness (bench/fuzz.ts)
 * found growing faster than their length (a run of digits or capitals where an event's name or an
 * agency's may stand, a word of hundreds of letters, a run of dots, a sentence of thousands of words
 * with brackets, quotes, commas or "and"), each at four sizes that double, with
 * the ratio of each doubling (about 2 is linear, 4 quadratic). A size that takes more than 4 s is not
 * doubled again. Times are CPU time, the fastest of five runs. Before the fixes (main at 93f34be,
 * CPU ms): 24, 28 and 32 digits after "at the" 649, 9,765 and 163,302 (each digit doubled the time);
 * 28 capitals there 6,013; 820 capitals after a byline's dash 1,520; a hyphenated word of 275, 525
 * and 1,025 characters 73, 419 and 3,001; 32k characters of dots, open brackets or quotes some
 * 2,400 to 3,100 (quadratic); a question of 500 letters without spaces 42 s on the development
 * base (fuse.js matched its 32-letter pieces against every name word, for each swapped-letter variant).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArticle } from "../src/corpus/article.ts";
import { readCorpus } from "../src/corpus/folder.ts";
import { isKnownCity } from "../src/extract/gazetteer.ts";
import { extractFacts } from "../src/extract/index.ts";
import { Answerer } from "../src/query/index.ts";
import { GROWING_ARTICLES, GROWING_QUESTIONS, plainArticle } from "./fuzz/odd-inputs.ts";
import { growthLine, timeSeries } from "./fuzz/scaling.ts";
import { generateCorpus } from "./generate-corpus.ts";

/** The shapes measured, by their name in GROWING_ARTICLES, and the size (characters) they start at. */
const SHAPES: [string, number][] = [
  ["digits after 'at the', an event named later", 16],
  ["capitals after 'at the', an event named later", 16],
  ["capitals after a byline's dash", 200],
  ["hyphens", 500],
  ["apostrophes", 500],
  ["dots", 4_000],
  ["open brackets", 4_000],
  ["quotes", 4_000],
  ["commas", 4_000],
  ["and-lists", 4_000],
  ["one long line of sentences", 4_000],
];

const extract = (text: string) => {
  extractFacts([parseArticle(text, { id: "odd", isKnownCity })]);
};

/** Runs the benchmark and prints its figures. */
export default async function bench(): Promise<void> {
  extract(plainArticle()); // the rules compile on first use
  for (const [name, base] of SHAPES) {
    const make = GROWING_ARTICLES.find(([n]) => n === name)?.[1];
    if (!make) throw new Error(`no odd input named ${name}`);
    console.log(growthLine(timeSeries(name, make, extract, base, 3, 5)));
  }
  // Questions typed without spaces, on a base of 1,000 generated articles (each timed once: the
  // answerer remembers the words it looked up).
  const dir = mkdtempSync(join(tmpdir(), "parlbot-bench-odd-"));
  try {
    generateCorpus(dir, 1_000, 7);
    const answerer = new Answerer(extractFacts(readCorpus(dir, { isKnownCity }).articles));
    answerer.answer("who met Bekov?");
    for (const name of ["letters without spaces", "a question without spaces"]) {
      const make = GROWING_QUESTIONS.find(([n]) => n === name)?.[1];
      if (!make) throw new Error(`no odd question named ${name}`);
      console.log(growthLine(timeSeries(`question: ${name}`, make, (q) => answerer.answer(q), 60, 3, 1)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
