/**
 * An assembly, session, forum or summit that a sentence places in another country than the report's
 * dateline ("the participants of the 150th Assembly of the Union in Portugal", "the session of the
 * Assembly held in Strasbourg"). Talks held there were held abroad, and a report filed at home says
 * nothing of the day they were held on: issue 8 gives `publication` to a same-day report from the
 * meeting's own city only, never to an assembly reported from another city.
 */
import { inFutureClause } from "./dates.ts";
import { countryOf, longestLeadingPlace } from "./gazetteer.ts";

// The event's head noun, then "in" and a capitalised place within the same clause's reach. (Written
// without the case-insensitive flag: with it, \p{Lu} would match any letter.)
const EVENT_IN =
  /\b(?:[Aa]ssembly|[Ss]ession|[Ss]ummit|[Ff]orum|[Cc]onference|[Cc]ongress)\b[^.;]{0,80}?\bin\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]+){0,3})/gu;
// An event recalled is history, not where the people are ("recalled the forum in Paris last year").
const RECALLED_EVENT = /\b(?:recall\w*|remember\w*|previous|last year|years? ago)\b/i;

/**
 * Whether `text` places an event in a country other than `home` (the dateline's country), told as
 * under way or held, not recalled and not to come ("invited him to the forum in Paris next month").
 * Without a home country nothing is known to be away.
 */
export function eventHeldAway(text: string, home: string | undefined): boolean {
  if (!home || RECALLED_EVENT.test(text)) return false;
  EVENT_IN.lastIndex = 0;
  for (let m = EVENT_IN.exec(text); m; m = EVENT_IN.exec(text)) {
    if (inFutureClause(text, m.index)) continue;
    const country = longestLeadingPlace(m[1] as string, (words) => countryOf(words) || undefined);
    if (country && country !== home) return true;
  }
  return false;
}
