/**
 * The chair of a meeting just reported: "A meeting of the friendship group was held with the
 * participation of Ambassador Y. The meeting was chaired by X." The one who chaired it sat at it, so X
 * joins that meeting rather than standing as a side of a meeting of their own.
 */

import { MENTION_LIST, mentionNumbers } from "./mention-list.ts";

// "the meeting was chaired by @m1", "the talks were co-chaired by @m1 and @m2", "the discussion,
// which was moderated by @m1": "the" points back at the meeting told before. (A sitting or a session of
// a body chaired by someone is another event, so only meeting nouns.)
const CHAIRED_BY = new RegExp(
  String.raw`\bthe (?:[\w'’-]+ )?(?:meeting|talks|discussion|conversation|consultations|negotiations)(?: , which)? (?:was|were|had been) (?:also )?(?:chaired|co-chaired|presided over|moderated) by (${MENTION_LIST})`,
);

/** The mention numbers of the people who chaired the meeting the sentence's skeleton points back at. */
export function chairsOfTheMeeting(sk: string): number[] {
  const m = CHAIRED_BY.exec(sk);
  return m ? mentionNumbers(m[1]) : [];
}
