/**
 * "what did X and Y discuss?": the topics recorded for their meetings; when none are, that is said,
 * then at most one sentence that names both sides.
 */
import { stem } from "../../text/stem.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, circumstances, sides } from "./context.ts";
import { notFound } from "./not-found.ts";
import { addQuotes, quoteNamingAll } from "./quoting.ts";

const AGREE = /\bagree(d)?\b/i;

/** Answers "what did X and Y discuss?". */
export function discussed(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const reply = new Reply();
  const meetings = selection.meetings.slice(0, 3);
  // "What did they agree on?": the steps agreed and documents signed, when recorded, before the topics.
  const agreed = AGREE.test(q.question);
  for (const m of meetings) {
    const items = agreed ? [...m.agreements, ...m.topics] : m.topics;
    reply.add(
      [m.articleId],
      { bold: sides(ctx, m) },
      ` (${circumstances(ctx, m)}): ${items.length ? items.join("; ") : ctx.words.topicsNotRecorded}`,
    );
  }
  // A question that asks for something in particular ("which initiative") may be answered by a sentence;
  // so is one whose topics are not recorded.
  // "What did they agree on?" with nothing agreed recorded: what was agreed is told by a sentence more often than by the topics.
  const agreedRecorded = agreed && meetings.some((m) => m.agreements.length);
  if (q.keywords.length || (agreed && !agreedRecorded) || !meetings.some((m) => m.topics.length)) {
    const keywords = [...q.keywords, ...(agreed ? [stem("agreed")] : [])];
    const asked = keywords.length > 0;
    if (!asked) keywords.push(stem("discuss"));
    let quotes = quoteNamingAll(ctx, { ...q, keywords }, selection);
    // Nothing asked in particular and no sentence says "discussed": what one side said to the other
    // ("stressed", "highlighted") is how reports give the matter of talks.
    if (!quotes.length && !asked) quotes = quoteNamingAll(ctx, { ...q, keywords: [stem("say")] }, selection);
    addQuotes(reply, quotes);
  }
  if (!reply.lines.length) return notFound(ctx, q);
  return reply;
}
