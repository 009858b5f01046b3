/**
 * An event told by its head noun alone: "On the sidelines of the Conference, X met Y" after the
 * report has named "the 12th Conference of Speakers of the Union". The bare noun is no name to
 * keep as a meeting's occasion: it stands for the event the article names whole, or for none.
 */
import { BARE_EVENT_NOUN, numberedEventsIn, occasionIn } from "./details.ts";
import type { Doc } from "./document.ts";

// A parliament's own name, unnumbered: "National Assembly", "Federal Assembly", "National People's Congress".
const PARLIAMENT =
  /^(?:Grand National|National|Federal|Legislative|Supreme|National People['’]s|People['’]s) (?:Assembly|Congress)$/;

/**
 * The occasion `text` (a sentence of `doc`) names, told whole: a bare head noun ("the Assembly")
 * gives the first numbered event the article names with that noun ("took part in the 150th Assembly
 * of the Union"): a number tells an event from a body of the same noun ("the National Assembly"). `null` when the sentence names its event by the bare noun only and the article
 * names it nowhere whole (the sentence has an event, but no name for it), and when the "event" is a
 * parliament ("at the National Assembly"); `undefined` when it names no event.
 */
export function wholeOccasionIn(doc: Doc, text: string): string | null | undefined {
  const occasion = occasionIn(text);
  // "at the National Assembly in Seoul": a parliament (its building), where the sentence's people met,
  // not an event; nor is the frame's event theirs for sure (a visit the lead says is still to come).
  if (occasion && PARLIAMENT.test(occasion)) return null;
  if (!occasion || !BARE_EVENT_NOUN.test(occasion)) return occasion;
  const noun = new RegExp(`\\b${occasion}\\b`);
  for (const s of doc.sentences) {
    const named = numberedEventsIn(s.text).find((name) => noun.test(name));
    if (named) return named;
  }
  return null;
}
