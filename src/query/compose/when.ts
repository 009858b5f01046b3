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
  const events = asksWhenTheyMet(q.question) ? [] : eventDateQuotes(ctx, q, selection);
  if (!events.length) return meetingFacts(ctx, q, selection, facts, true);
  // The sentences that date the event, then the meetings their report tells of (the same visit's talks).
  const reply = addQuotes(new Reply(), events);
  const reports = new Set(events.map((e) => e.sentence.articleId));
  for (const m of selection.meetings)
    if (reports.has(m.articleId)) reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${facts(m)}`);
  return reply;
}
