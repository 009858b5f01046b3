/**
 * A sitting held under two chairs: "The meeting of the intergovernmental commission was held under the
 * co-chairmanship of A and B", "a session of the working group co-chaired by A and B took place",
 * "chaired jointly by A and B", or, after a sentence that tells the body's sitting, "Its co-chairmen
 * were A and B". A joint body's two chairs sit at its table from either side, so the sitting is their
 * meeting. One chair alone ("chaired by X") tells no one met.
 */

import { MENTION_LIST, mentionNumbers } from "./mention-list.ts";

// The phrase naming the two chairs, then their list.
const CO_CHAIRED = new RegExp(
  String.raw`\b(?:under the (?:co-?chairmanship|co-?chairing|co-?chairship|joint chairmanship|co-?presidency) of|(?:co-?chaired|co-?presided(?: over)?|chaired jointly|jointly chaired|jointly presided over) by) (?:the )?(${MENTION_LIST})`,
);

// The sitting the phrase belongs to is told as held, in the sentence itself, or as having done the
// work of a sitting ("The session, chaired jointly by A and B, adopted a plan").
const HELD =
  /\b(?:was held|were held|took place|has taken place|met|convened|sat|opened|was opened|gathered|held (?:its|a|the) (?:[\w'’-]+ ){0,3}?(?:meeting|session|sitting)|adopted|approved|reviewed|considered|examined)\b/;

// "Its co-chairmen were A and B": the chairs of the sitting the sentence before told as held.
const CHAIRS_WERE = new RegExp(
  String.raw`^(?:its|the|their) (?:two )?(?:co-?chairmen|co-?chairs|co-?chairpersons|co-?chairwomen) were (?:the )?(${MENTION_LIST}) \.?$`,
);

// The sitting of a joint body: only such a sitting, told in the sentence before, has two chairs to be read.
const BODY_SITTING =
  /\b(?:commission|committee|working group|council|group|forum|board)\b.*\b(?:met|was held|took place|held (?:its|a|the) (?:[\w'’-]+ ){0,3}?(?:meeting|session|sitting))\b/;

/**
 * The mention numbers of the two (or more) who co-chaired the sitting the sentence's skeleton tells as
 * held; `before` is the skeleton of the sentence before, for "Its co-chairmen were A and B". Empty when
 * the sentence names no two co-chairs of a sitting held.
 */
export function coChairsOfASitting(sk: string, before: string | undefined): number[] {
  const phrase = CO_CHAIRED.exec(sk);
  if (phrase && HELD.test(sk)) {
    const chairs = mentionNumbers(phrase[1]);
    return chairs.length >= 2 ? chairs : [];
  }
  const were = CHAIRS_WERE.exec(sk);
  if (were && before !== undefined && BODY_SITTING.test(before)) {
    const chairs = mentionNumbers(were[1]);
    return chairs.length >= 2 ? chairs : [];
  }
  return [];
}
