/**
 * Which meetings a roster of a delegation speaks of, and whether its members count there. "The
 * delegation also included MPs A and B" tells who travelled. A delegation with a head is told as its
 * head: "a delegation led by X met Y" is a meeting of X and Y, whoever else the delegation included
 * (the annotated reports count the head only: of the members named with "including", "comprising" or
 * "accompanied by", none is a participant where the delegation has a head). A delegation whose meeting
 * names no one of it, only its side ("the Ostrian delegation met Y"), is its members: the roster,
 * told in the paragraph of that meeting or after the only meeting the report has told, names who sat
 * at it. Told after several meetings, in a paragraph of its own ("... met Y. ... met Z. The
 * delegation also includes A and B, and returns home on Friday"), it joins none of those.
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

/**
 * The members of a roster (`members`, local person ids) who sat at `meeting`: all of them when the
 * meeting has their delegation only as an unnamed side and no one of their country by name (the
 * delegation is its members); none when someone of their country is at the meeting (the delegation's
 * head, who stands for it).
 */
export function membersAtHeadlessMeeting(
  doc: Doc,
  meeting: { people: readonly number[]; parties: readonly { country: string }[] },
  members: readonly number[],
): number[] {
  const countryOf = (id: number) => doc.people[id]?.country;
  return members.filter((id) => {
    const country = countryOf(id);
    if (!country || !meeting.parties.some((p) => p.country === country)) return false;
    return !meeting.people.some(
      (other) => other !== id && countryOf(other) === country && !members.includes(other),
    );
  });
}
