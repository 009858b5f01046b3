/**
 * Meetings a report recalls rather than reports: "X recalled that A had met B in 2015", "A and B have
 * met several times", "since A's visit in 2019, when he met B". A speech or a background paragraph
 * names earlier encounters to frame the one the article is about; they are history, not news.
 */
import { allMatches } from "./all-matches.ts";
import type { LocalMeeting } from "./assemble.ts";
import type { Doc } from "./document.ts";

// Encounters counted or told as a first: "have met several times", "met more than once", "first met".
const REPEATED =
  /\b(?:(?:several|many|numerous|multiple|two|three|four|five|\d+) times|more than once|repeatedly|on (?:several|many|numerous) occasions|first met)\b/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// A year, maybe after a month, as a time: "in 2015", "in March 2021", "since 2019", "during 2018".
const TIME_IN_YEAR =
  /\b(?:in|since|during|back in|as early as)\s+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?((?:19|20)\d{2})\b(?!\s*\d)/gi;

/**
 * Whether the sentence places its meeting half a year or more before the publication ("in 2015",
 * "in March 2021" when published in 2024) or counts it among several: a late report of one meeting
 * still names a month close to its day, so this asks for a clear distance.
 */
export function tellsOfEarlierEncounter(text: string, published?: string): boolean {
  if (REPEATED.test(text)) return true;
  if (!published) return false;
  const pubMonths = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1;
  for (const m of allMatches(TIME_IN_YEAR, text)) {
    const year = Number(m[2]);
    // A bare year is its whole span: only a year before the publication's is surely earlier.
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) : 11;
    if (pubMonths - (year * 12 + month) >= 6) return true;
  }
  return false;
}

/**
 * Drops the meetings whose sentence recalls an earlier encounter, when the article reports another
 * meeting: the recalled one is background to it. (An article made only of an earlier meeting is a late
 * report of that meeting and keeps it.)
 */
export function dropRecalled(doc: Doc, meetings: LocalMeeting[], published?: string): void {
  const recalled = meetings.filter((m) =>
    tellsOfEarlierEncounter(doc.sentences[m.sentence]?.text ?? m.evidence, published),
  );
  if (recalled.length === meetings.length) return;
  for (const m of recalled) meetings.splice(meetings.indexOf(m), 1);
}
