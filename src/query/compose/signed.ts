/**
 * "what did X and Y sign?": the documents recorded for their meetings; when none is, that is said,
 * then at most one sentence of theirs about signing that names both sides.
 */
import type { Meeting } from "../../facts/types.ts";
import { stem } from "../../text/stem.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, circumstances, sides, subjectName, suffix, unmatchedWords } from "./context.ts";
import { addQuotes, quoteFor, quoteNamingAll, surnameOf } from "./quoting.ts";

// How extraction words a step the sides agreed on, as opposed to a document signed.
const AGREED = /^agreed (?:to|on|that)\b/i;

/** Answers "what did X sign?", "what was signed in 2025?". */
export function signed(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  const reply = new Reply();
  addAgreements(ctx, reply, selection.meetings);
  // "what did X sign with Argentina?" when nothing of X's is with Argentina: say so before the others.
  if (reply.lines.length && selection.unmatched.length)
    reply.setHeader(
      `${w.noAgreement(`${subjectName(ctx, q)} ${unmatchedWords(ctx, selection)}`)} ${
        selection.undatedOnly ? w.undatedAre : w.signedAtOtherMeetings
      }`,
    );
  // "What document are they set to sign?": the sentence that says more, when the question asks more.
  if (reply.lines.length)
    return q.keywords.length ? addQuotes(reply, quoteFor(ctx, q, selection, 0.5, 1)) : reply;
  const none = w.noAgreement([subjectName(ctx, q), q.date?.text ?? ""].filter(Boolean).join(" "));
  // Nothing recorded for their meetings, but the report that names them both records a signing (the
  // heads of the delegations signed while they met, or their own meeting was not recorded): say so.
  const nearby = q.date ? [] : signedWhereAllNamed(ctx, q, new Set(selection.meetings));
  if (nearby.length) {
    addAgreements(ctx, reply, nearby);
    return reply.setHeader(`${none} ${w.inReportNamingAll ?? w.signedWhat}`);
  }
  reply.setHeader(none);
  // Only a sentence about signing answers what was signed: the best of those, not the best sentence
  // if it happens to tell of a signing (a report's title has more of the question's words).
  const quotes = quoteNamingAll(ctx, { ...q, keywords: [...q.keywords, stem("sign")] }, selection, (s) =>
    /\bsign/i.test(s.text),
  );
  return addQuotes(reply, quotes);
}

/** One line per meeting with documents: "Memorandum — signed by X and Y in Astana on …". */
function addAgreements(ctx: ComposeContext, reply: Reply, meetings: Meeting[]): void {
  const w = ctx.words;
  for (const m of meetings.filter((x) => x.agreements.length)) {
    const verb = m.status === "planned" ? w.toBeSignedBy : w.signedBy;
    const where = suffix(circumstances(ctx, m)).replace(/^ — /, " ");
    // A document signed, and a step the sides agreed on ("agreed to establish a joint committee"): the
    // second was not signed, so it is told as what the sides agreed.
    const documents = m.agreements.filter((a) => !AGREED.test(a));
    const decisions = m.agreements.filter((a) => AGREED.test(a));
    if (documents.length)
      reply.add([m.articleId], { bold: documents.join("; ") }, ` — ${verb} ${sides(ctx, m)}${where}`);
    if (decisions.length)
      reply.add([m.articleId], { bold: sides(ctx, m) }, ` ${decisions.join("; ")}${where}`);
  }
}

/**
 * The meetings with documents signed, other than `skip`, of the articles that name every person the
 * question names (by surname, or by a role the article gave them): none for a question about one person.
 */
export function signedWhereAllNamed(ctx: ComposeContext, q: QuestionParse, skip: Set<Meeting>): Meeting[] {
  if (q.people.length < 2) return [];
  const articlesOf = (ids: string[]) =>
    new Set(
      ids.flatMap((id) => {
        const surname = surnameOf(ctx, id);
        const roles = ctx.index.people.get(id)?.roles.map((r) => r.articleId) ?? [];
        return [...roles, ...(surname ? ctx.index.articlesContaining(stem(surname)) : [])];
      }),
    );
  const [first, ...rest] = q.people.map((p) => articlesOf(p.ids));
  const articles = new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
  if (!articles.size) return [];
  return ctx.index.byRecency.filter((m) => m.agreements.length && articles.has(m.articleId) && !skip.has(m));
}
