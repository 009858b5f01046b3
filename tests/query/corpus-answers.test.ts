/**
 * Regression guard for answers on the shared evaluation corpus (skipped where ../shared/corpus is
 * absent): the corpus is extracted in-process and every annotated question is answered; the share
 * whose reply holds what it must (and nothing it must not), citing the article the question is
 * about, must not drop. So must, per type, the Russian and Kazakh questions generated from the dev
 * corpus's gold (../shared/eval/dev-ru-questions.json), whose two questions about people nobody
 * knows get the language's "I don't know". The official figures come from ../shared/eval/score.mjs;
 * this guard reads the same annotations with a simpler check, so that it runs in seconds.
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
const ruQuestionsFile = resolve("..", "shared", "eval", "dev-ru-questions.json");

// The corpus's fact base, extracted once for both guards.
let extracted: Answerer | undefined;
const corpusAnswerer = () => {
  extracted ??= new Answerer(extractFacts(readCorpus(corpus).articles));
  return extracted;
};

/** The share reached on the 239 articles of ../shared/corpus (2026-12-07, fifteenth session; 0.842 in the fourteenth, 0.811 in the eighth, 0.799 in the sixth); a drop of more than 0.03 fails. */
const REACHED = 0.881;

/** Russian and Kazakh questions answered per type on the same articles (2026-12-06); one more miss than these fails. */
const REACHED_RU: Record<string, [answered: number, of: number]> = {
  "ru-who-met": [13, 13],
  "kk-who-met": [13, 13],
  "ru-month": [97, 100],
  "ru-when": [56, 56],
};

interface Question {
  q: string;
  must_include?: (string | string[])[];
  must_not_include?: string[];
  must_include_any?: string[];
  type?: string;
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
    const answerer = corpusAnswerer();
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

  it.skipIf(!existsSync(ruQuestionsFile))(
    "answers each type of Russian and Kazakh question as well as before, and says «не знаю» / «білмеймін»",
    () => {
      const answerer = corpusAnswerer();
      const questions = JSON.parse(readFileSync(ruQuestionsFile, "utf8")) as Question[];
      // A day asked for is given in figures too ("21.09.2021"); names stay in Latin letters.
      const holdsRu = (text: string, needle: string) => {
        const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(needle);
        return day ? text.includes(`${day[3]}.${day[2]}.${day[1]}`) : holds(text, needle);
      };
      const answered = new Map<string, [number, number]>();
      for (const question of questions) {
        const text = answerer.answer(question.q).text;
        const ok =
          (question.must_include ?? []).every((need) => [need].flat().some((n) => holdsRu(text, n))) &&
          (!question.must_include_any?.length ||
            question.must_include_any.some((n) => text.toLowerCase().includes(n)));
        const [right, total] = answered.get(question.type ?? "") ?? [0, 0];
        answered.set(question.type ?? "", [right + (ok ? 1 : 0), total + 1]);
      }
      for (const [type, [right, total]] of Object.entries(REACHED_RU)) {
        expect(answered.get(type)?.[1], type).toBe(total);
        expect(answered.get(type)?.[0], type).toBeGreaterThanOrEqual(right - 1);
      }
      expect(answered.get("ru-negative")).toEqual([2, 2]);
    },
    120_000,
  );
});
