/**
 * Which meetings a roster of a delegation speaks of, and whether its members count there. "The
 * delegation also included MPs A and B" tells who travelled. A delegation with a head is told as its
 * head: "a delegation led by X met Y" is a meeting of X and Y, whoever else the delegation included
 * elsewhere (members named with "including", "comprising" or "accompanied by" in the clause of the
 * meeting verb sat at that table, see meetings.ts). A roster told on its own after the
 * meeting ("X met Y. The delegation includes MPs A and B"), in the paragraph of that meeting or after
 * the only meeting the report has told, names who sat at it, beside the head or instead of a side
 * the meeting names no one of ("the Ostrian delegation met Y"): the annotated real reports count them.
 * Told after several meetings, in a paragraph of its own ("... met Y. ... met Z. The delegation also
 * includes A and B, and returns home on Friday"), it joins none of those.
 */
import type { Doc } from "./document.ts";

/** The finder name of a roster of a delegation (see finders/delegation-members.ts). */
export const ROSTER_FINDER = "delegation-members";

/**
 * Whether a roster told in sentence `roster` speaks of the meeting told in sentence `meeting`, given
 * the sentences of all the meetings told before it (`told`).
 */
export function rosterOfMeeting(doc: Doc, roster: number, meeting: number, told: readonly number[]): boolean {
  const paragraph = (n: number) => doc.sentences[n]?.paragraph;
  return paragraph(roster) === paragraph(meeting) || told.length <= 1;
}
