/**
 * The meeting of a body is a sitting of its members, not the encounter a report told before it: "On
 * the same day, X took part in the meeting of the Assembly's Council chaired by Y" puts X at a council's
 * sitting, not at the talks of the sentence before.
 */

// What follows "took part" when the meeting is a body's: "in the meeting of the ... Council",
// "at a session of the standing committee". The body's noun ends the words after "of".
const OF_A_BODY =
  /^ (?:in|at) (?:the|a|an) (?:[\w-]+ ){0,2}?(?:meeting|session|sitting) of (?:the |its |their |his |her )?(?:[^@.,;]{0,60}? )?(?:council|committee|commission|board|bureau|presidium|assembly|conference|congress|cabinet|senate|parliament)\b(?! (?:between|with)\b)/;

/**
 * Whether the words after "took part" (or "participated", "attended") place someone at a sitting of
 * a body rather than at the meeting told before ("in the meeting of the Council of the Assembly").
 */
export function atSittingOfABody(rest: string): boolean {
  return OF_A_BODY.test(rest);
}
