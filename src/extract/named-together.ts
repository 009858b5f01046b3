/**
 * Dates a meeting takes from a sentence other than its own that speaks of the same encounter: one that
 * names all its people together at an encounter with a day ("X said at a joint briefing with Y on
 * Thursday"), one whose "today" frames an encounter in the meeting's own city ("Today, I am meeting
 * with you in Turkestan", said during a visit whose talks there the article tells), or for a plan, a
 * headline that foresees it with its day ("X to meet Y on Friday").
 */
import { escapePattern } from "../text/escape-pattern.ts";
import { type DaySpan, inFutureClause, isOpeningStamp, shiftDay, statedDates } from "./dates.ts";
import type { Sentence } from "./document.ts";

// An encounter of one person with another, named as a noun or a verb with "with" after it: "at a joint
// briefing with", "during talks with", "met with", "held a meeting with".
const ENCOUNTER_WITH =
  /\b(?:meeting|meetings|talks|briefing|press conference|news conference|conversation|negotiations|consultations|luncheon|lunch|dinner|breakfast|met|meets|meet)\s+with\b/i;
// Another, earlier or later encounter of the same people, which the words just before the encounter
// recall or foresee ("recalled their previous talks with", "will hold talks with"), or put before a
// visit ("Before the visit, on Monday, X had a conversation with"), or which was held by telephone or
// online ("had a telephone conversation with").
const NOT_THIS_ENCOUNTER =
  /\b(?:previous|prior|earlier|first|next|former|recall\w*|remind\w*|remember\w*|will|would|shall|plan\w*|to)\b[^,;.]*$|\b(?:telephone|phone|video|online)\s*$/i;
// A sentence that opens before the visit or the talks: "Before the visit, on Monday, ...".
const OPENS_BEFORE = /^(?:before|ahead of|prior to)\b/i;

/**
 * The day a body sentence other than the meeting's own gives for the encounter of all the meeting's
 * people: the sentence names each of them and no one else (by name, title or pronoun), tells an encounter of one
 * with another ("at a joint briefing with", "talks with"), recalls or foresees none, and states a day
 * that is not another event's nor in a clause about the future. The day must not be after `day`
 * (the report's), as a held meeting's cannot be, nor more than a fortnight before it.
 */
export function dayNamingAllPeople(
  body: readonly Sentence[],
  own: number,
  people: readonly number[],
  day: string | undefined,
): DaySpan | undefined {
  if (people.length < 2 || !day) return undefined;
  for (const s of body) {
    if (s.index === own) continue;
    const encounter = ENCOUNTER_WITH.exec(s.text);
    if (
      !encounter ||
      NOT_THIS_ENCOUNTER.test(s.text.slice(Math.max(0, encounter.index - 60), encounter.index)) ||
      OPENS_BEFORE.test(s.text)
    )
      continue;
    // All the meeting's people and no one else: a sentence that names a third person may tell two
    // encounters ("met Z on Monday, followed by the meeting with Y earlier in the day").
    const named = new Set(s.mentions.flatMap((m) => (m.kind === "person" ? [m.person] : [])));
    if (named.size !== people.length || !people.every((id) => named.has(id))) continue;
    // A day long before the report is an earlier encounter of the same people, told as history
    // ("X met with Y in Paris on 5 March 2019, when both were deputies").
    const found = statedDates(s.text, day).find(
      (d) =>
        !inFutureClause(s.text, d.index) &&
        !isOpeningStamp(s.text, d) &&
        d.start <= day &&
        d.start >= shiftDay(day, -RECENT_DAYS),
    );
    if (found) return found;
  }
  return undefined;
}

// How far before the report the day of an encounter told again may lie: a report is written during a
// visit or soon after it (as the visit spans of meeting-dates.ts count).
const RECENT_DAYS = 14;

// A headline's plan: "X to meet Y on Friday", "X will hold talks with Y", "X, Y to sign a treaty".
const HEADLINE_PLAN =
  /\b(?:to|will)\s+(?:meet|hold\s+(?:talks|a\s+meeting|meetings)|visit|receive|host|sign)\b/i;

/**
 * The day a headline gives a planned meeting: a headline that names all its people and no one else,
 * foresees an encounter ("X to meet Y on Friday") and states a day not before `day` (the report's),
 * read as a plan's (the next such weekday on or after the report).
 */
export function plannedDayInHeadline(
  headlines: readonly Sentence[],
  people: readonly number[],
  day: string | undefined,
): DaySpan | undefined {
  if (people.length < 2 || !day) return undefined;
  for (const s of headlines) {
    if (!HEADLINE_PLAN.test(s.text)) continue;
    const named = new Set(s.mentions.flatMap((m) => (m.kind === "person" ? [m.person] : [])));
    if (named.size !== people.length || !people.every((id) => named.has(id))) continue;
    const found = statedDates(s.text, day, true).find((d) => d.start >= day && !d.relative);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether a body sentence whose "today" frames an encounter (`framesToday` says which do) names
 * the city of `place`, where the meeting was held: the meeting is of that day too, as one day's stay in
 * a city holds the encounters told of it ("Today, I am meeting with you in Turkestan").
 */
export function todayInPlace(
  body: readonly Sentence[],
  place: string | undefined,
  framesToday: (text: string) => boolean,
): boolean {
  // The city is the place's last part ("Orbeliani Palace, Tbilisi").
  const city = place?.split(",").at(-1)?.trim();
  if (!city) return false;
  // The city as a whole word; its letters may be any script's ("Türkiye"), which \b does not know.
  const word = new RegExp(`(?<!\\p{L})${escapePattern(city)}(?!\\p{L})`, "u");
  return body.some((s) => word.test(s.text) && framesToday(s.text));
}
