/**
 * Openings that list who attended the meeting just reported, beside those the main attendance
 * pattern reads ("The meeting was attended by", "Taking part in the talks were"): the verb after its
 * place ("Also in the meeting took part deputies A and B"), the participation told as a phrase of its
 * own ("With the participation in the meeting of A."), and the witnesses of a signing that closed the
 * meeting ("Witnessing the signing were A, B and C", "The signing was witnessed by A").
 */

import { allMatches } from "../all-matches.ts";

// The occasions one attends: the meeting itself, its meal, the ceremony that closed it.
const OCCASION = String.raw`(?:meeting|talks|negotiations|conversation|discussions?|event|luncheon|lunch|dinner|breakfast|reception)`;
const OPENINGS = new RegExp(
  [
    // "Also in the meeting took part A and B": the place first, then the verb, then its subjects.
    String.raw`^(?:[^@]{0,20}? )?(?:also )?(?:in|at) (?:the|this|that) (?:[\w-]+ )?${OCCASION} (?:also )?(?:took part|participated|(?:were|was) present)`,
    // "With the participation in the meeting of A": "with the participation of" names the meeting.
    String.raw`with the participation (?:in|at) (?:the|this|that) (?:[\w-]+ )?${OCCASION}(?: (?:also|too))? of`,
    // "Witnessing the signing were A and B", "The signing ceremony was witnessed by A".
    String.raw`^(?:[^@]{0,20}? )?(?:also )?witnessing the (?:signing|ceremony)(?: ceremony)?(?: of the [^@,]{1,60}?)? (?:were|was)`,
    String.raw`\b(?:signing|ceremony) (?:of the [^@,]{1,60}? )?(?:was|were) (?:also )?witnessed by`,
  ].join("|"),
);

/**
 * The mention numbers (of sentence skeleton `sk`) of the people an opening of {@link OPENINGS} lists as
 * attending the meeting reported before; none when the sentence has no such opening. Everyone named
 * after the opening attended, as with "The meeting was attended by".
 */
export function attendeesAfterOpening(sk: string): number[] {
  const m = OPENINGS.exec(sk);
  if (!m) return [];
  return allMatches(/@m(\d+)/g, sk.slice((m.index ?? 0) + m[0].length)).map((x) => Number(x[1]));
}
