/** "where did X meet Y?": the place (and occasion) of each of their meetings. */
import { placeWords } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import type { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, dateWords } from "./context.ts";
import { meetingFacts } from "./meeting-facts.ts";

/** Answers "where did X meet Y?". */
export function where(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply {
  const w = ctx.words;
  return meetingFacts(ctx, q, selection, (m) =>
    [
      m.status === "planned" ? w.verbToMeet : w.verbMet,
      m.place ? placeWords(m.place, w) : w.noPlace,
      m.occasion ? w.atOccasion(m.occasion) : "",
      m.date ? dateWords(ctx, m) : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
}
