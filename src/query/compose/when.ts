/** "when did X meet Y?": the date of each of their meetings ("reported on …" when the article gives none). */
import { meetingDateWords, placeWords } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import type { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { meetingFacts } from "./meeting-facts.ts";

/** Answers "when did X meet Y?". */
export function when(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  // The date is the answer: written as the language writes an answer's date (in words and figures).
  const answer = { ...w, range: w.answerRange };
  return meetingFacts(ctx, q, selection, (m) =>
    [
      m.status === "planned" ? w.verbToMeet : w.verbMet,
      m.place ? placeWords(m.place, w) : "",
      meetingDateWords(m, ctx.index.articles.get(m.articleId)?.published, answer),
    ]
      .filter(Boolean)
      .join(" "),
  );
}
