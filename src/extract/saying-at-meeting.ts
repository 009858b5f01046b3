/**
 * "X stated today that relations should be brotherly. X made that statement at the meeting with Y.":
 * a report that leads with what someone said, then says where it was said. The day of the saying is
 * the day of the meeting it was said at.
 */
import { type DaySpan, rawDates } from "./dates.ts";

// The meeting's sentence points back at what was said: "made that statement at the meeting with",
// "said this during talks with", "the remarks were made at a meeting with".
const SAID_AT_MEETING =
  /\b(?:(?:made|voiced|gave|delivered)\s+(?:that|this|the|these|those|such)\s+(?:statements?|remarks?|comments?|assessments?)|said\s+(?:that|this|so)|(?:that|this|the|these|those)\s+(?:statements?|remarks?|comments?)\s+(?:was|were)\s+made)\s+(?:at|during|in\s+the\s+course\s+of)\s+(?:(?:the|a|his|her|their)\s+)?(?:\w+\s+){0,2}(?:meeting|talks|conversation)\b/i;
// The verb of the saying right before its day: "stated today", "said on Monday", "told reporters yesterday".
const SAYING_THEN_DAY =
  /\b(?:said|stated|noted|told|declared|announced|emphasized|emphasised|stressed)\b(?:\s+[\p{L}'’-]+){0,3}\s+(?:on\s+)?$/iu;

/**
 * The day of a saying told in `before` (the sentence right before the meeting's), when the meeting's
 * sentence `own` says that saying was made at the meeting; undefined otherwise. `day` anchors
 * relative dates ("today", "on Monday").
 */
export function dayOfSayingAtMeeting(
  before: string | undefined,
  own: string,
  day: string | undefined,
): DaySpan | undefined {
  if (!before || !SAID_AT_MEETING.test(own)) return undefined;
  const days = rawDates(before, day, false).filter((d) =>
    SAYING_THEN_DAY.test(before.slice(Math.max(0, d.index - 50), d.index)),
  );
  return days.length === 1 ? days[0] : undefined;
}
