/**
 * Words said somewhere other than across a table: a sentence that quotes someone from a message, an
 * interview, an earlier occasion or a call, and an exchange at a distance. The implied-meeting passes
 * (implied.ts, two-met.ts, addressed-in-person.ts) all ask these, so they live apart from any one of them.
 */
import type { Sentence } from "./document.ts";

// Sentences that quote someone from elsewhere (a message, an interview, an earlier occasion).
const ELSEWHERE =
  /\b(message|letter|statement|interview|earlier|previously|recently|last (?:year|month|week)|on the phone|by phone|telephone|video ?link|online)\b/i;
/**
 * Whether a sentence quotes someone from elsewhere (a message, an interview, an earlier occasion, a
 * call). Several passes ask it of every sentence, and the pattern (case-insensitive, many words) is
 * among the costliest of extraction: read once a sentence.
 */
export function quotesElsewhere(s: Sentence): boolean {
  let elsewhere = elsewhereMemo.get(s);
  if (elsewhere === undefined) {
    elsewhere = ELSEWHERE.test(s.text);
    elsewhereMemo.set(s, elsewhere);
  }
  return elsewhere;
}
const elsewhereMemo = new WeakMap<Sentence, boolean>();

// An exchange at a distance: by telephone, by video, online, in writing.
const REMOTE_EXCHANGE =
  /\b(?:tele)?phone\b|\b(?:video ?(?:call|conference|link)|videoconference|online|letters?|messages?|cables?|telegrams?)\b/i;

/** Whether a sentence speaks of an exchange at a distance (a call, a video link, a letter, a message). */
export const speaksOfExchangeAtADistance = (text: string): boolean => REMOTE_EXCHANGE.test(text);
