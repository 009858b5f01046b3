/**
 * How news prose ties a meeting told after another to that meeting's one day, when the later
 * meeting's sentence states no day of its own: it opens on what came next ("Afterwards, X met Z",
 * "After that, ...", "Then ..."), or on the day itself ("During the day, ...", "... the same day.").
 * "Also" alone is no such cue ("X also met Z" may be of any day of a visit): see meeting-dates.ts.
 */

// A sentence that opens on what came right after the meeting told before it.
// Not "Then-President X met Y", a title of the past.
const NEXT_IN_TURN = /^(?:afterwards?|after (?:that|this)|thereafter)\b|^then\b(?![-‐–])/i;

// A sentence that opens on the day as a whole ("During the day, X also met Z"), or that closes on it
// in its one clause ("X met Z the same day."; not "..., who arrived the same day.").
const ON_THE_DAY = /^(?:later |earlier )?during the day\b|^[^,;]*\bthe same day\s*[.!]?$/i;

/**
 * Whether a sentence tells its meeting as the next thing done after the meeting told before it, or
 * as done on that meeting's day ("Afterwards, X met Z", "During the day, X also met Z", "X met Z the
 * same day.").
 */
export function toldAsNextOnTheDay(text: string): boolean {
  const t = text.trim();
  return NEXT_IN_TURN.test(t) || ON_THE_DAY.test(t);
}
