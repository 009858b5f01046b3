/** "when did X meet Y?": the date of each of their meetings ("reported on …" when the article gives none). */
import type { Meeting } from "../../facts/types.ts";
import { meetingDateWords, placeWords } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, sides } from "./context.ts";
import { eventDateQuotes } from "./event-date.ts";
import { meetingFacts } from "./meeting-facts.ts";
import { addQuotes } from "./quoting.ts";
import { visitDays } from "./visit-days.ts";

// A question with one of these words asks when people met: the date of their meeting answers it. (A
// capitalised "Meeting" names an event: "when will the High Level Meeting of Speakers take place?")
const MEETING_VERB = /\b(meet|meets|met|meeting|talks|talked|receiv\w*|host\w*|visit\w*|call(s|ed)? on)\b/;
const asksWhenTheyMet = (question: string) =>
  MEETING_VERB.test(question.replace(/(?<=\S\s+)\p{Lu}\S*/gu, " ").toLowerCase());

/** Answers "when did X meet Y?", and "when will X address the diaspora?" (an event that is no meeting). */
export function when(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  // The date is the answer: written as the language writes an answer's date (in words and figures).
  const answer = { ...w, range: w.answerRange };
  const facts = (m: Meeting) =>
    [
      m.status === "planned" ? w.verbToMeet : w.verbMet,
      m.place ? placeWords(m.place, w) : "",
      meetingDateWords(m, ctx.index.articles.get(m.articleId)?.published, answer),
    ]
      .filter(Boolean)
      .join(" ");
  // A journey asked about, its talks undated: the sentence that dates the journey, then its talks.
  const journey = visitDays(ctx, q, selection);
  if (journey) return withMeetingsOf(journey, ctx, selection, facts);
  const events = asksWhenTheyMet(q.question) ? [] : eventDateQuotes(ctx, q, selection);
  if (!events.length) return meetingFacts(ctx, q, selection, facts, true);
  // The sentences that date the event, then the meetings their report tells of (the same visit's talks).
  return withMeetingsOf(addQuotes(new Reply(), events), ctx, selection, facts);
}

// The reply's lines, then the meetings chosen that the articles of those lines report.
function withMeetingsOf(
  reply: Reply,
  ctx: ComposeContext,
  selection: Selection,
  facts: (m: Meeting) => string,
): Reply {
  const reports = new Set(reply.lines.flatMap((l) => (typeof l === "function" ? l() : l).articleIds));
  for (const m of selection.meetings)
    if (reports.has(m.articleId)) reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${facts(m)}`);
  return reply;
}
