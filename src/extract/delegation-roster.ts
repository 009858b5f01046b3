/**
 * Which meeting a roster of a delegation speaks of. "The delegation also included MPs A and B" told
 * in the paragraph of a meeting, or after the only meeting the report has told, names who sat at it.
 * Told after several meetings, in a paragraph of its own ("... met Y. ... met Z. The delegation also
 * includes A and B, and returns home on Friday"), it tells who travelled: whether A and B sat at any
 * one meeting the report does not say, so they are added to none.
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
