/** Open questions ("which port did Nazarbayev mention?"): the best sentences of the subject's articles. */
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, subjectName } from "./context.ts";
import { meetingList } from "./meeting-list.ts";
import { addQuotes, quoteFor } from "./quoting.ts";
import { whoIs } from "./who-is.ts";
import { whoMet } from "./who-met.ts";

/** Answers a question whose answer only the article text holds; else says what is known of the subject. */
export function open(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const quotes = quoteFor(ctx, q, selection, 0.34, 2, true);
  if (quotes.length) return addQuotes(new Reply(), quotes);
  // No sentence answers it: say so, then what is known of the subject (facts, not a guess at the answer).
  const reply = q.people.length
    ? q.intent === "who-is"
      ? whoIs(ctx, q, selection)
      : whoMet(ctx, q, selection)
    : meetingList(ctx, q, selection, ctx.words.meetingsOf(subjectName(ctx, q)));
  return reply.notice(ctx.words.noSentence);
}
