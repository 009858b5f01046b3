/**
 * "On 21 February, the Deputy Minister also met with the delegation": a report that dates one of its
 * encounters to a recent day before the report's tells of several days of a visit, whether or not
 * that encounter was taken as a meeting of named people. Its undated meetings may be of any of those
 * days, not of the day of the report. So does a report that dates a visitor's programme to such a
 * day ("On Tuesday, the guest laid a wreath at the monument", "toured the museum on Monday"), and so
 * does a lead that opens on such a day, whatever it tells ("On Monday, X opened the forum").
 */
import { isOpeningStamp, shiftDay, statedDates } from "./dates.ts";

// Verbs of an encounter held.
const ENCOUNTER_VERB =
  /\b(?:met|received|hosted|welcomed|held\s+(?:talks|a\s+meeting|meetings|consultations))\b/i;
// ... and of a visit's programme: a wreath laid, a site toured or visited, a sitting addressed.
const PROGRAMME_VERB =
  /\b(?:laid\s+(?:a\s+)?(?:wreaths?|flowers)|toured|visited|addressed|got acquainted)\b/i;
// How far before the report a day may lie and still be one of the visit's: older days are history.
const RECENT_DAYS = 14;

/**
 * Whether the sentence tells an encounter held, or an act of a visit's programme, on a day before
 * `day` (the report's) and at most two weeks before it.
 */
export function encounterOnRecentDayBefore(text: string, day: string | undefined): boolean {
  if (!day || !(ENCOUNTER_VERB.test(text) || PROGRAMME_VERB.test(text))) return false;
  return statedDates(text, day).some((d) => !d.end && isRecentDayBefore(d.start, day));
}

/**
 * Whether the sentence opens on a day of the fortnight before `day`, the report's ("On Monday, X
 * opened the forum", "On 12 May, the delegation ..."), not on a page's date glued to its head.
 */
export function opensOnRecentDayBefore(text: string, day: string): boolean {
  const first = statedDates(text, day)[0];
  return !!first && first.index <= 3 && !isOpeningStamp(text, first) && isRecentDayBefore(first.start, day);
}

/**
 * Whether `start` is a day before `day` (the report's) and at most `days` ({@link RECENT_DAYS} unless
 * told) before it.
 */
export function isRecentDayBefore(start: string, day: string, days = RECENT_DAYS): boolean {
  return start < day && start >= shiftDay(day, -days);
}
