/**
 * The days of a visit told by its length and its end: "The two-day visit to Warsaw of X ended
 * yesterday", "X concluded on Friday a three-day official visit to Norway". Its first day is counted
 * back from the last, so that "On the second day of the visit" and "During the visit" can be dated.
 */
import type { MeetingDate } from "../facts/types.ts";
import { rawDates, shiftDay } from "./dates.ts";

// A visit of a stated number of days: "two-day visit", "three-day official visit", "3-day trip".
const VISIT_OF_DAYS =
  /\b(two|three|four|five|six|seven|[2-7])[- ]day\s+(?:(?:official|working|state|friendly|parliamentary)\s+)?(?:visit|trip|tour|stay)\b/i;
const DAYS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
// The visit's end told as done: "ended", "concluded", "wrapped up", "came to an end".
const ENDED = /\b(?:ended|concluded|completed|wrapped up|came to an end|drew to a close)\b/i;
// A sentence that also tells the visit's start, an arrival or something still to come gives more than
// one day of its own: which one ends the visit is not sure.
const OTHER_DAY = /\b(?:began|begun|started|opened|arrived|arrives|will|to be|is to|set to|scheduled)\b/i;

/**
 * The span of a visit whose length and end day one sentence tells ("The two-day visit ended
 * yesterday" → the day before yesterday to yesterday), or undefined. The sentence must state one
 * day only, and nothing still to come.
 */
export function endedVisitSpan(text: string, published: string | undefined): MeetingDate | undefined {
  const length = VISIT_OF_DAYS.exec(text);
  if (!length || !published || !ENDED.test(text) || OTHER_DAY.test(text)) return undefined;
  const days = rawDates(text, published, false).filter((d) => d.relative !== "tomorrow");
  const last = days[0];
  // The day must be the end's, told right after its verb: "ended yesterday", "concluded on Friday".
  const before = last ? text.slice(Math.max(0, last.index - 30), last.index) : "";
  if (days.length !== 1 || !last || last.end || last.start > published || !ENDED.test(before))
    return undefined;
  const word = (length[1] as string).toLowerCase();
  const n = DAYS[word] ?? Number(word);
  return {
    start: shiftDay(last.start, 1 - n),
    end: last.start,
    basis: "stated",
    evidence: "the visit's length and the day it ended",
  };
}
