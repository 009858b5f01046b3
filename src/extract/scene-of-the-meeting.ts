/**
 * How a report sets a later meeting in a scene other than the day its lead dates, so that the lead's
 * day (or its "today") is not the meeting's: the sentence puts the meeting in a visit or a stay as a
 * whole ("During the visit, X also met Z", "While in Norland, X met Z", "On his visit, ..."), which
 * lasts days; it opens on another place than the lead names ("In Bergen, X met Z"), or the meeting was
 * held in another city than the lead's, a leg of a trip the report tells one after another; or it
 * opens on a time told before it ("At that time, X also met Z"), of a background paragraph. A visit's
 * own stated days still date such a meeting: only a single day told of something else is kept from it.
 */
import { countryOf, isKnownCity, longestLeadingPlace } from "./gazetteer.ts";

// "during the visit", "during his trip", "in the course of the visit", "on his visit", "within the
// framework of the visit", "as part of her tour", "while in Norland", "whilst in Oldtown", "while
// there". Not "Y, who is on the official visit to Norland": a guest's stay told in an aside. (The
// stays of several days with their length, "during the three-day visit", are read in meeting-dates.ts.)
const IN_THE_VISIT =
  /\b(?:(?:during|in the course of|within the (?:framework|scope) of|as part of|on the (?:sidelines|margins) of)\s+(?:the|his|her|their|this)|on\s+(?:his|her|their))\s+(?:(?:official|working|state|friendly|first|recent)\s+){0,2}(?:visit|trip|tour|stay|journey)\b|\b(?:while|whilst)\s+(?:in|there|visiting|touring)\b/i;

// A lead that tells the visit itself ("X visited Oldtown on Tuesday", "X is visiting Norland"), and
// one that gives it several days ("on a three-day visit").
const VISIT_TOLD = /\b(?:visit\w*|trip|tour|stay)\b/i;
const DAYS_LONG = /\b(?:two|three|four|five|six|seven|several|\d+)[- ]days?\b/i;

/** Whether a sentence sets its meeting in a visit or a stay as a whole ("During the visit, X also met Z"). */
export function setInTheVisit(text: string): boolean {
  return IN_THE_VISIT.test(text);
}

/**
 * Whether a sentence sets its meeting in a visit that `lead` does not date as a whole: the lead dates
 * a meeting or a day's talks ("On Monday, X held talks with Y. During the visit, X also met Z"), or a
 * visit of several days. A lead that tells the visit itself on its day ("X visited Oldtown on
 * Tuesday. While in Oldtown, X also met Z"), or as under way in a same-day report ("X is visiting
 * Norland. During the visit, X was received by Y"), gives that day to the visit's meetings.
 */
export function setInAVisitOfOtherDays(text: string, lead: string): boolean {
  return setInTheVisit(text) && (!VISIT_TOLD.test(lead) || DAYS_LONG.test(lead));
}

// A sentence that opens on a place: "In Bergen, X met Z", "In Isfahan, ...".
const OPENING_PLACE = /^In\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}),/u;

/**
 * The city or country a sentence opens on ("In Bergen, X met Z": "Bergen"), when it is a place the
 * gazetteer knows, or the place the meeting was found to be held at (`meetingPlace`), and `lead` does
 * not name it: the report has moved to another leg of a trip.
 */
export function opensOnAnotherPlace(text: string, lead: string, meetingPlace?: string): string | undefined {
  const m = OPENING_PLACE.exec(text.trim());
  const place = m?.[1];
  if (!place || lead.includes(place)) return undefined;
  const known = isKnownCity(place) || !!countryOf(place) || !!meetingPlace?.includes(place);
  return known ? place : undefined;
}

// A sentence that opens on a time the sentences before it told: "At that time, X also met Z".
const THAT_TIME = /^(?:at that time|at the time|back then|in those days)\b/i;

/** Whether a sentence opens on a time told before it ("At that time, X also met Z"), not the lead's. */
export function opensOnThatTime(text: string): boolean {
  return THAT_TIME.test(text.trim());
}

// A city told as where the lead's news happened: "in Oldtown", "to Port Velmora", "at Nova-Drosk".
const IN_A_PLACE = /\b(?:in|to|at)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/gu;

/** Whether the text tells of being in a city the gazetteer knows ("held talks in Oslo"). */
export function tellsOfKnownCity(text: string): boolean {
  for (const m of text.matchAll(IN_A_PLACE))
    if (longestLeadingPlace(m[1] as string, (words) => isKnownCity(words) || undefined)) return true;
  return false;
}

/**
 * Whether a meeting held at `place` was held in another city than the one the lead tells of: the lead
 * tells of a known city ("in Oslo") and does not name `place`, or tells of none and the dateline's
 * city is another. With neither, nothing says where the lead's day was spent.
 * `leadTellsOfCity` is `tellsOfKnownCity(lead)`, which a caller asking for every meeting of one
 * report reads once (it scans the lead against the gazetteer).
 */
export function heldAwayFromTheLead(
  place: string | undefined,
  lead: string,
  datelineCity: string | undefined,
  leadTellsOfCity: () => boolean = () => tellsOfKnownCity(lead),
): boolean {
  if (!place) return false;
  const city = (place.split(",")[0] ?? place).trim().toLowerCase();
  if (!city || lead.toLowerCase().includes(city)) return false;
  if (leadTellsOfCity()) return true;
  const dateline = datelineCity?.toLowerCase();
  return !!dateline && !place.toLowerCase().includes(dateline) && !dateline.includes(city);
}
