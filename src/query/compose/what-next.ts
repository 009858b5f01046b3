/**
 * "what did X do after meeting Y?", "what did X do after the talks?": what a report tells next. News
 * prose says it in a sentence that follows the meeting and opens with a word of sequence ("After the
 * talks, the Speaker held a luncheon", "Then the delegation went to …") or has one ("X later visited the
 * parliament building"); such a sentence seldom repeats the question's words, so it is found by its place.
 */
import type { IndexedSentence } from "../../facts/index.ts";
import type { QuestionParse } from "../parse.ts";
import type { Quote } from "../quotes.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";

// "what did X do after …", "what did X do next / then / afterwards".
const ASKS_WHAT_NEXT = /^what (did|does|will|would) .+ do (after|next|then|afterwards|later)\b/i;
// A sentence telling what came next: opening with a word of sequence, or with one inside it.
const OPENS_WITH_SEQUENCE =
  /^(after (the|this|that|these|those|his|her|their)\b[^,]{0,60},|then\b|later\b|afterwards\b|subsequently\b|following (the|this|that)\b[^,]{0,60},)/i;
const HAS_SEQUENCE = /\b(later|afterwards|subsequently|then)\b/i;

/** Whether a question asks what someone did after an event. */
export function asksWhatNext(q: QuestionParse): boolean {
  return ASKS_WHAT_NEXT.test(q.question) && q.people.length > 0;
}

/**
 * The sentence telling what followed the meetings asked about: in each of their reports (newest first),
 * the first sentence after the meeting's own that opens with a word of sequence, else the first after it
 * that has one. None when no report tells it.
 */
export function whatNextQuotes(ctx: ComposeContext, selection: Selection): Quote[] {
  for (const m of selection.meetings) {
    const sentences = ctx.index.sentencesOf(m.articleId);
    const at = sentences.findIndex((s) => m.evidence && s.text.includes(m.evidence));
    const after = sentences.slice(at + 1);
    const found: IndexedSentence | undefined =
      after.find((s) => OPENS_WITH_SEQUENCE.test(s.text)) ?? after.find((s) => HAS_SEQUENCE.test(s.text));
    if (found) return [{ sentence: found, score: 0, matched: [] }];
  }
  return [];
}
