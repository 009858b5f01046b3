/**
 * "did X meet Y?", "has X visited Japan?", answered no: the sentence that names X with the other side
 * says what there was instead, and is often why one asks ("Tsolmon mentioned the invitation of X to visit
 * Mongolia", "the schedule of X's meeting with Y has not yet been confirmed", "Z conveyed the greetings of
 * X"). At most one, the one that has most of the question's own words.
 */

import type { IndexedSentence } from "../../facts/index.ts";
import { NAME_PARTICLES } from "../../text/name-words.ts";
import { fold, tokenize } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { STOPWORDS } from "../../text/stopwords.ts";
import type { QuestionParse } from "../parse.ts";
import type { PersonMention } from "../people.ts";
import type { Quote } from "../quotes.ts";
import type { ComposeContext } from "./context.ts";
import { askedCountryPrefixes, namesCountry } from "./country-words.ts";
import { surnameOf } from "./quoting.ts";

// What each word of the sides' names a sentence has adds to its score: less than any question word.
const NAME_WORD_SHARE = 1e-3;
// The reports of the person asked that are read for the sentence (the newest first, as the index gives).
const MAX_REPORTS = 60;

/**
 * The sentence of X's reports (X: the ids of the first person asked) that names X by surname and the
 * other side: the second person by surname, a country asked by its name or adjective (their first five
 * letters), or a place asked. Ranked by the weight of the question's words it has; undefined when none
 * names both.
 */
export function sentenceOfBoth(ctx: ComposeContext, q: QuestionParse): Quote | undefined {
  const [x, y] = q.people;
  if (!x) return undefined;
  const own = namedBy(ctx, q, x);
  if (!own.size) return undefined;
  const other = y ? namedBy(ctx, q, y) : new Set<string>();
  const prefixes = askedCountryPrefixes(ctx.countries, q);
  const places = new Set(q.placeNames.flatMap((p) => fold(p).split(" ")).filter((w) => !STOPWORDS.has(w)));
  if (!other.size && !prefixes.length && !places.size) return undefined;
  const namesOther = (words: string[]) =>
    words.some((w) => other.has(w) || places.has(w)) || namesCountry(words, prefixes);
  const asked = [...q.keywords, ...q.questionWords];
  const score = (s: IndexedSentence) =>
    asked.reduce((sum, k) => sum + (s.keywords.has(k) ? ctx.index.weight(k) : 0), 0);
  const articles = new Set([...own].flatMap((s) => ctx.index.articlesContaining(stem(s))));
  let best: Quote | undefined;
  for (const id of [...articles].slice(0, MAX_REPORTS))
    for (const sentence of ctx.index.sentencesOf(id)) {
      const words = fold(sentence.text).split(" ");
      if (!words.some((w) => own.has(w)) || !namesOther(words)) continue;
      // Between sentences with as much of the question, the one naming more words of the two sides'
      // names is about them ("Nguyen Thi Kim Ngan", not another Nguyen).
      const named = new Set(words.filter((w) => own.has(w) || other.has(w))).size;
      const s = score(sentence) + named * NAME_WORD_SHARE;
      if (!best || s > best.score) best = { sentence, score: s, matched: [] };
    }
  return best;
}

/**
 * The words a sentence may name a person asked by: their surname, the last word of each of their entries'
 * names, and the words the question typed for them ("Ghanem" for Marzouq Al-Ghanim, "Woo" for Woo
 * Won-shik, whose surname comes first).
 */
function namedBy(ctx: ComposeContext, q: QuestionParse, mention: PersonMention): Set<string> {
  const words = new Set<string>();
  for (const id of mention.ids) {
    const surname = surnameOf(ctx, id);
    if (surname) words.add(surname);
    const person = ctx.index.people.get(id);
    for (const name of person ? [person.name, ...person.aliases] : []) {
      const last = fold(name).split(" ").at(-1);
      if (last && last.length >= 3) words.add(last);
    }
  }
  for (const w of tokenize(q.question).folded.slice(mention.start, mention.end))
    if (w.length >= 3 && !NAME_PARTICLES.has(w)) words.add(w);
  return words;
}
