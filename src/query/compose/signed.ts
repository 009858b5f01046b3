/**
 * "what did X and Y sign?": the documents recorded for their meetings; when none is, that is said,
 * then at most one sentence of theirs about signing that names both sides.
 */
import { stem } from "../../text/stem.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, circumstances, sides, subjectName, suffix, unmatchedWords } from "./context.ts";
import { addQuotes, quoteFor, quoteNamingAll } from "./quoting.ts";

/** Answers "what did X sign?", "what was signed in 2025?". */
export function signed(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  const reply = new Reply();
  for (const m of selection.meetings.filter((x) => x.agreements.length)) {
    const verb = m.status === "planned" ? w.toBeSignedBy : w.signedBy;
    reply.add(
      [m.articleId],
      { bold: m.agreements.join("; ") },
      ` — ${verb} ${sides(ctx, m)}${suffix(circumstances(ctx, m)).replace(/^ — /, " ")}`,
    );
  }
  // "what did X sign with Argentina?" when nothing of X's is with Argentina: say so before the others.
  if (reply.lines.length && selection.unmatched.length)
    reply.setHeader(
      `${w.noAgreement(`${subjectName(ctx, q)} ${unmatchedWords(ctx, selection)}`)} ${
        selection.undatedOnly ? w.undatedAre : w.othersAre
      }`,
    );
  // "What document are they set to sign?": the sentence that says more, when the question asks more.
  if (reply.lines.length)
    return q.keywords.length ? addQuotes(reply, quoteFor(ctx, q, selection, 0.5, 1)) : reply;
  reply.setHeader(w.noAgreement([subjectName(ctx, q), q.date?.text ?? ""].filter(Boolean).join(" ")));
  // Only a sentence about signing answers what was signed.
  const quotes = quoteNamingAll(ctx, { ...q, keywords: [...q.keywords, stem("sign")] }, selection);
  return addQuotes(
    reply,
    quotes.filter((quote) => /\bsign/i.test(quote.sentence.text)),
  );
}
