/**
 * The question parser: one pass over the question's words that finds the people (by name), the
 * countries (names, adjectives, parliaments), the date, the intent, the words that name nobody we know,
 * and the keywords left over for narrowing meetings and choosing sentences to quote.
 */
import type { FactIndex } from "../facts/index.ts";
import type { CountryGazetteer } from "./countries.ts";
import { type DateFilter, parseDateFilter } from "./dates.ts";
import { detectIntent, type Intent } from "./intent.ts";
import type { PersonMatcher, PersonMention } from "./people.ts";
import { STOPWORDS, stem, tokenize } from "./text.ts";

/** Everything read from one question. */
export interface QuestionParse {
  question: string;
  intent: Intent;
  people: PersonMention[];
  /** Country codes, in the order named. */
  countries: string[];
  /** "the Kazakh side": the country whose members the question asks about. */
  side?: string;
  date?: DateFilter;
  /** Stemmed words that are not names, countries, dates or stopwords. */
  keywords: string[];
  /** The stemmed words of the date expression (useful when quoting, not when narrowing meetings). */
  dateKeywords: string[];
  /** The stemmed words that named countries (useful when quoting). */
  countryKeywords: string[];
  /** Words that look like names but name nobody in the fact base ("Obama"). */
  unknownNames: string[];
}

// Words of the question that only say what kind of answer is wanted: not keywords for quoting.
const QUESTION_WORDS = new Set(
  [
    "discuss",
    "discussed",
    "sign",
    "signed",
    "signing",
    "agree",
    "agreed",
    "take",
    "took",
    "place",
    "happen",
    "happened",
    "name",
    "named",
    "tell",
    "share",
    "talk",
  ].map(stem),
);

/** Parses one question against the fact base's people and the country gazetteer. */
export function parseQuestion(
  question: string,
  ctx: { index: FactIndex; people: PersonMatcher; countries: CountryGazetteer; now: Date },
): QuestionParse {
  const intent = detectIntent(question);
  const tokens = tokenize(question);
  const { folded, original } = tokens;
  const explained = new Set<number>();

  const date = parseDateFilter(question, ctx.now);
  if (date) {
    const dateWords = tokenize(date.text).folded;
    for (let i = 0; i + dateWords.length <= folded.length; i++)
      if (dateWords.every((w, k) => folded[i + k] === w)) {
        for (let k = 0; k < dateWords.length; k++) explained.add(i + k);
        break;
      }
  }

  const countryMentions = ctx.countries.findTokens(tokens);
  for (const m of countryMentions) for (let i = m.start; i < m.end; i++) explained.add(i);
  const countries = [...new Set(countryMentions.map((m) => m.code))];
  const sideMatch = /\bthe\s+([\p{L}-]+)\s+side\b/iu.exec(question);
  const side = sideMatch ? ctx.countries.code(sideMatch[1]) : undefined;

  const capitalised = original.map((w) => /^[A-Z]/.test(w));
  const people = ctx.people.find(folded, explained, capitalised);
  const nameSpans = new Set<number>();
  for (const p of people) for (let i = p.start; i < p.end; i++) nameSpans.add(i);

  const keywords: string[] = [];
  const dateKeywords: string[] = [];
  const unknownNames: string[] = [];
  for (const [i, word] of folded.entries()) {
    if (nameSpans.has(i) || STOPWORDS.has(word)) continue;
    const isDate = explained.has(i) && !countryMentions.some((m) => i >= m.start && i < m.end);
    if (explained.has(i) && !isDate) continue;
    if (i === 0 && /^(who|what|which|when|where|how|why|did)$/.test(word)) continue;
    const k = stem(word);
    const list = isDate ? dateKeywords : keywords;
    if (!QUESTION_WORDS.has(k) && (word.length > 2 || /\d/.test(word)) && !list.includes(k)) list.push(k);
    // A word that no article contains: a name we do not know (or a word misspelled beyond repair).
    if (!isDate && /^[a-z]{3,}$/.test(word) && !ctx.index.knows(word))
      unknownNames.push(original[i] as string);
  }
  const countryKeywords = [
    ...new Set(
      countryMentions
        .flatMap((m) => folded.slice(m.start, m.end))
        .filter((w) => !STOPWORDS.has(w))
        .map(stem),
    ),
  ];
  return {
    question,
    intent,
    people,
    countries,
    side,
    date,
    keywords,
    dateKeywords,
    countryKeywords,
    unknownNames,
  };
}
