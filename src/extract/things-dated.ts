/**
 * Times that date a thing made rather than a meeting: "the commission established last year", "the
 * memorandum signed in 2019". A sentence that reports a meeting may name such a thing; its time does not
 * make the meeting an earlier one.
 */

// The participle right after its noun, then the time ("the group set up two years ago"). (After an auxiliary, "was signed last year", the clause tells an event
// of its own and stays.)
const THING_DATED =
  /(?<!\b(?:was|were|been|be|is|are|had|has|have) )\b(?:established|created|founded|set up|signed|adopted|launched|formed|opened|ratified|concluded|inaugurated|approved|introduced|initiated|started)\s+(?:only\s+)?(?:last year|the previous year|(?:a|one|two|three|four|five|several|a few|\d+) years? ago|(?:back\s+)?in\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2})\b/g;

/** `text` without the times that date a thing made rather than the meeting ("the body established last year"). */
export function withoutThingsDated(text: string): string {
  return text.replace(THING_DATED, "");
}
