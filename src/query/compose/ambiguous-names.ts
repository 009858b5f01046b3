/**
 * A name several people answer to ("Kim", "Al Ghanim") is narrowed by what the question says beside
 * it, before anything is answered: the title typed before it ("Speaker Kim"), or the other people named
 * ("Al Ghanim and Tulia Ackson": the one who met her). When nothing tells them apart, it stays ambiguous
 * and the reply answers for all of them, saying so.
 */

import { NAME_PARTICLES } from "../../text/name-words.ts";
import { fold, tokenize } from "../../text/normalize.ts";
import type { QuestionParse } from "../parse.ts";
import type { PersonMention } from "../people.ts";
import type { ComposeContext } from "./context.ts";

// Titles typed before a name, as the start of the words of role titles that carry them.
const TITLES: Record<string, string> = {
  speaker: "speaker",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  chair: "chair",
  president: "president",
  ambassador: "ambassador",
  minister: "minister",
  senator: "senator",
  governor: "governor",
  marshal: "marshal",
};

/** The people of a question, each ambiguous name narrowed by its title and by the others named. */
export function narrowedAmbiguous(ctx: ComposeContext, q: QuestionParse): PersonMention[] {
  return narrowedByOthers(ctx, narrowedByTitle(ctx, q));
}

// Of the people a name answers to, the only one whose roles carry the title typed before it.
function narrowedByTitle(ctx: ComposeContext, q: QuestionParse): PersonMention[] {
  if (!q.people.some((p) => p.alternatives.length)) return q.people;
  const { folded } = tokenize(q.question);
  return q.people.map((p) => {
    // The word before the name, past the particles the name was matched without ("Speaker Al Vashti").
    let before = p.start - 1;
    while (before > 0 && NAME_PARTICLES.has(folded[before] ?? "")) before--;
    const title = TITLES[folded[before] ?? ""];
    if (!p.alternatives.length || !title) return p;
    const holds = (ids: string[]) =>
      ids.some((id) =>
        ctx.index.people.get(id)?.roles.some((r) =>
          fold(r.title)
            .split(" ")
            .some((w) => w.startsWith(title)),
        ),
      );
    return only(p, holds);
  });
}

// Of the people a name answers to, the only one who met the other people the question names.
function narrowedByOthers(ctx: ComposeContext, people: PersonMention[]): PersonMention[] {
  if (people.length < 2) return people;
  return people.map((p) => {
    const others = new Set(people.filter((o) => o !== p).flatMap((o) => o.ids));
    const metThem = (ids: string[]) =>
      ids.some((id) => ctx.index.meetingsOf(id).some((m) => m.participants.some((x) => others.has(x))));
    return only(p, metThem);
  });
}

// The mention narrowed to the one candidate that passes (its entries, or one alternative), else as it was.
function only(p: PersonMention, passes: (ids: string[]) => boolean): PersonMention {
  if (!p.alternatives.length) return p;
  const candidates = [p.ids, ...p.alternatives.map((id) => [id])].filter(passes);
  if (candidates.length !== 1) return p;
  return { ...p, ids: candidates[0] as string[], alternatives: [] };
}
