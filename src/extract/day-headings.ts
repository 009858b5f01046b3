/**
 * The day heading a meeting is told under in a day-by-day digest ("How was this week at the Council /
 * July 9th / X met Y. / July 10th. Plenary meeting / ..."): a line that is only a day heads the
 * paragraphs after it, up to the next such line. A single line of a day is the page's stamp, not a
 * heading ("16 April 2015" under a title), so the article must hold two headings of different days,
 * none after the report's day.
 */
import type { MeetingDate } from "../facts/types.ts";
import { MONTH_STEMS } from "../text/calendar-words.ts";
import { calendarDates } from "./dates.ts";
import type { Doc } from "./document.ts";

const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const MONTH = String.raw`(?:${MONTH_STEMS})[\p{L}]*\.?`;
// A day alone on its line, perhaps a span of days, perhaps a weekday before it: "July 9th", "9 July",
// "Tuesday, 9 July", "July 11th – 12th.". No year and no time: a stamp of the page carries them.
const DAY_HEADING = new RegExp(
  String.raw`^\s*(?:\p{L}+day,?\s+)?(?:${ORDINAL}\s+${MONTH}|${MONTH}\s+${ORDINAL})(?:\s*[–—-]\s*${ORDINAL})?\s*\.?\s*$`,
  "iu",
);

/** Whether a sentence is only a day, as a heading of a digest's day. */
export function isDayHeading(text: string): boolean {
  return DAY_HEADING.test(text);
}

/**
 * The day of the heading that the sentence at `index` is told under, when the article is a digest
 * of days (two headings or more of different days, none after `day`, the report's). Undefined when
 * no heading comes before the sentence.
 */
export function dayUnderHeading(doc: Doc, index: number, day: string | undefined): MeetingDate | undefined {
  if (!day) return undefined;
  const headings = doc.sentences.flatMap((s) => {
    if (!isDayHeading(s.text)) return [];
    const d = calendarDates(s.text, day)[0];
    return d ? [{ at: s.index, start: d.start, end: d.end }] : [];
  });
  if (new Set(headings.map((h) => h.start)).size < 2 || headings.some((h) => h.start > day)) return undefined;
  const over = headings.filter((h) => h.at < index).at(-1);
  if (!over) return undefined;
  return {
    start: over.start,
    ...(over.end ? { end: over.end } : {}),
    basis: "stated",
    evidence: "the day heading of a digest it is told under",
  };
}
