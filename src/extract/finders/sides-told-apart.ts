/**
 * Talks whose people are named side by side: "Talks were held on the Kazakh side by A and on the
 * Hungarian side by B", "The meeting was attended from the Turkish side by A and B, and from the
 * Kyrgyz side by C". Each "side" is a mention of its own (a country's side); the people "by" whom it
 * was held or attended are that side, and the sides met. A single side so named tells no meeting by
 * itself (the finders of attendance read "from the X side, A also took part"). So are sides told by who
 * represented them ("The Kyrgyz side was represented by A, and the Tajik side by B") at talks that
 * sentence or the one before tells as held.
 */

import { M, mentionNumbers } from "./mention-list.ts";

// The people of one side: mentions joined by commas or "and" alone (MENTION_LIST's word before an item
// would take the "on" of the next side: "by @m1 and on @m2").
const PEOPLE = String.raw`${M}(?:(?: ,| and| , and) ${M})*`;

// "on / from @m0 (, the talks were held / attended) by @m1 (and @m2)".
const SIDE_BY = new RegExp(
  String.raw`\b(?:on|from) (${M})(?: ,)? (?:[^@;.]{0,50}? )?by (?:the )?(${PEOPLE})`,
  "g",
);

// The talks or the meeting the sides held, told as held or attended.
const HELD_OR_ATTENDED =
  /\b(?:talks|meeting|negotiations|consultations|conversation)\b.*\b(?:held|attended|conducted)\b|\b(?:held|attended|conducted)\b.*\b(?:talks|meeting|negotiations|consultations|conversation)\b/;

// "@m0 was represented by @m1", and the next side with the verb left out: ", and @m2 by @m3" (a mention
// followed by "by" opens the next side, not one more of this side's people).
const REPRESENTED_BY = new RegExp(
  String.raw`(${M}) (?:(?:was|were|is|are|has been|had been) )?(?:represented )?by (?:the )?(${M}(?:(?: ,| and| , and) ${M}(?! by))*)`,
  "g",
);
// Talks, a meeting or a sitting told as held: what the sides were represented at.
const TALKS_HELD =
  /\b(?:talks|meeting|negotiations|consultations|session|sitting)\b.*\b(?:held|took place|attended|conducted|opened)\b|\b(?:held|attended|conducted)\b.*\b(?:talks|meeting|negotiations|consultations|session|sitting)\b/;

/**
 * The people of each side, in the order the skeleton names them, when it names two or more sides of
 * talks held or attended; `isSide(n)` tells whether mention n is a side ("the Kazakh side").
 */
export function sidesToldApart(sk: string, isSide: (n: number) => boolean): number[][] {
  return HELD_OR_ATTENDED.test(sk) ? peopleOfSides(sk, SIDE_BY, isSide) : [];
}

/**
 * The people of each side told by who represented it ("@m0 was represented by @m1 , and @m2 by @m3"),
 * when the skeleton `sk` names two or more sides so and it or the sentence before (`before`) tells talks
 * or a meeting held; `isSide(n)` tells whether mention n is a side. A side represented at what is to
 * come, or by a body, has no people here.
 */
export function sidesRepresented(
  sk: string,
  before: string | undefined,
  isSide: (n: number) => boolean,
): number[][] {
  if (!/\brepresented by\b/.test(sk) || !(TALKS_HELD.test(sk) || TALKS_HELD.test(before ?? ""))) return [];
  return peopleOfSides(sk, REPRESENTED_BY, isSide);
}

/** The people of each side a pattern (side, people) matches in `sk`, when there are two sides or more. */
function peopleOfSides(sk: string, pattern: RegExp, isSide: (n: number) => boolean): number[][] {
  const sides: number[][] = [];
  for (const m of sk.matchAll(pattern)) {
    const side = Number(m[1]?.slice(2));
    const people = mentionNumbers(m[2]);
    if (isSide(side) && people.length) sides.push(people);
  }
  return sides.length >= 2 ? sides : [];
}
