/**
 * Quoted remarks inside a sentence: whether a point of the sentence stands inside quotation marks, and
 * the remark around it. A speaker's words name places and days of their own ("On 9 May we celebrated
 * together", "Today our countries are partners"), which need not be the meeting's.
 */

const OPEN_QUOTES = "“«";
const CLOSE_QUOTES = "”»";
// Words that tell an encounter inside a remark ("When we met in Ostria", "our talks today").
const ENCOUNTER_WORDS = String.raw`met|meet\w*|talks|receiv\w*`;
const QUOTED_MEETING = new RegExp(String.raw`\b(?:${ENCOUNTER_WORDS})\b`, "i");
// ... or a visit, whose days a press service's quoted announcement gives ('"The delegation will visit
// Ostria on June 27-28", the press service said').
const QUOTED_MEETING_OR_VISIT = new RegExp(String.raw`\b(?:${ENCOUNTER_WORDS}|visit\w*|trip)\b`, "i");

/**
 * Whether `at` is inside quotation marks: an odd number of straight quotes before it (even, when the
 * sentence began inside a remark: its first quote closes one, '…," he said'), or an opening curly
 * quote or guillemet not closed yet.
 */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const startsInside = /[,.!?]"/.test(text.slice(0, text.indexOf('"') + 1));
  if ((before.match(/"/g)?.length ?? 0) % 2 === (startsInside ? 0 : 1)) return true;
  const open = Math.max(...[...OPEN_QUOTES].map((q) => before.lastIndexOf(q)));
  const close = Math.max(...[...CLOSE_QUOTES].map((q) => before.lastIndexOf(q)));
  return open > close;
}

/**
 * The quoted remark around `at`: from the quote mark before it to the one after it. A sentence that
 * begins inside a remark ('The visit runs from June 18-22," she wrote') has no mark before it: the
 * remark runs from the sentence's start.
 */
export function quoteAround(text: string, at: number): string {
  const from = Math.max(0, ...[...`"${OPEN_QUOTES}`].map((q) => text.lastIndexOf(q, at)));
  const ends = [...`"${CLOSE_QUOTES}`].map((q) => text.indexOf(q, at)).filter((i) => i >= 0);
  return text.slice(from, ends.length ? Math.min(...ends) : text.length);
}

/**
 * Whether `at` stands inside a quoted remark that tells of no encounter ("On 9 May we celebrated
 * together"); with `orVisit`, of no encounter and no visit either.
 */
export function inQuoteOfNoMeeting(text: string, at: number, orVisit = false): boolean {
  return (
    insideQuote(text, at) && !(orVisit ? QUOTED_MEETING_OR_VISIT : QUOTED_MEETING).test(quoteAround(text, at))
  );
}
