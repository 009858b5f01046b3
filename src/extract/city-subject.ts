/**
 * A city that stands for its government: news prose names a capital as the subject of a stance or an
 * agreement ("Tashkent is expecting the visit", "Moscow and Beijing agreed", "Riga hopes …"). Such a
 * city is a side speaking, not the place where anyone met.
 */
import type { Found } from "./gazetteer.ts";
import type { Token } from "./text.ts";

// Verbs of a stance, a wish or an agreement that a capital "does" for its government.
const STANCE =
  /^(?:says|said|expects?|expected|expecting|agreed?|agrees|wants?|wanted|hopes?|hoped|supports?|supported|believes?|believed|considers?|considered|insists?|insisted|welcomes?|welcomed|attaches|attached|calls|called|urges?|urged|seeks?|sought|sees|saw|remains?|remained|intends?|intended|offers?|offered|proposes?|proposed|refuses?|refused|rejects?|rejected|recogni[sz]es?|recogni[sz]ed|values?|valued|stands?|stood|counts?|counted|insists|opposes?|opposed|denies|denied|accuses?|accused|warns?|warned|demands?|demanded)$/;
// Adjectives of a stance after "is" / "remains".
const READINESS = /^(?:ready|willing|interested|concerned|committed|prepared|determined|counting)$/;
// Auxiliaries and modals that may stand between the city and its verb ("Tashkent is expecting").
const AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|does|did|can|could|should|also|not|still|firmly|fully)$/;

/**
 * Whether the city phrase `city` (a gazetteer match) is the subject of a verb of stance or agreement,
 * alone or joined by "and" to another city ("Moscow and Beijing agreed"), at the start of the sentence
 * or of a clause (after a comma, "that" or "but").
 */
export function cityAsSubject(tokens: Token[], found: Found[], city: Found): boolean {
  const cityAt = (k: number) => found.find((f) => f.from === k && f.entry.kind === "city");
  const cityEndingAt = (k: number) => found.find((f) => f.to === k && f.entry.kind === "city");
  // The whole subject: "A and B" around this city.
  let from = city.from;
  let to = city.to;
  if (tokens[to]?.key === "and") {
    const next = cityAt(to + 1);
    if (next) to = next.to;
  }
  if (tokens[from - 1]?.key === "and") {
    const previous = cityEndingAt(from - 1);
    if (previous) from = previous.from;
  }
  const opening = from === 0 || /^(?:,|;|:|that|but|and|while|as|–|—|-)$/.test(tokens[from - 1]?.key ?? "");
  if (!opening) return false;
  let k = to;
  while (k < to + 3 && AUXILIARY.test(tokens[k]?.key ?? "")) k++;
  // "Pyongyang is ready to …", "Riga remains committed": a stance told by an adjective after "is".
  if (k > to && READINESS.test(tokens[k]?.key ?? "")) return true;
  return STANCE.test(tokens[k]?.key ?? "") || (tokens[k]?.key === "calls" && tokens[k + 1]?.key === "on");
}
