/**
 * The telephone told after a verb of talks within its own clause: "discussed the visit with Y by
 * phone", "held talks on transit over the phone", "discussed the agenda of the forum over the phone on
 * Monday". Talks told so are a call, not an encounter, however many words of topic or manner come
 * between the verb and the telephone — as long as no new clause opens between them ("held talks in Riga
 * after speaking over the phone" met in Riga, the call came before).
 */

// The telephone named after a match: "by phone", "over the telephone", "in a phone call".
const PHONE_PHRASE = String.raw` (?:(?:by|over|via|on) (?:the )?(?:tele)?phone|(?:in|during) a (?:tele)?phone (?:call|conversation))\b`;
// A word of the same clause: not punctuation or a mention, and not a word that opens another clause
// or another time ("after", "which", "earlier", "had spoken").
const CLAUSE_WORD = String.raw` (?!(?:after|before|following|having|which|who|whom|when|since|that|while|then|earlier|previously|later|also|had|has|have|spoke|spoken|talked|called|phoned)\b)[\w'’-]+`;
const PHONE_RIGHT_AFTER = new RegExp(`^${PHONE_PHRASE}`);
const PHONE_IN_CLAUSE = new RegExp(String.raw`^(?:${CLAUSE_WORD}){0,8}?${PHONE_PHRASE}`);

/** Whether the words right after a match (`rest`, a skeleton's tail) open with the telephone. */
export function phoneRightAfter(rest: string): boolean {
  return PHONE_RIGHT_AFTER.test(rest);
}

/**
 * Whether the words after a verb or its object (`rest`, a skeleton's tail) tell the telephone in the
 * same clause, a few words of topic, manner or time before it.
 */
export function phoneInClause(rest: string): boolean {
  return PHONE_IN_CLAUSE.test(rest);
}
