/**
 * Talks whose people are named side by side: "Talks were held on the Kazakh side by A and on the
 * Hungarian side by B", "The meeting was attended from the Turkish side by A and B, and from the
 * Kyrgyz side by C". Each "side" is a mention of its own (a country's side); the people "by" whom it
 * was held or attended are that side, and the sides met. A single side so named tells no meeting by
 * itself (the finders of attendance read "from the X side, A also took part").
 */

import { M } from "./mention-list.ts";

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

const numbers = (list: string | undefined) => [...(list ?? "").matchAll(/@m(\d+)/g)].map((x) => Number(x[1]));

/**
 * The people of each side, in the order the skeleton names them, when it names two or more sides of
 * talks held or attended; `isSide(n)` tells whether mention n is a side ("the Kazakh side").
 */
export function sidesToldApart(sk: string, isSide: (n: number) => boolean): number[][] {
  if (!HELD_OR_ATTENDED.test(sk)) return [];
  const sides: number[][] = [];
  for (const m of sk.matchAll(SIDE_BY)) {
    const side = Number(m[1]?.slice(2));
    const people = numbers(m[2]);
    if (isSide(side) && people.length) sides.push(people);
  }
  return sides.length >= 2 ? sides : [];
}
