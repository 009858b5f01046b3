/**
 * Regression guard for answers on the shared evaluation corpus (skipped where ../shared/corpus is
 * absent): the corpus is extracted in-process and every annotated question is answered; the share
 * whose reply holds what it must (and nothing it must not), citing the article the question is
 * about, must not drop. The official figure comes from ../shared/eval/score.mjs; this guard reads
 * the same annotations with a simpler check, so that it runs in seconds.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/folder.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { formatDate } from "../../src/query/format.ts";
import { Answerer } from "../../src/query/index.ts";

const corpus = resolve("..", "shared", "corpus");
const present = existsSync(corpus);

/** The share reached on the 239 articles of ../shared/corpus (2026-12-05); a drop of more than 0.03 fails. */
const REACHED = 0.703;

interface Question {
  q: string;
  must_include?: (string | string[])[];
  must_not_include?: string[];
}

// Plain words: no accents, lower case, no punctuation; a date is looked for as the replies write it.
const plain = (s: string) =>
  ` ${s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
const holds = (text: string, needle: string) =>
  plain(text).includes(plain(/^\d{4}-\d{2}-\d{2}$/.test(needle) ? formatDate(needle) : needle));

describe.skipIf(!present)("answers on ../shared/corpus", () => {
  it("answers the annotated questions with the right article", () => {
    const answerer = new Answerer(extractFacts(readCorpus(corpus).articles));
    let right = 0;
    let total = 0;
    for (const file of readdirSync(corpus).filter((f) => /^[^.]+\.json$/.test(f))) {
      const gold = JSON.parse(readFileSync(join(corpus, file), "utf8")) as {
        id: string;
        questions?: Question[];
      };
      for (const question of gold.questions ?? []) {
        total++;
        const answer = answerer.answer(question.q);
        const ok =
          (question.must_include ?? []).every((need) => [need].flat().some((n) => holds(answer.text, n))) &&
          !(question.must_not_include ?? []).some((n) => holds(answer.text, n)) &&
          answer.sources.some((s) => s.file === `${gold.id}.txt`);
        if (ok) right++;
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(REACHED - 0.03);
  }, 120_000);
});
