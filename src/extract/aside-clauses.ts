/**
 * Aside clauses: a clause set off from its sentence that describes one of its nouns rather than
 * telling the sentence's own event. It is opened by a comma and a relative word ("Y, who was elected
 * Speaker on 2 June, ...", "the forum, which opened on Monday") or a past participle ("the visit of
 * the President, scheduled for 23–25 June"), or it opens the sentence as a participle ("Elected on 2
 * June, Y received X"); it runs to the next comma, semicolon or the end. A day told inside it is the day of what it describes (an election, an event's days, a
 * credential ceremony), not of the meeting the sentence reports, unless the aside itself tells an
 * encounter ("Y, who met X on Monday, said ...", "the talks, held on Monday").
 *
 * This reads the clause's shape, not its words: whatever the aside's verb, its day is its own.
 */

// An aside opened by a comma: a relative word, or a past participle (regular, or one of the common
// irregular ones). Not the participle of an event's holding ("the session, held in Bishkek on 11–12
// December", "hosted by", "organised", "convened"): its days frame the talks held at the event, which
// took place on one of them, and a report gives them that span.
const ASIDE_AFTER_COMMA =
  /,\s*(?:who|whose|which|(?!(?:hosted|organi[sz]ed|convened|staged)\b)(?:\p{Ll}+ed|set|begun|sworn|chosen|won|given|made|run|due)\b)/gu;
// ... or a participle that opens the sentence ("Elected on 2 June, ...", "Held every two years, ...").
const ASIDE_AT_START =
  /^\s*(?!(?:Hosted|Organi[sz]ed|Convened|Staged)\b)(?:\p{Lu}\p{Ll}+ed|Set|Begun|Sworn|Chosen|Given|Made|Due)\b/u;
// Words that tell an encounter: an aside that holds one tells a meeting (or a visit) of its own.
const ENCOUNTER =
  /\b(?:met|meet\w*|talks|negotiat\w*|consultations|receiv\w*|host\w*|welcom\w*|visit\w*|call(?:ed|s)? on|audience)\b/i;

/**
 * Whether the position `index` of `sentence` lies in an aside clause that tells no encounter: a day
 * there is the day of what the aside describes, not of the meeting the sentence reports.
 */
export function inAsideOfOther(sentence: string, index: number): boolean {
  const aside = asideAround(sentence, index);
  return !!aside && !ENCOUNTER.test(aside);
}

/** The text of the aside clause that holds `index` (from its opening to its close), if any. */
function asideAround(sentence: string, index: number): string | undefined {
  let open = -1;
  if (ASIDE_AT_START.test(sentence)) open = 0;
  ASIDE_AFTER_COMMA.lastIndex = 0;
  for (let m = ASIDE_AFTER_COMMA.exec(sentence); m && m.index < index; m = ASIDE_AFTER_COMMA.exec(sentence))
    open = m.index + 1;
  if (open < 0) return undefined;
  // The aside closes at the next comma or semicolon: a day past it is back in the main clause.
  const between = sentence.slice(open, index);
  if (/[,;]/.test(between)) return undefined;
  const rest = sentence.slice(index);
  const close = rest.search(/[,;]|$/);
  return between + rest.slice(0, close);
}

// A sentence that opens with the meeting itself as its subject, then a relative clause telling its
// holding: "Talks between X and Y, which ended yesterday evening", "The meeting, which took place on
// 10 June". Not one telling something else done to it ("which were agreed on 2 June").
const MEETING_SUBJECT_THEN_RELATIVE =
  /^\s*(?:the\s+|their\s+)?(?:\p{L}+\s+){0,2}(?:talks|meeting|negotiations|consultations)\b(?:\s+(?:between|with|of)\b[^,;]{0,200})?,\s*(?:which|that)\s+(?:took place|(?:was|were) held|lasted|(?:began|started|opened|ended|closed|concluded))\b/iu;
// A sitting of a body or talks named as the complement of the sentence's verb, then a relative clause
// telling where and when they were held: "A key outcome of the visit was the first meeting of the
// commission, which took place on 22 January in Tashkent under the co-chairmanship of X and Y".
const MEETING_OF_THEN_HELD =
  /\b(?:meeting|session|sitting|talks|negotiations|consultations)\s+(?:of|between)\b[^,;]{0,150},\s*(?:which|that)\s+(?:took place|(?:was|were) held)\b/giu;
// The first or last day of an event or a visit, then a relative clause telling the day it began or
// ended: "On the last day of his visit, which ended on 10 June, X met Y" is the day of the talks.
const EDGE_DAY_THEN_RELATIVE =
  /\bon the (?:(first|opening)|last|final|closing) day of\b[^,;]{0,120},\s*(?:which|that)\s+(?:(began|started|opened|kicked off)|ended|closed|concluded|came to an end|wrapped up)\b/giu;

/**
 * Whether the position `index` of `sentence` lies in a relative clause that gives the meeting's own
 * day: one on the meeting itself, told as the sentence's subject ("Talks between X and Y, which ended
 * yesterday evening in Z, focused on ..."), one on a sitting or talks "of" or "between" someone told
 * as held ("the first meeting of the commission, which took place on 22 January"), or one that dates
 * the first or last day the talks are put on ("On the last day of the visit, which ended on 10 June,
 * ..."). Such a clause's day is the meeting's, whatever its verb (ended, took place, began).
 */
export function inAsideGivingTheMeetingDay(sentence: string, index: number): boolean {
  const subject = MEETING_SUBJECT_THEN_RELATIVE.exec(sentence);
  if (subject && inClauseFrom(sentence, subject[0].length, index)) return true;
  for (const held of sentence.matchAll(MEETING_OF_THEN_HELD))
    if (inClauseFrom(sentence, (held.index ?? 0) + held[0].length, index)) return true;
  for (const edge of sentence.matchAll(EDGE_DAY_THEN_RELATIVE)) {
    // The day must be the edge the clause names: a last day that "began" on a day is not told.
    const first = !!edge[1];
    if (first === !!edge[2] && inClauseFrom(sentence, (edge.index ?? 0) + edge[0].length, index)) return true;
  }
  return false;
}

/** Whether `index` lies after `open` with no comma or semicolon between: still in the clause opened there. */
function inClauseFrom(sentence: string, open: number, index: number): boolean {
  return open <= index && !/[,;]/.test(sentence.slice(open, index));
}
