/**
 * A list of meetings, one line each (who, and where and when unless the header says it for all):
 * the answer for a country, a period, several people or the latest meetings.
 */
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import {
  type ComposeContext,
  circumstances,
  noMeetingHeading,
  sharedPhrase,
  sharedUnlessUnmatched,
  sides,
  suffix,
  unmatchedNotice,
} from "./context.ts";
import { addQuotes, quoteFor } from "./quoting.ts";

/**
 * One line per meeting under `header` (which ends with a colon; the shared place and date go before it).
 * `placeInHeader`: the header already says where they all were, so a place they share is not said again.
 */
export function meetingList(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  header: string,
  placeInHeader = false,
): Reply {
  // No meeting recorded, or none of a country's fits what the question says (a period): an article may
  // still say it in a sentence ("which senators took part in the video conference in June 2020?").
  if (!selection.meetings.length || (!q.people.length && selection.unmatched.length)) {
    const quotes = quoteFor(ctx, q, selection, 0.5, 1);
    if (quotes.length) return addQuotes(new Reply(), quotes);
    if (!selection.meetings.length) return new Reply().setHeader(noMeetingHeading(ctx, q));
  }
  const shared = sharedUnlessUnmatched(ctx, selection);
  const phrase = sharedPhrase(ctx, placeInHeader ? { ...shared, place: undefined } : shared);
  const reply = new Reply().setHeader(`${header.replace(/:$/, "")}${phrase}:`);
  for (const m of selection.meetings)
    reply.addLazy(() => {
      const signed = m.agreements.length ? ctx.words.alsoSigned(m.agreements) : "";
      const where = circumstances(ctx, m, shared);
      return {
        articleIds: [m.articleId],
        segments: [{ bold: sides(ctx, m, q.side) }, `${suffix(where)}${signed}`],
      };
    });
  unmatchedNotice(reply, ctx, q, selection);
  return reply;
}
