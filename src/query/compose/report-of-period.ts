/**
 * "who did X meet in December 2020?" when none of X's meetings is recorded then: the report of that
 * period that names X (a phone call, a letter, a trip the base holds no meeting of) is worth a line, so
 * that the reader sees what happened then and where it is told.
 */
import { compareCodeUnits } from "../../text/compare.ts";
import { fold, words } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { dateMatches } from "../dates.ts";
import type { QuestionParse } from "../parse.ts";
import type { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { quoted, surnameOf } from "./quoting.ts";

/**
 * Adds the first sentence naming the one person asked about from the newest report published in the
 * period asked, when the period matched none of their meetings. Nothing otherwise.
 */
export function addReportOfPeriod(
  reply: Reply,
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
): void {
  const date = q.date;
  const person = q.people[0];
  if (!date || !person || q.people.length !== 1 || !selection.unmatched.some((n) => n.kind === "date"))
    return;
  const surnames = person.ids.map((id) => surnameOf(ctx, id)).filter((s) => s !== undefined);
  const published = (id: string) => ctx.index.articles.get(id)?.published ?? "";
  const reports = [...new Set(surnames.flatMap((s) => ctx.index.articlesContaining(stem(s))))]
    .filter((id) => dateMatches(date, published(id)))
    .sort((a, b) => compareCodeUnits(published(b), published(a)));
  for (const id of reports) {
    const sentence = ctx.index
      .sentencesOf(id)
      .find((s) => words(fold(s.text)).some((w) => surnames.includes(w)));
    if (!sentence) continue;
    const lead = ctx.words.reportedThen ? `${ctx.words.reportedThen} ` : "";
    reply.add([id], `${lead}${quoted(sentence.text)}`);
    return;
  }
}
