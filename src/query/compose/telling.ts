/**
 * "what did X tell Y about?": the sentence in which X tells, informs, briefs or explains. The words
 * after the verb name whom X told, and the sentence that answers mostly calls them "them" or "the
 * guests"; so the report is found by the question's words, and the answer in it by its verb.
 */
import type { IndexedSentence } from "../../facts/index.ts";
import { fold } from "../../text/normalize.ts";
import type { QuestionParse } from "../parse.ts";
import type { Quote } from "../quotes.ts";
import { type Selection, selectMeetings } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { surnameOf } from "./quoting.ts";

// "what did X tell Y?", "what did X inform Y about?", "what did X brief Y on?".
const ASKS_TELLING = /^(what|which)\b.*\b(tell|inform|brief|explain)\b/i;
// The verbs of telling someone something, as reports write them ("told", "informed", "outlined").
const TELLS =
  /\b(told|tell(s|ing)?|inform(s|ed|ing)?|brief(s|ed|ing)?|explain(s|ed|ing)?|outlin(e|es|ed|ing)|acquaint(s|ed|ing)?)\b/i;

/** Whether a question asks what someone told someone else. */
export function asksWhatWasTold(q: QuestionParse): boolean {
  return ASKS_TELLING.test(q.question);
}

/**
 * The sentence that tells, for a question of what someone told: among the sentences with a verb of
 * telling in the reports of the best quotes and of the meetings asked about, the one that has most of
 * the question's words, then the nearest to the best quote, then the one naming the people asked. A
 * sentence with none of those answers only from the best quote's report (or, without quotes, from
 * the reports of the meetings asked about). The quotes stay when one of them tells, or when no
 * sentence does.
 */
export function tellingQuotes(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  quotes: Quote[],
): Quote[] {
  if (quotes.some((quote) => TELLS.test(quote.sentence.text))) return quotes;
  const best = quotes[0]?.sentence;
  const articles = new Set([
    ...quotes.map((quote) => quote.sentence.articleId),
    ...selection.meetings.slice(0, MAX_REPORTS).map((m) => m.articleId),
    // The question's words chose among the meetings by what the reports say; the answer's report may say
    // it only in the sentence that tells, so every meeting of the people asked (and countries) is read.
    ...selectMeetings(ctx.index, { ...q, keywords: [] }, ctx.countries)
      .meetings.slice(0, MAX_REPORTS)
      .map((m) => m.articleId),
  ]);
  const surnames = q.people.flatMap((p) => p.ids.map((id) => surnameOf(ctx, id) ?? ""));
  const weigh = (s: IndexedSentence, words: string[], share: number) =>
    words.reduce((sum, k) => sum + (s.keywords.has(k) ? share * ctx.index.weight(k) : 0), 0);
  const wordScore = (s: IndexedSentence) => weigh(s, q.keywords, 1) + weigh(s, q.countryKeywords, 0.5);
  const namesAsked = (s: IndexedSentence) =>
    surnames.filter((name) => name && s.text.toLowerCase().includes(name)).length;
  const distance = (s: IndexedSentence) =>
    best && s.articleId === best.articleId ? Math.abs(s.index - best.index) : Number.MAX_SAFE_INTEGER;
  // Without a best quote, the reports of the meetings asked about are where the answer is.
  const asked = new Set(best ? [best.articleId] : selection.meetings.map((m) => m.articleId));
  const candidates = [...articles]
    .flatMap((id) => ctx.index.sentencesOf(id))
    .filter((s) => TELLS.test(s.text) && (wordScore(s) + namesAsked(s) > 0 || asked.has(s.articleId)))
    .filter((s) => toTheListener(ctx, q, s))
    .sort(
      (a, b) => wordScore(b) - wordScore(a) || distance(a) - distance(b) || namesAsked(b) - namesAsked(a),
    );
  const found = candidates[0];
  return found ? [{ sentence: found, score: wordScore(found), matched: [] }] : quotes;
}

// The reports of the meetings asked about that are read for a sentence that tells (newest first).
const MAX_REPORTS = 25;

/**
 * Whether a sentence of a report can tell of what was said to the other people asked ("what did X tell
 * Y?"): the nearest sentence up to it that names someone X met in that report names Y, not someone
 * else X met there ("Birla told the European Parliament Vice President" is not what he told Matviyenko).
 * A report of meetings with the asked people only, or a question about one person, keeps every sentence.
 */
function toTheListener(ctx: ComposeContext, q: QuestionParse, s: IndexedSentence): boolean {
  const [teller, ...listeners] = q.people;
  if (!teller || !listeners.length) return true;
  const asked = new Set(q.people.flatMap((p) => p.ids));
  const tellerIds = new Set(teller.ids);
  // The teller's meetings in that report, from the index (no scan of every meeting).
  const met = teller.ids
    .flatMap((id) => ctx.index.meetingsOf(id))
    .filter((m) => m.articleId === s.articleId)
    .flatMap((m) => m.participants)
    .filter((id) => !tellerIds.has(id));
  const others = new Set(met.filter((id) => !asked.has(id)).map((id) => surnameOf(ctx, id)));
  others.delete(undefined);
  if (!others.size) return true;
  const wanted = new Set(met.filter((id) => asked.has(id)).map((id) => surnameOf(ctx, id)));
  const sentences = ctx.index.sentencesOf(s.articleId);
  for (let i = s.index; i >= 0; i--) {
    const words = fold(sentences[i]?.text ?? "").split(" ");
    if (words.some((w) => wanted.has(w))) return true;
    if (words.some((w) => others.has(w))) return false;
  }
  return false;
}
