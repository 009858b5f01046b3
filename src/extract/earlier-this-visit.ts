/**
 * "Earlier in the week, X held talks with Y", "X met Y earlier this month", "earlier on Monday": an
 * "earlier" bounded by the report's own week or month, or by a weekday, tells an earlier day of the
 * news the report covers (in a report of a visit, a day of that visit), not an older encounter that a
 * speech or a background paragraph recalls. Such a meeting is one the report holds, on a day of its
 * own: not the day of the lead's meeting, and not that meeting told again.
 */
import type { Doc } from "./document.ts";
import { wholeOccasionIn } from "./event-whole-name.ts";

// "earlier in the week", "earlier this week", "earlier this month", "earlier on Monday".
// Or a day or two before the meeting told before it: "A day earlier, X held talks with Y".
const EARLIER_IN_SPAN =
  /\bearlier (?:in the (?:week|month)|this (?:week|month)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\b(?:a|one|two) days? earlier\b|^(?:on )?the (?:day|evening) before\b/i;

/** Whether a sentence puts what it tells earlier in the report's own week or month, or on a weekday. */
export function toldEarlierInTheSpan(text: string): boolean {
  return EARLIER_IN_SPAN.test(text);
}

/**
 * The occasion that frames the whole report: the first that its lead (first three sentences) or a
 * title names ("during his official visit to Ostria"), told whole (see event-whole-name.ts).
 */
export function frameOccasion(doc: Doc): string | undefined {
  if (frames.has(doc)) return frames.get(doc);
  const body = doc.sentences.filter((s) => !s.headline);
  const frame =
    [...body.slice(0, 3), ...doc.sentences.filter((s) => s.headline)]
      .map((s) => wholeOccasionIn(doc, s.text))
      .find((named) => named !== undefined) ?? undefined;
  frames.set(doc, frame);
  return frame;
}
// The frame of each report, read once: every earlier meeting asks for it (the sentences' text does not change).
const frames = new WeakMap<Doc, string | undefined>();

/**
 * Whether a meeting told in `text` is an earlier day of the visit that frames the report: a visit
 * frames it, and the sentence's "earlier" stays within the report's week or month.
 */
export function earlierDayOfTheVisit(doc: Doc, text: string): boolean {
  return toldEarlierInTheSpan(text) && /\bvisit\b/i.test(frameOccasion(doc) ?? "");
}
