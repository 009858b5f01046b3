/**
 * Openings that list who attended the meeting just reported, beside those the main attendance
 * pattern reads ("The meeting was attended by", "Taking part in the talks were"): the verb after its
 * place ("Also in the meeting took part deputies A and B", "Also at the meeting were A and B"), the participation told as a phrase of its
 * own ("With the participation in the meeting of A."), the witnesses of a signing that closed the
 * meeting ("Witnessing the signing were A, B and C", "The signing was witnessed by A"), a meal's
 * attendance in a relative clause ("a luncheon for Y, which was also attended by A"), those "on hand",
 * and the people of one side ("The Ostrian side included A and B").
 */

import { allMatches } from "../all-matches.ts";
import { atTheMeeting } from "../at-the-meeting.ts";
import type { Sentence } from "../document.ts";
import { MEAL } from "../meals.ts";

// The occasions one attends: the meeting itself, its meal, the ceremony that closed it.
const OCCASION = `(?:meeting|talks|negotiations|conversation|discussions?|event|${MEAL})`;
const OPENINGS = new RegExp(
  [
    // "Also in the meeting took part A and B": the place first, then the verb, then its subjects.
    String.raw`^(?:[^@]{0,20}? )?(?:also )?(?:in|at) (?:the|this|that) (?:[\w-]+ )?${OCCASION} (?:also )?(?:took part|participated|(?:were|was) present)`,
    // "Also at the meeting were A and B": the place first, then a bare "were" and the attendees. A
    // participle after "were" makes it a passive of something else ("At the meeting were discussed ...").
    String.raw`^(?:[^@]{0,20}? )?(?:also )?(?:in|at) (?:the|this|that) (?:[\w-]+ )?${OCCASION} (?:were|was) (?:also )?(?![a-z]+(?:ed|en)\b)`,
    // "With the participation in the meeting of A": "with the participation of" names the meeting.
    String.raw`with the participation (?:in|at) (?:the|this|that) (?:[\w-]+ )?${OCCASION}(?: (?:also|too))? of`,
    // "Witnessing the signing were A and B", "The signing ceremony was witnessed by A".
    String.raw`^(?:[^@]{0,20}? )?(?:also )?witnessing the (?:signing|ceremony)(?: ceremony)?(?: of the [^@,]{1,60}?)? (?:were|was)`,
    String.raw`\b(?:signing|ceremony) (?:of the [^@,]{1,60}? )?(?:was|were) (?:also )?witnessed by`,
    // "hosted a luncheon for Y, which was also attended by A": the meal's attendance in a relative clause.
    String.raw`\b${OCCASION} (?:[^@.;]{0,40}? )?(?:for|in honou?r of|with) @m\d+ , (?:which|that) (?:was|were) (?:also )?attended by`,
    // "Also on hand were A and B".
    String.raw`^(?:[^@]{0,20}? )?(?:also )?on hand (?:were|was)`,
    // "The Ostrian side included A and B": the people of one side of the meeting.
    String.raw`^(?:[^@]{0,30}? )?\bside (?:also )?(?:included|comprised|consisted of)`,
  ].join("|"),
);
// "A and B were also on hand": the attendees before the verb.
const ON_HAND = /((?:@m\d+(?: ,| and| , and) )*@m\d+) (?:were|was) (?:also )?on hand\b/;

/**
 * The mention numbers (of sentence skeleton `sk`) of the people an opening of {@link OPENINGS} lists as
 * attending the meeting reported before; none when the sentence has no such opening. Everyone named
 * after the opening attended, as with "The meeting was attended by".
 */
export function attendeesAfterOpening(sk: string): number[] {
  const before = ON_HAND.exec(sk);
  if (before) return allMatches(/@m(\d+)/g, before[1] ?? "").map((x) => Number(x[1]));
  const m = OPENINGS.exec(sk);
  if (!m) return [];
  return allMatches(/@m(\d+)/g, sk.slice((m.index ?? 0) + m[0].length)).map((x) => Number(x[1]));
}

// "@m0 included @m1 and @m2", where @m0 is a side ("The Ostrian side included A and B").
// The side may be placed at the meeting: "The Ostrian side at the talks included A".
const SIDE_INCLUDED = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(@m\d+)(?: ${atTheMeeting()})? (?:also )?(?:included|includes|comprised|consisted of) `,
);

/**
 * The mention numbers of the people a side of the meeting just told is said to have included ("The
 * Ostrian side included A and B"), or none. The side must be a mention whose words say "side".
 */
export function sideIncluded(s: Sentence, sk: string): number[] {
  const m = SIDE_INCLUDED.exec(sk);
  if (!m || !/\bside\b/i.test(s.mentions[Number(m[1]?.slice(2))]?.description ?? "")) return [];
  return allMatches(/@m(\d+)/g, sk.slice((m.index ?? 0) + m[0].length)).map((x) => Number(x[1]));
}
