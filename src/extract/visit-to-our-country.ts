/**
 * '"Your visit to our country opens a new page," X said': inside a quote, "our country" is the
 * speaker's, not the report's. A host official who speaks of a visit "to our country" says the visit,
 * and the meetings it holds, are in the speaker's country, whatever the dateline or the agency's home.
 */
import { speakerOf } from "./coref.ts";
import type { Doc } from "./document.ts";
import { insideQuote } from "./quotes.ts";

// "visit to our country", "your stay in our country", "visits to our republic".
const VISIT_TO_OURS = /\b(?:visits?|stay|trip) (?:to|in) our (?:country|state|nation|republic|land)\b/gi;

/**
 * The country a quoted "visit to our country" names: the country of the one the sentence says
 * spoke the words (in the sentence itself, or the next one when the quote runs on and is attributed
 * there). Undefined when no sentence says so, or its speaker has no country the text states.
 */
export function visitedCountryOfSpeaker(doc: Doc): string | undefined {
  for (const s of doc.sentences) {
    if (!s.text.toLowerCase().includes(" our ")) continue;
    for (const m of s.text.matchAll(VISIT_TO_OURS)) {
      if (!insideQuote(s.text, m.index ?? 0)) continue;
      const next = doc.sentences[s.index + 1];
      const speaker = speakerOf(s) ?? (next && next.paragraph === s.paragraph ? speakerOf(next) : undefined);
      // A country guessed for the speaker (from the report's home) says nothing of whose "our" it is.
      const person = speaker === undefined ? undefined : doc.people[speaker];
      if (person?.country && !person.countryGuessed) return person.country;
    }
  }
  return undefined;
}
