/**
 * A name typed where only a name can stand ("who met Zorbek?", "who is Ana Velt?") that no person of
 * the base bears but the articles' words include (mentioned in passing, or missed by extraction): it
 * names someone, so the answer says what the base holds of that name, rather than quoting whichever
 * sentence shares the word as if it answered the question.
 */

/** What {@link slotNameSpans} reads of a question, word by word (all arrays index for index). */
export interface SlotNameWords {
  /** The words as typed. */
  original: readonly string[];
  /** Where the question's shape leaves room for a name only (after "met", "who is …"). */
  slots: ReadonlySet<number>;
  /** Words that may be part of a name: capitalised, never written in lower case by the articles, no role. */
  nameLike: readonly boolean[];
  /** Whether the articles have the word (in any form). */
  known: (i: number) => boolean;
}

/**
 * The spans [start, end) of names in name slots whose every word the articles have: the slot's word and
 * the name-like words typed beside it. A word typed in capitals only ("IPU") is an abbreviation of a
 * body, not a person's name, and a word of two letters ("Er") too short to tell: neither starts a span.
 */
export function slotNameSpans(q: SlotNameWords): [number, number][] {
  const spans: [number, number][] = [];
  const isName = (i: number) => q.nameLike[i] === true && q.known(i);
  for (const slot of [...q.slots].sort((a, b) => a - b)) {
    if (!isName(slot) || !/^\p{Lu}\p{Ll}{2,}/u.test(q.original[slot] ?? "")) continue;
    if (spans.some(([a, b]) => slot >= a && slot < b)) continue;
    let start = slot;
    let end = slot + 1;
    while (start > 0 && isName(start - 1)) start--;
    while (end < q.original.length && isName(end)) end++;
    spans.push([start, end]);
  }
  return spans;
}
