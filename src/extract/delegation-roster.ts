/**
 * Which meetings a roster of a delegation speaks of. "The delegation also included MPs A and B" told
 * in the paragraph of a meeting, or after the only meeting the report has told, names who sat at it.
 * Told after several meetings, in a paragraph of its own ("... met Y. ... met Z. The delegation also
 * includes A and B, and returns home on Friday"), it tells who travelled: whether A and B sat at any
 * one meeting the report does not say, so they are added to none of those. But wherever the report
 * has a delegation of peers (led by a deputy speaker, a committee's or a friendship group's head)
 * meet someone as one ("the delegation met Y", "the Ostrian MPs were received by Z"), before or after
 * the roster, its members were there. A Speaker's delegation is told as the Speaker's: "the delegation
 * met Y" is the Speaker's meeting; and a plan of the delegation does not say who will sit.
 */
import type { Doc, Mention } from "./document.ts";

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

// The nouns by which a report has a delegation act as one: "the delegation", "the guests", and the
// members of parliaments ("the Ostrian MPs"), which leave out a diplomat who travelled with them.
const GROUP_NOUN = /^(?:delegation|delegations|delegates|guests|visitors)$/;
const LEGISLATORS_NOUN =
  /^(?:deputies|mps|meps|lawmakers|legislators|parliamentarians|senators|congressmen|congresswomen)$/;
// A Speaker's or a chamber chair's delegation is told as theirs: "the delegation met Y" is the head's
// meeting, their company's presence unsaid. A delegation of peers (a friendship group, a committee,
// a group of deputies led by one of them) meets as a whole.
const PRESIDES_A_CHAMBER = /\b(?:speaker|chair|chairman|chairwoman|chairperson|president|marshal)\b/i;
const PART_OF_A_CHAMBER =
  /\b(?:vice|deputy|group|committee|commission|delegation|faction|friendship|caucus|council of europe)\b|vice-/i;
const DIPLOMAT = /\b(?:ambassador|envoy|diplomat|charg[eé] d['’]affaires|consul)\b/i;

/** A meeting as the roster pass needs it: its people and the sentence that told it. */
interface RosterMeeting {
  people: number[];
  sentence: number;
  planned: boolean;
}

/**
 * Adds the members a roster names (`members`, local person ids) to every meeting whose sentence has
 * their delegation act as one: a mention of the delegation's head that the report wrote as the
 * group ("the delegation", "the Ostrian MPs"), the head being of the members' country.
 */
export function rosterJoinsGroupMeetings(
  doc: Doc,
  meetings: RosterMeeting[],
  members: readonly number[],
): void {
  if (!members.length) return;
  for (const m of meetings) {
    const s = doc.sentences[m.sentence];
    // A plan of the delegation ("the Ostrian MPs are expected to hold talks with Y") is its programme:
    // who will sit at each meeting is not said.
    if (!s || m.planned) continue;
    const nouns = (x: Mention) => s.tokens.slice(x.from, x.to).map((t) => t.key);
    const group = s.mentions.find(
      (x) =>
        x.kind === "person" &&
        x.resolved &&
        x.person !== undefined &&
        m.people.includes(x.person) &&
        nouns(x).some((w) => GROUP_NOUN.test(w) || LEGISLATORS_NOUN.test(w)),
    );
    const head = group?.person === undefined ? undefined : doc.people[group.person];
    if (
      !group ||
      !head ||
      head.roles.some((r) => PRESIDES_A_CHAMBER.test(r.title) && !PART_OF_A_CHAMBER.test(r.title))
    )
      continue;
    const legislators = !nouns(group).some((w) => GROUP_NOUN.test(w));
    for (const id of members) {
      const member = doc.people[id];
      if (!member || id === head.id || m.people.includes(id)) continue;
      if (member.country && head.country && member.country !== head.country) continue;
      if (legislators && member.roles.some((r) => DIPLOMAT.test(r.title))) continue;
      m.people.push(id);
    }
  }
}
