/**
 * The days of an event a meeting was held on the sidelines of: "The delegation took part in the
 * 149th Assembly of the Union, which was held in Geneva on October 13-17. [...] On the sidelines of
 * the Assembly, X held bilateral meetings with A and B." The meeting's own sentence ties it to the
 * event; the report's opening gives the event's days, so the meeting was held on one of them.
 */
import type { MeetingDate } from "../facts/types.ts";
import { rawDates } from "./dates.ts";

// "on the sidelines of the Assembly", "on the margins of the plenary session", "at the fringes of the forum".
const SIDELINES_OF =
  /\b(?:on|at|in)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+the\s+(?:[\p{L}\d’'-]+\s+){0,4}?(assembly|session|forum|summit|conference|congress|council|meeting|games|expo|exhibition|week)\b/iu;

/**
 * Whether `text` puts its meeting on the sidelines of an event (by its head noun: "the Assembly")
 * that `lead` does not name: the lead's days are then of something else ("The Forum was held in
 * Almaty on 13-17 October. [...] On the sidelines of the Assembly, X met Y").
 */
export function sidelinesOfEventNotIn(text: string, lead: string): boolean {
  const m = SIDELINES_OF.exec(text);
  return !!m && !new RegExp(`\\b${m[1]}\\b`, "i").test(lead);
}

/**
 * The span of the event `text` puts its meeting on the sidelines of, when one of `opening` (the
 * report's first sentences) names that event (its head noun) and right after it a range of days:
 * undefined otherwise, and when the opening names no range (one day may be the report's, not the event's).
 */
export function sidelinesEventDays(
  text: string,
  opening: readonly string[],
  published: string | undefined,
): MeetingDate | undefined {
  const m = SIDELINES_OF.exec(text);
  if (!m || !published) return undefined;
  const noun = new RegExp(`\\b${m[1]}\\b`, "i");
  for (const sentence of opening) {
    if (sentence === text) continue;
    const range = rawDates(sentence, published, false).find((d) => d.end);
    if (!range?.end) continue;
    // The event must be named before its days, within the same clause's reach.
    const before = sentence.slice(Math.max(0, range.index - 160), range.index);
    if (!noun.test(before)) continue;
    return {
      start: range.start,
      end: range.end,
      basis: "stated",
      evidence: "the days the opening gives the event the meeting was on the sidelines of",
    };
  }
  return undefined;
}
