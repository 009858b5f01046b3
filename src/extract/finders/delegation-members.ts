/**
 * The members of a delegation named after the meeting it had: "The delegation also included MPs A
 * and B", "The delegation comprised deputies A, B and C", "The Ostrian group included MPs A and B", "MPs A and B were also part of the Ostrian
 * delegation". They took part in the meeting the report told just before, beside the delegation's head.
 * So did members who spoke there: "Members of the delegation, A and B, raised questions on ...".
 */

import { allMatches } from "../all-matches.ts";
import { atTheMeeting } from "../at-the-meeting.ts";
import type { Sentence } from "../document.ts";
import { M, MENTION_LIST } from "./mention-list.ts";

// The names of a roster, each after the first maybe after a title of a few words the name finder left
// out of it ("MPs @m1 , @m2 and chief of staff-secretary @m3").
const ROSTER = `${M}(?:(?: ,| and| , and| as well as| , as well as)(?: [a-z][a-z-]*){0,4} ${M})*`;
const INCLUDED = `(?:also )?(?:included|includes|comprised|comprises|consisted of|consists of|(?:was|is) (?:composed|made up) of)`;
// The list may open with its plural title read as a group of its own ("consisted of Members of the
// Bundestag A and B": "@m1 @m2 and @m3").
// The delegation may be placed at the meeting: "The Ostrian delegation at the talks also comprised A and B".
// Its one word before the noun is letters and hyphens only, narrower than the common phrase's any word:
// a skeleton keeps digits ("the 2nd meeting"), so widening it could change which rosters are read.
const AT_THE_MEETING = `(?: ${atTheMeeting({ word: "[a-z-]" })})?`;
const MEMBERS = new RegExp(
  `^(?:[^@]{0,30}? )?(${M})${AT_THE_MEETING} ${INCLUDED} (?:[^@]{0,40}? )?(?:${M} )?(${ROSTER})`,
);
// The delegation told in plain words rather than as a mention: "The British group included MPs A and B".
const GROUP_MEMBERS = new RegExp(
  `^(?:[^@]{0,30}? )?(?:the|this|their|its) (?:[a-z-]+ ){0,3}?(?:delegation|group) ${INCLUDED} (?:[^@]{0,40}? )?(?:${M} )?(${ROSTER})`,
);
// "@m0 and @m1 were also part of @m2", "@m0 was also a member of @m2" (@m2 a delegation).
const PART_OF = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(${MENTION_LIST}) (?:were|was|are|is) (?:also )?(?:part|(?:a )?members?) of (${M})`,
);
// What one says at a meeting: a member who spoke right after the meeting was told was at it.
const SPOKE = String.raw`(?:also )?(?:said|noted|stressed|raised|asked|spoke|emphasi[sz]ed|underlined|expressed|proposed|suggested|informed|briefed|presented|shared|highlighted|pointed out|thanked|voiced|put forward|outlined|called for|added|inquired|enquired)`;
// "Members of the delegation, @m0 and @m1, raised ...", "@m0 and @m1, members of the delegation, noted ...".
// The delegation may be a mention of its own (then it must say "delegation").
const OF_DELEGATION = String.raw`(?:the (?:[\w-]+ )?delegation|(${M}))`;
const SPEAKING_MEMBERS = new RegExp(
  String.raw`^(?:[^@]{0,20}? )?(?:the )?(?:other )?members of ${OF_DELEGATION} , (?:namely )?(${MENTION_LIST}) , ${SPOKE}\b|^(${MENTION_LIST}) , (?:both |other )?members of ${OF_DELEGATION} , ${SPOKE}\b`,
);

/**
 * The mentions of the people a sentence names as members of a delegation ("the delegation
 * included A and B", "A and B were also part of the delegation"), or none. The delegation must be a
 * mention with the word "delegation" in it.
 */
export function delegationMembers(s: Sentence, sk: string): number[] {
  const included = MEMBERS.exec(sk);
  const part = included ? undefined : PART_OF.exec(sk);
  const list =
    included && isDelegation(s, included[1])
      ? included[2]
      : part && isDelegation(s, part[2])
        ? part[1]
        : GROUP_MEMBERS.exec(sk)?.[1];
  return people(s, list ?? "");
}

/**
 * The mentions of the members of a delegation who spoke in the sentence ("Members of the delegation,
 * A and B, raised questions on ..."), or none. A caller adds them to the meeting told just before only
 * when the sentence reports no meeting of its own.
 */
export function speakingDelegationMembers(s: Sentence, sk: string): number[] {
  const m = SPEAKING_MEMBERS.exec(sk);
  if (!m) return [];
  const [, ofFirst, first, second, ofSecond] = m;
  const of = first !== undefined ? ofFirst : ofSecond;
  return of === undefined || isDelegation(s, of) ? people(s, first ?? second ?? "") : [];
}

/** Whether the mention `at` ("@m3") is a delegation: the word "delegation" among its words. */
function isDelegation(s: Sentence, at: string | undefined): boolean {
  const m = s.mentions[Number(at?.slice(2))];
  if (!m || m.from < 0) return false;
  return s.tokens.slice(m.from, m.to).some((t) => t.key === "delegation");
}

/** The people among the mentions of a list. */
function people(s: Sentence, list: string): number[] {
  return allMatches(/@m(\d+)/g, list)
    .map((x) => Number(x[1]))
    .filter((n) => s.mentions[n]?.kind === "person");
}
