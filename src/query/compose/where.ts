/** "where did X meet Y?": the place (and occasion) of each of their meetings. */

import { tokenize } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { STOPWORDS } from "../../text/stopwords.ts";
import { placeWords } from "../format.ts";
import { asksOccasion } from "../intent.ts";
import type { QuestionParse } from "../parse.ts";
import { bestSentences } from "../quotes.ts";
import type { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, dateWords } from "./context.ts";
import { meetingFacts } from "./meeting-facts.ts";
import { addQuotes, clip } from "./quoting.ts";

/** Answers "where did X meet Y?" (and "at what event did X meet Y?"). */
export function where(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  const reply = meetingFacts(ctx, q, selection, (m) =>
    [
      m.status === "planned" ? w.verbToMeet : w.verbMet,
      m.place ? placeWords(m.place, w) : w.noPlace,
      m.occasion ? w.atOccasion(m.occasion) : "",
      m.date ? dateWords(ctx, m) : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
  // The event asked for: the sentence of the newest meeting's report that names it, in full (a record
  // keeps a short form of a long name).
  const newest = selection.meetings.find((m) => m.occasion);
  if (asksOccasion(q.question) && newest?.occasion) {
    const words = tokenize(newest.occasion).folded.filter((t) => t.length > 1 && !STOPWORDS.has(t));
    const quoted = (text: string) =>
      reply.lines.some(
        (line) =>
          typeof line !== "function" && line.segments.some((s) => typeof s === "string" && s.includes(text)),
      );
    const quotes = bestSentences(ctx.index, [newest.articleId], words.map(stem), { minShare: 0.6, limit: 1 });
    addQuotes(
      reply,
      quotes.filter((quote) => !quoted(clip(quote.sentence.text))),
    );
  }
  return reply;
}
