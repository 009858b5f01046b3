/**
 * Two frames that put a meeting off the day the report leads with. "On the eve of the session, X met
 * Y": the day before the session, which the lead may date ("Today, the plenary session was held"), so
 * the meeting is the day before that, never the lead's day itself. "During his stay in Oldtown, X was
 * received by Y": a stay of some days, any of which the meeting may have been held on; it takes no day
 * from the lead, the report's "today" or its publication.
 */
import type { MeetingDate } from "../facts/types.ts";
import { shiftDay, statedDates } from "./dates.ts";

// "On the eve of the session", "on the eve of today's summit", "on the eve of the 57th plenary session".
const EVE_OF = /\bon the eve of\b/i;
// The event named after it: the first event noun within a few words. Only events of a day the report
// may date: "on the eve of the elections" or "of the anniversary" is loosely the days before them.
const EVE_EVENT =
  /\bon the eve of\b[^.,;]{0,40}?\b(session|summit|forum|assembly|conference|congress|visit|talks|meeting|opening|ceremony|games|elections?|anniversary|holiday|festival|celebrations?)\b/i;
const EVENT_OF_A_DAY =
  /^(?:session|summit|forum|assembly|conference|congress|visit|talks|meeting|opening|ceremony|games)$/i;
// "during his stay in X", "in the course of her stay", "while staying in X".
const STAY =
  /\b(?:during|in the course of|throughout) (?:his|her|their|the|its) (?:stay|sojourn)\b|\bwhile staying\b/i;

/** Whether a sentence frames its meeting as on the eve of an event ("On the eve of the session, ..."). */
export function onTheEve(text: string): boolean {
  return EVE_OF.test(text);
}

/** Whether a sentence frames its meeting in a stay of some days ("During his stay in Oldtown, ..."). */
export function duringAStay(text: string): boolean {
  return STAY.test(text);
}

/**
 * The day before the event a sentence meets on the eve of, when another of the report's first sentences
 * (`lead`) names that event (by the noun after "eve of": "session", "summit") and dates it with one day:
 * "Today, the plenary session was held" with "On the eve of the session, X met Y" gives the day before
 * the report's. Undefined when none does.
 */
export function eveOfLeadEvent(
  text: string,
  lead: readonly string[],
  day: string | undefined,
): MeetingDate | undefined {
  const noun = EVE_EVENT.exec(text)?.[1];
  if (!noun || !EVENT_OF_A_DAY.test(noun)) return undefined;
  const named = new RegExp(`\\b${noun}\\b`, "i");
  // Another sentence than the meeting's: in its own, the day may be of the event in a clause ("the
  // session, which opens on 14 October"), which "on the eve" puts loosely before.
  for (const sentence of lead) {
    if (sentence === text || !named.test(sentence)) continue;
    const dated = statedDates(sentence, day);
    const eventDay = dated.length === 1 && !dated[0]?.end ? dated[0] : undefined;
    if (eventDay)
      return {
        start: shiftDay(eventDay.start, -1),
        basis: "stated",
        evidence: `the eve of the ${noun} the lead dates`,
      };
  }
  return undefined;
}
