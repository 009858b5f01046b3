/**
 * The lines of "when" and "where" answers: one per meeting of the people asked about, each saying
 * what was asked first, then the sentence that answers the rest.
 */
import type { Meeting } from "../../facts/types.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, sides, unmatchedNotice } from "./context.ts";
import { notFound } from "./not-found.ts";
import { addQuotes, quoteFor } from "./quoting.ts";

/** One line per selected meeting written by `facts`, the best quote, or "I don't know". */
export function meetingFacts(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  facts: (m: Meeting) => string,
): Reply {
  const reply = new Reply();
  for (const m of selection.meetings) reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${facts(m)}`);
  addQuotes(reply, quoteFor(ctx, q, selection, 0.5));
  if (!reply.lines.length) return notFound(ctx, q);
  unmatchedNotice(reply, ctx, q, selection);
  return reply;
}
