/**
 * Dates of meetings, read with chrono-node (its strict parser: calendar dates only, which is all that
 * is left once "today", "yesterday" and weekdays are read here) relative to the publication date. Only dates
 * precise to the day count (a year or a month alone says nothing about a meeting's day), and a
 * weekday ("on Tuesday") is the last such day on or before publication, or for plans the next one on
 * or after it: the publication's own weekday is the publication's day either way.
 */

import type { ParsedResult } from "chrono-node";
import { isoDate, monthNumber } from "../corpus/header.ts";
import { MONTH_STEMS, WEEKDAY } from "../text/calendar-words.ts";
import { chronoEnglish } from "../text/chrono.ts";
import { allMatches } from "./all-matches.ts";
import { inAsideGivingTheMeetingDay, inAsideOfOther } from "./aside-clauses.ts";
import { isVisitWrapUp } from "./late-report.ts";
import { inQuoteOfNoMeeting, insideQuote } from "./quotes.ts";

/** A day or a range of days. */
export interface DaySpan {
  start: string;
  end?: string;
  /** "today", "yesterday", "two days ago" or (in a plan) "tomorrow" said it, not a calendar date. */
  relative?: "today" | "yesterday" | "days ago" | "tomorrow";
  /** A weekday said it ("on Tuesday"), resolved from the publication date. */
  weekday?: boolean;
  /**
   * A day told from an earlier date of the same sentence ("on 15 August and Y the following day",
   * "later the same day"): -1, 0 or +1 day from it.
   */
  fromEarlier?: -1 | 0 | 1;
  /** Where in the sentence the date stands (character offset). */
  index: number;
}

const MONTH = String.raw`(?:${MONTH_STEMS})[a-z]*\.?`;
const CALENDAR = new RegExp(
  String.raw`\b${MONTH},?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`,
  "i",
);
const CALENDAR_ALL = new RegExp(CALENDAR.source, "gi");
// A range of days written day first, the month after the last day or after each: "from 3 to 5 June",
// "3 June to 5 June", "28 May - 2 June 2025", "between 3 and 5 June" ("and" only after "between": "on 3
// and 5 June" are two days).
const DAY_FIRST_RANGE = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+(${MONTH}))?\s*(?:[-–]|to|till|until|through|(?<=\bbetween\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+${MONTH})?\s+)and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?:,?\s+(\d{4}))?`,
  "gi",
);
/** The days of the week, folded, Sunday first (as Date.getUTCDay counts them). */
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const iso = (d: Date) => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as string;
const utc = (s: string) => new Date(`${s}T12:00:00Z`);
/** The day `days` days after `s` (before it when negative), both YYYY-MM-DD. */
export const shiftDay = (s: string, days: number) => iso(new Date(utc(s).getTime() + days * 86_400_000));

/**
 * The day-precise dates a sentence states. `published` (YYYY-MM-DD) anchors relative dates and
 * dates without a year; without it only dates with a year are read. `future` (a plan) picks the
 * next weekday on or after publication instead of the last one on or before it, except in a clause
 * that tells something done ("met Y on Friday, and more talks will follow").
 */
export function statedDates(sentence: string, published: string | undefined, future = false): DaySpan[] {
  return rawDates(sentence, published, future)
    .filter((d) => !datesOtherEvent(sentence, d.index) || saidAtMeeting(sentence, d.index))
    .filter((d) => !TOLD_OF_MEETING_AFTER.test(sentence.slice(d.index, d.index + 140)))
    .filter((d) => !PLUPERFECT_MEETING_AFTER.test(sentence.slice(d.index, d.index + 120)))
    .filter((d) => !POSSESSIVE_OF_OTHER.test(sentence.slice(d.index, d.index + 40)))
    .filter((d) => !DATE_NAMING_EVENT.test(sentence.slice(d.index, d.index + 60)))
    .filter((d) => !quotedOtherDay(sentence, d, published))
    .filter((d) => d.relative !== "today" || !todayOfOtherThanTalks(sentence))
    .map((d) => ({ ...d }));
}

// A "today" that opens words set before their speaker, told in the present ("Today, Valdoria and
// Estoria are reliable partners, said X at the meeting with Y"): the speaker's present, not the day of
// the meeting where they were said.
const TODAY_OPENS_WORDS_SAID =
  /^\W*today\b,?\s+(?![^.;]*\b(?:met|held|received|hosted|welcomed|visited|signed)\b)[^.;"“”]{0,100}?\b(?:is|are|has|have|remains?)\b[^.;"“”]{0,100}?,\s*(?:said|says|noted|notes|stressed|stresses|emphasi[sz]ed|pointed out|stated|added|underlined)\b/i;
// The end of a visit told today with its talks in a clause of it ("today concluded his visit to
// Ostria, during which he met Y"): the talks were on one of the visit's days.
const TODAY_ENDS_VISIT_OF_ITS_TALKS =
  /\btoday\b[^.;]{0,30}?\b(?:concluded|completed|ended|wrapped up|finished)\b[^.;]{0,60}?\b(?:visit|trip|tour|stay)\b[^.;]{0,60}?,\s*(?:during|in the course of|within the framework of|as part of) which\b/i;
/**
 * Whether the sentence's "today" is not the day of the talks it tells: it opens words said in the
 * speaker's present ("Today, A and B are partners, said X at the meeting with Y"), it ends a visit
 * whose talks a clause tells ("today concluded his visit, during which he met Y"), or it names what
 * the day is ("Today marks 30 years since X first met Y", "Today is Independence Day").
 */
export function todayOfOtherThanTalks(sentence: string): boolean {
  return (
    TODAY_OPENS_WORDS_SAID.test(sentence) ||
    TODAY_ENDS_VISIT_OF_ITS_TALKS.test(sentence) ||
    TODAY_MARKS.test(sentence)
  );
}
// "Today" as the day an anniversary or a holiday falls on ("Today is the 30th anniversary of the first
// visit", "Today is Independence Day"), or as a count of the years since an old encounter ("Today marks
// 30 years since X first met Y"): it names what the day is, not something done on it.
const TODAY_MARKS =
  /\btoday\b,?\s+(?:is|marks|also marks)\b[^.;]{0,60}?\b(?:anniversary|birthday|holiday|(?:national|independence|constitution|victory|memorial|remembrance)\s+day|(?:years?|decades?)\b[^.;]{0,20}?\b(?:since|of))\b/i;

// How far before the report a day named in a remark may lie and still be the day of the talks: a
// report is written during a visit or soon after it.
const QUOTED_RECENT_DAYS = 14;

/**
 * Whether a day stands inside a quoted remark and is the speaker's, not the talks': a remark that tells
 * of no encounter or visit ('"On 9 May we celebrated Victory Day together," X said at the meeting',
 * '"Today our countries are partners"'), or one that tells of an encounter long before the report
 * ('"When we met on 3 March, we agreed ...," X told Y'). A remark's day of recent or planned talks
 * stays ('"Yesterday we held talks with the Speaker"', '"The delegation will visit Ostria on June
 * 27-28," the press service said').
 */
function quotedOtherDay(sentence: string, d: DaySpan, published: string | undefined): boolean {
  if (!insideQuote(sentence, d.index)) return false;
  if (inQuoteOfNoMeeting(sentence, d.index, true)) return true;
  return !published || d.start < shiftDay(published, -QUOTED_RECENT_DAYS);
}

// What follows the day of a saying when the words were said at or right after the talks: "said on
// Wednesday, after a meeting with", "said here Tuesday during talks with". (A "that" between them
// opens what was said, which may tell of any meeting: "said on Monday that during his meeting ...".)
const AT_MEETING_AFTER =
  /^(?:(?!\bthat\b)[\p{L}\d. ]){0,20}?,?\s+(?:after|following|during|when|while|at)\s+(?:(?:a|the|his|her|their|its)\s+)?(?:meeting|meetings|talks|conversation)\b/iu;

// A day on which someone told of a meeting ("X today told journalists about his meeting with Y",
// "X on Tuesday briefed senators on the talks"): the day of the telling, not of the meeting told.
const TOLD_OF_MEETING_AFTER =
  /^[^,;]{0,25}?\b(?:told|tells|said|says|briefed|briefs|informed|informs|spoke|speaks|recalled|recalls|shared|shares)\b[^.;]{0,60}?\b(?:about|on|of)\s+(?:his|her|their|the|its)\s+(?:[\p{L}-]+\s+)?(?:meetings?|talks|visit|trip|conversation|negotiations)\b/iu;

// A day in the possessive dates what follows it ("to discuss yesterday's elections", "ahead of Sunday's
// presidential election", "Monday's earthquake"): the talks only when that is an encounter ("at
// Tuesday's meeting", "yesterday's talks").
const POSSESSIVE_OF_OTHER = new RegExp(
  String.raw`^(?:(?:on|last|next|this)\s+)?(?:yesterday|today|tomorrow|${WEEKDAY})['’]s\s+(?!(?:[\p{L}-]+\s+)?(?:meeting|meetings|talks|negotiations|consultations|conversation|visit|encounter|session|discussion)\b)`,
  "iu",
);

// A date that names an event, as a word before its noun ("the May 9 commemorations", "ahead of 9 May
// celebrations", "the March 8 holiday"): the day of that event.
const DATE_NAMING_EVENT =
  /^(?:[\p{L}.]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[\p{L}.]+)\s+(?:commemorations?|celebrations?|holidays?|festivities|elections?|vote|referendum|parade|attacks?|ceremony|anniversary|deadline|agreements?|accords?|declaration|decree|resolution|tragedy|massacre|revolution|uprising|protests?|events)\b/iu;

// A day followed by what was said or written of a meeting in the pluperfect ("wrote on his channel on
// Wednesday that he had met Y", "In a statement on 15 May, the parliament said X had held talks"), or
// in the past after a saying ("On Monday, X said that he met Y"): the meeting came before that day, or
// on it, which is the telling's.
const PLUPERFECT_MEETING_AFTER =
  /^[^.;]{0,60}?\b(?:that|said|says|wrote|writes|stated|announced|reported|informed)\b[^.;]{0,40}?\bhad\s+(?:also\s+|already\s+|previously\s+)?(?:met|held|received|hosted|been received)\b|^[^.;]{0,60}?\b(?:said|says|wrote|writes|stated|announced|reported|informed)\s+(?:that\s+)?(?:he|she|they|we|I|it)\s+(?:also\s+|had\s+)?(?:met|held|received|hosted)\b/i;

/** Whether the sentence tells on some day of a meeting held before ("X today told journalists about his meeting with Y"). */
export function toldOfMeetingOnDay(sentence: string, published: string | undefined): boolean {
  return rawDates(sentence, published, false).some((d) =>
    TOLD_OF_MEETING_AFTER.test(sentence.slice(d.index, d.index + 140)),
  );
}

/** Whether the date at `index` is the day of a saying made at or right after the sentence's talks. */
function saidAtMeeting(sentence: string, index: number): boolean {
  return (
    SAYING_BEFORE.test(sentence.slice(Math.max(0, index - 60), index)) &&
    AT_MEETING_AFTER.test(sentence.slice(index, index + 60))
  );
}

/**
 * Whether a date opens the sentence as a stamp: no preposition before it, and the sentence's words
 * run on after it without a comma ("March 6, 2024 Delegation visits the Senate"), or after a mark that
 * closes a dateline ("6 March 2024 – Senate President ...", "06.03.2024 (Agency): ..."). Such a date
 * is the page's, glued to its first sentence, not the date of what the sentence tells.
 */
export function isOpeningStamp(text: string, date: DaySpan): boolean {
  if (date.relative || date.weekday) return false;
  if (date.index !== 0) return isDatelineStamp(text, date);
  return OPENING_STAMP.test(text);
}

/**
 * Whether the date closes a dateline that opens the sentence: one or two capitalised places, each
 * with its comma, then the day and a dash or a full stop ("KYRGYZSTAN, March 14 - The Speaker
 * receives ...", "TASHKENT, Uzbekistan, March 14. The Senate ..."). A dateline glued to a title is the
 * report's day, not the day of what the title tells ("yesterday" in the body counts from it).
 */
function isDatelineStamp(text: string, date: DaySpan): boolean {
  return DATELINE_HEAD.test(text.slice(0, date.index)) && DATELINE_DAY.test(text.slice(date.index));
}

// One or two capitalised places, each closed by a comma, and nothing else before the day. Not a
// sentence opened by a preposition ("On Tuesday, March 14", "In Paris, May 2"): a time or a
// scene of what it tells, not a dateline.
const DATELINE_HEAD =
  /^(?!(?:On|In|At|By|From|Since|Until|Before|After)\b)(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s+){1,2}$/u;
// A month and a day (either order), perhaps a year and a note in brackets ("(Kabar)"),
// then the dash or full stop that ends a dateline.
const DATELINE_DAY =
  /^(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:[–—]|--?|\.(?=\s))/u;
const OPENING_STAMP = new RegExp(
  String.raw`^(?:[\p{L}.]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[\p{L}.]+,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})` +
    String.raw`(?:\s+\p{Lu}|,?\s*(?:\([^)]{1,40}\)\s*)?(?:[–—|:]|--?)\s*\p{Lu}|\s*\([^)]{1,40}\)\s*\p{Lu})`,
  "u",
);

// The future that a date of a held meeting's sentence may belong to: "where he announced that a
// delegation will be visiting Ghana from 24-25 August". A past verb of an encounter after the marker
// puts the date back in the meeting's clause ("X, who will leave soon, met Y on 5 March").
// So is what someone is invited, asked or urged to do ("invited him to address the plenary on Monday").
// A headline's "due" with a day is one too: "Vietnamese delegation due Thursday", "X due in Y on Monday"
// (read in the words before the day, so "due" may end them).
const FUTURE_MARKER = new RegExp(
  String.raw`\b(?:will|shall|(?:is|are) (?:set |expected |scheduled |due |going |planned )?to (?!have\b)|(?:invited|invites|inviting|asked|urged|proposed)\b[^,;.]{0,40}?\bto (?=\p{Ll})(?!(?:have|the|a|an|his|her|their|its|this|that|our|your)\b)|to be held|due(?= (?:on |this |next |in \p{Lu}[\p{L}-]+ (?:on )?)?(?:(?:${WEEKDAY}|tomorrow)\b|$)))\b`,
  "giu",
);
// A past verb of saying after the marker ends the future clause too: the reporting clause that
// follows what was said dates the saying ("X will not come, Y told a briefing after the talks on Monday").
const PAST_ENCOUNTER = /\b(?:met|held|received|hosted|paid|visited|welcomed|talked|discussed|told|said)\b/i;

/** Whether the date at `index` is told in a clause about the future ("... will be visiting Ghana from 24-25 August"). */
export function inFutureClause(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const marks = allMatches(FUTURE_MARKER, before);
  const last = marks.at(-1);
  if (!last) return false;
  return !PAST_ENCOUNTER.test(before.slice((last.index ?? 0) + last[0].length));
}

/**
 * The days a sentence says a report was made ("a media report said on Monday", "told Trend on
 * Sept. 17"): what it reports happened on that day or before it.
 */
export function reportDates(sentence: string, published: string | undefined): DaySpan[] {
  return rawDates(sentence, published, false)
    .filter((d) => SAYING_BEFORE.test(sentence.slice(Math.max(0, d.index - 60), d.index)))
    .map((d) => ({ ...d }));
}

/**
 * The calendar dates a sentence states ("May 12", "12.05.2022"), whatever event they date (another
 * event's too), without "today", "yesterday" or weekdays. `published` as for {@link statedDates}.
 */
export function calendarDates(sentence: string, published: string | undefined): DaySpan[] {
  return rawDates(sentence, published, false)
    .filter(
      (d) =>
        !d.relative && d.fromEarlier === undefined && !WEEKDAY_AT.test(sentence.slice(d.index, d.index + 16)),
    )
    .map((d) => ({ ...d }));
}
const WEEKDAY_AT = new RegExp(String.raw`^(?:on |last |next |this )?${WEEKDAY}\b`, "i");

/**
 * The year that the yearless dates of an article without a publication date belong to, as an
 * anchor (YYYY-MM-DD): the latest full date the article states (a caption "X and Y, December 18,
 * 2017") of no other event than an encounter. Undefined when it states none.
 */
export function yearAnchor(sentences: string[]): string | undefined {
  let latest: string | undefined;
  // A date of another event ("the treaty signed on 3 May 1994") dates that event, and says nothing of
  // the year of the report's own days.
  for (const s of sentences)
    for (const d of calendarDates(s, undefined))
      if ((!latest || d.start > latest) && !datesOtherEvent(s, d.index)) latest = d.start;
  return latest;
}

/**
 * The calendar dates a sentence states, with a year taken from `anchor` for those without one
 * (see {@link yearAnchor}): no "today" or weekday, which an anchor of another day would misdate.
 */
export function anchoredDates(sentence: string, anchor: string): DaySpan[] {
  return statedDates(sentence, anchor).filter(
    (d) => !d.relative && !d.weekday && !WEEKDAY_AT.test(sentence.slice(d.index, d.index + 16)),
  );
}

// The same sentence is read for several meetings and frames: remember the last few hundred (callers
// filter and copy, never change them). Keyed by the sentence itself, not by a string made of it and
// the options: a string built per call was hashed anew each time, where the sentence's hash is
// computed once and kept.
/** Every date a sentence states, whatever it is the date of (a visit's end too); do not change them. */
export function rawDates(sentence: string, published: string | undefined, future: boolean): DaySpan[] {
  let readings = memo.get(sentence);
  if (!readings) {
    if (memo.size > 500) memo.clear();
    readings = [];
    memo.set(sentence, readings);
  }
  for (const r of readings) if (r.published === published && r.future === future) return r.dates;
  const dates = readDates(sentence, published, future);
  readings.push({ published, future, dates });
  return dates;
}
const memo = new Map<string, { published: string | undefined; future: boolean; dates: DaySpan[] }[]>();

// The words just before a date that make it the date of a saying ("a media report said on Monday",
// "told Trend on Sept. 17", "told reporters today") or of another event the sentence mentions in
// passing ("the referendum, which took place on April 11"), not the date of the meeting reported.
const SAYING_BEFORE =
  /\b(?:said|says|told|tells|reported|reports|announced|announces|stated|informed|wrote|writes|cited|cites|quoted|according to)\b(?:\s+(?!(?:that|he|she|they|the|a|an)\b)[\p{L}.'’-]+){0,2}\s*(?:on|in|at|this|last|earlier|late|early)?\s*$/iu;
// A place may stand between the verb and the date ("which opened in Astana on 8 July").
const AT_PLACE = String.raw`(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?`;
// The start or end of a forum, a term begun ("the forum, which opened on 8 July", "who took office on
// 1 July"): a stretch of days or a post, not the day of the talks held within it.
const OTHER_EVENT_BEFORE = new RegExp(
  String.raw`\b(?:which|that|who|whose)\b[^,;]{0,40}?\b(?:took place|takes place|was held|were held|is held|happened|occurred|was adopted|were adopted|was elected|were elected|was appointed|(?:was|were) sworn in|took (?:the|his|her) oath|came into force|entered into force|comes into force|enters into force|(?:took|takes|came into|comes into) effect|was born|was founded|was established|opened|began|started|kicked off|closed|ended|concluded|opens|begins|starts|kicks off|closes|ends|concludes|(?:will|is to|is due to) (?:start|begin|open|close|end)|continues|continued|goes on|took office|assumed office|took up (?:his|her|the) (?:post|duties))${AT_PLACE}\s*(?:on|in)?\s*$`,
  "iu",
);
// A relative clause in the past perfect ("Y, who had attended the inauguration on 7 July") tells of
// something done before the sentence's own events.
const PLUPERFECT_CLAUSE_BEFORE =
  /\b(?:which|who)\s+had\s+(?:been\s+)?[\p{L}-]+\b[^,;]{0,50}?\s*(?:on|in)?\s*$/iu;
// An earlier meeting the sentence compares with ("recalling their previous meeting on 7 March").
// So is a relative clause on the person met ("Y, with whom he had talks on 5 May in Baku").
// So is the story of their first encounter ("X and Y, who first met on 3 March 2019, held talks", "since
// they first met in Korvia on 5 May").
const EARLIER_MEETING_BEFORE =
  /\b(?:previous|last|earlier|prior|former)\s+(?:meeting|talks|visit|encounter|conversation|contact)s?\b[^,;]{0,40}?\s*(?:on|in)?\s*$|\b(?:with whom|whom)\b[^,;]{0,50}?\s*(?:on|in)?\s*$|\b(?:who|they|we|since|when)\s+(?:had\s+)?first\s+met\b[^,;]{0,40}?\s*(?:on|in)?\s*$/i;
// The words that place talks before or after something.
const BEFORE_OR_AFTER = String.raw`\b(?:ahead of|before|after|following|prior to|on the eve of|in the run-up to)`;
// An event the talks are placed before or after ("ahead of the anniversary of relations on 9 July",
// "following the elections on 30 June"): its date is that event's. Talks placed after talks keep it
// ("after the talks on Tuesday, X said").
const EVENT_BEFORE_OR_AFTER_BEFORE = new RegExp(
  String.raw`${BEFORE_OR_AFTER}\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?![^,;]*?\b(?:meeting|meetings|talks|negotiations|consultations|conversation)\b)[^,;]{1,50}?\s*(?:on|in)?\s*$`,
  "i",
);
// A date written before the noun of a meeting after a possessive or an article ("after X's Sept. 22
// meeting with Y", "following the May 3 talks"): the day of that meeting, which the words before it
// only place in the story, not the day of another event.
const DATE_OF_MEETING_NAMED = new RegExp(
  String.raw`^(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})\s+(?:meeting|talks|negotiations|consultations|conversation)\b(?!\s+of\b)`,
  "iu",
);
// ... or a calendar date right after the word ("after 10 May", "ahead of 9 May celebrations"): the talks
// are placed by it, not on it. ("the day before yesterday" is a day of its own.)
const BOUND_WORD_BEFORE = new RegExp(String.raw`${BEFORE_OR_AFTER}\s+$`, "i");
const CALENDAR_AT = new RegExp(String.raw`^(?:\d|${MONTH}\s+\d)`, "i");

// An event that is never the frame of talks, dated by a participle after it ("thanked him for attending
// the opening ceremony of the Games held on May 12"): its date is not the date of the talks. Summits,
// forums and sessions are left out: talks on their margins are usually held on their day.
const CEREMONY_HELD_BEFORE =
  /\b(?:ceremony|ceremonies|games|celebrations?|festival|exhibition|expo|elections?|referendum|vote|parade|championship|tournament|olympics|concert|anniversary|jubilee)\b(?:\s+(?:of|in)\s+[^,;]{0,40}?)?\s+(?:held|hosted|organi[sz]ed|staged|celebrated|marked)\s*(?:on|in)?\s*$/iu;

// An arrival (or a return, a departure) told in a clause beside the talks ("X, who arrived in Kigali
// late Tuesday, met Y"): its day is the arrival's, and the talks may be the next day.
const ARRIVAL_CLAUSE_BEFORE =
  /\b(?:who|which|that|having|after)\b[^,;]{0,30}?\b(?:arrived|arrives|arriving|landed|returned|returns|returning|departed|left)\b(?:\s+(?:in|at)\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)?(?:\s+(?:late|early|on|the day before))?\s*$/u;

// A participle no meeting takes, just before the date: "relations, established on 14 January 1994",
// "the law adopted on 3 July", "the speaker elected on 2 May", "the treaty signed on 3 May 1999", "the
// ceasefire agreed on 10 May", "a statement issued on 15 May", "the law No. 112 dated 3 June 2024"
// (a document's signing, told as a participle after it), "an interview published on Monday". The
// date is of that thing.
// A place may stand before the date ("the agreement signed in Astana on 3 May 2019"), and the signers
// between the document and its verb ("the agreement the two countries signed on"), but not "was":
// "The memorandum was signed on 3 May during the talks" tells of a signing at the talks.
const NOT_A_MEETING_PARTICIPLE_BEFORE = new RegExp(
  String.raw`\b(?:(?:established|founded|adopted|ratified|enacted|promulgated|launched|created|formed|elected|re-elected|appointed|born|inaugurated|opened|published|issued|released|accredited|designated|nominated|sent|submitted|filed|delivered|broadcast|aired|posted|celebrated|commemorated|observed|dated)|(?:ceasefire|truce|deal|decision|budget|bill|code)\s+(?:agreed|reached|approved|passed|announced|declared)|(?:treaty|treaties|agreements?|memorand\w*|declarations?|accords?|conventions?|protocols?|charters?|roadmaps?)(?:\s+(?!(?:was|were|is|are|be|been|being)\b)[\p{L}-]+){0,4}\s+signed)${AT_PLACE}\s+(?:on|in)?\s*$`,
  "iu",
);

// A thing no meeting is, dated with "of": "the elections of 3 March", "the decree of 5 May", "the
// earthquake of 6 February". (Summits, forums and sessions are left out, as above: talks on their
// margins are held on their day.)
const NOT_A_MEETING_OF_BEFORE =
  /\b(?:elections?|referendum|vote|decree|law|resolution|decision|ruling|statement|letter|message|appeal|address|attack|earthquake|flood|disaster|tragedy|events|revolution|independence)\s+of\s*$/i;

// A vote dated after its name and its place ("the presidential elections in Kazakhstan on June 9",
// "the referendum held in Ostria on 3 May", "the parliamentary polls on Sunday"): the day of the vote.
const VOTE_ON_BEFORE =
  /\b(?:elections?|referendum|polls|by-elections?|runoff)\b(?:\s+(?:held\s+)?(?:in|across)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:on|in)?\s*$/iu;

// The end of a visit or the return from it, told right before the date ("the visit, during which he
// met Y, ended yesterday evening", "X returned home from Ostria on Tuesday"): its day is the last of
// the visit, not the day of the talks held on it. Read only in a sentence that sums a visit up.
const END_OF_VISIT_BEFORE =
  /\b(?:ended|ends|concluded|concludes|came to an end|comes to an end|wrapped up|wraps up|was over|is over|completed|completes|finished|finishes|returned|returns|came back|comes back|was back|is back)(?:\s+(?:home|from\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}))*\s*(?:on|in|late|early|late on|early on)?\s*$/iu;

// A date that bounds a stretch of time ("planned since the conference in Rome on 12 March", "will stay
// until March 8"), or a deadline ("agreed to finish the road map by 30 April"): the start or end of a
// wait or a stay, or the day a task is due, not the day of an encounter.
const BOUND_OF_SPAN_BEFORE =
  /\b(?:since|until|till)\b[^,;]{0,50}?\s*(?:on|in)?\s*$|\b(?:by|(?:no|not) later than)\s*$/i;

// A clause on a person that dates something of theirs ("Y, who assumed the chairmanship of the Senate
// on 1 May", "Y, who attended the inauguration on 12 May"): its day is that person's doing, not the
// talks'. A clause that tells an encounter or a visit ("Y, who met X on Monday", "Y, who is on a visit
// from 12 to 17 May") keeps its day.
// A visit told in the past simple ("Y, who visited Astana on 3 May 2023", "who paid a visit to Astana on
// 3 October") is a fact of the person's past, not the stay the talks are held in.
const PERSON_CLAUSE_BEFORE =
  /,\s*(?:who|whose)\s+(?![^,;]*\b(?:met|meets|meeting|talks|received|receives|hosted|hosts|welcomed|held|holds|arriv\w*)\b)(?![^,;]*\bvisit\w*)[^,;]{1,60}?\s*(?:on|in)?\s*$|,\s*who\s+(?:visited|paid\s+(?:a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}visit)\b(?![^,;]*\b(?:met|meets|meeting|talks|received|hosted|welcomed|held)\b)[^,;]{0,60}?\s*(?:on|in)?\s*$/iu;

// Someone's election or appointment, dated after it ("congratulated Y on his election as Speaker on 2
// May"): the day of the vote, not of the talks.
const ELECTION_BEFORE =
  /\b(?:his|her|their|the)\s+(?:re-?)?(?:election|appointment|nomination)\b(?:\s+(?:as|to)\b[^,;]{0,60}?)?\s+(?:on|in)?\s*$/i;

// A document dated with "of" after its name ("the Treaty of Friendship of 3 May 1994", "the
// Memorandum of Understanding of 2 May", "Resolution No. 123 of 12.05.2024"): the day it was signed or
// passed, not of the talks that name it.
const DOCUMENT_OF_BEFORE =
  /\b(?:treaty|treaties|agreements?|memorand\w*|declarations?|accords?|conventions?|protocols?|charters?|constitution|resolution|decree|law|directive)\b[^,;]{0,40}?\bof\s*$/i;

// A day or an event the talks mark or celebrate, dated after its name ("on the occasion of Valdoria's
// Independence Day, 15 May", "to mark the anniversary of relations on 9 July", "the 30th anniversary
// of the pact, 14 May 1994"): the day marked, which the talks may precede, or the day of the event
// whose anniversary falls. Not a visit or talks marked so ("on the occasion of his visit on 14 May").
const CELEBRATED_BEFORE =
  /\b(?:on the occasion of|to mark|marking|in hono(?:u)?r of|in celebration of|to celebrate|celebrating|dedicated to|devoted to|anniversary of)\s+(?![^,;]*?\b(?:meeting|meetings|talks|negotiations|consultations|conversation|visit)\b)[^,;]{0,50}?,?\s*(?:on|of)?\s*$/i;

// Something the talks build on or prepare, dated after it: "to follow up on the talks held in Ostria
// on 2 May", "the implementation of the agreements reached during the visit on 2-3 May", "discussed the
// outcomes of the summit on 10 May", "to prepare the visit of the President on 2-4 May". Its day is of
// that earlier or later event.
const BUILT_ON_OR_PREPARED_BEFORE =
  /\b(?:(?:results?|outcomes?|implementation|preparations?|follow-up)\s+(?:of|for|to)|follow(?:ing|s|ed)?\s+up\s+on|in\s+(?:pursuance|implementation|preparation)\s+(?:of|for)|pursuant\s+to|prepare|preparing|as\s+(?:agreed|decided|arranged)|(?:agreements?|arrangements|understandings?|decisions?|accords?)\s+(?:reached|achieved|agreed|concluded|made|taken))\b[^,;]{0,70}?\s*(?:on|in)?\s*$/i;

// A medium the people spoke or wrote in, dated after it ("In an interview with Valdorian TV on Monday, X
// spoke about his meeting with Y", "In a Facebook post on Monday, X said he met Y"): the day of the
// telling. (A briefing or a press conference may be the encounter itself, and keeps its day.)
const MEDIUM_BEFORE =
  /\b(?:interview|post|statement|tweet|op-ed|article|column|message|letter|broadcast|podcast)\b[^,;]{0,40}?\s*(?:on|in)?\s*$/i;

// The day a clause says the news was given out, after its source ("as reported by the Parliament's
// press service on 7 May", "as announced by the Senate's website on Tuesday"): the talks were held by
// then, on a day the sentence does not give.
const REPORTED_BY_BEFORE =
  /\b(?:reported|announced|published|released|posted|stated)\s+by\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:on|in|this|last|earlier)?\s*$/iu;

// A clause on a place the talks were held in, opened by "where" ("met Y in Astana, where on Monday the
// two governments signed a transit deal"): a date in it is of what the clause tells, unless the
// clause tells the encounter itself ("visited Baku, where on Tuesday he met Y").
const WHERE_CLAUSE_OPENS = /,\s*where\b/gi;
const ENCOUNTER_IN_CLAUSE =
  /\b(?:met|meet\w*|talks|receiv\w*|host\w*|welcom\w*|visit\w*|negotiat\w*|discuss\w*|call(?:ed)? on)\b/i;

/** Whether the date at `index` stands in a "where" clause that tells something other than an encounter. */
function inWhereClauseOfOther(sentence: string, index: number): boolean {
  let open = -1;
  for (const m of allMatches(WHERE_CLAUSE_OPENS, sentence))
    if ((m.index as number) < index) open = m.index as number;
  if (open < 0) return false;
  const between = sentence.slice(open + 1, index);
  // The clause ends at the next comma or semicolon; a date past it is not in the clause.
  if (/[,;]/.test(between)) return false;
  const rest = sentence.slice(index);
  const end = rest.search(/[,;]|$/);
  return !ENCOUNTER_IN_CLAUSE.test(between + rest.slice(0, end));
}

// What a speaker recalls, dated after the recalling verb ("recalling the visit of the first delegation
// on 14 May 1994"): a day of the past the talks looked back on.
const RECALLING_BEFORE = /\b(?:recall\w*|remind\w*|remember\w*|reminisc\w*)\b[^,;]{0,60}?\s*(?:on|in)?\s*$/i;

// The day a meeting was set for before it was moved: "originally scheduled for Tuesday, was moved up
// to Monday evening", "initially planned for 3 May".
const FORMER_PLAN_BEFORE =
  /\b(?:originally|initially|first|previously|earlier) (?:scheduled|planned|set|slated|due|expected) (?:for|on)\s+$/i;

/**
 * Whether the date at `index` belongs to something other than the meeting the sentence reports:
 * the report itself ("said on Monday"), an event named in a relative clause ("which took place on"),
 * a ceremony dated by a participle after it ("the opening ceremony held on May 12"), or anything
 * dated by a participle no meeting takes ("established on 14 January 1994", "adopted on 3 July"), or
 * a thing no meeting is, dated with "of" ("the elections of 3 March"), a vote dated after its name
 * ("the elections in Kazakhstan on June 9"), the bound of a stretch of
 * time ("since the conference on 12 March", "until 8 March") or a deadline ("by 30 April"), what a
 * clause on a person dates ("Y, who assumed the chairmanship on 1 May"), an election ("his election
 * as Speaker on 2 May"), a document ("the Treaty of Friendship of 3 May 1994"), a day the talks mark
 * ("on the occasion of Independence Day, 15 May"), what a speaker recalls ("recalling the visit on
 * 14 May 1994"), a medium someone spoke or wrote in ("In an interview on Monday"), a clause on the
 * place of the talks that tells something else ("in Astana, where on Monday the governments signed a
 * deal"), an aside clause that tells no encounter ("Y, who on Tuesday presented his credentials,
 * ...", "the Assembly, held in Geneva on 3–5 June", see aside-clauses.ts), what the talks
 * build on or prepare ("to follow up on the talks held on 2 May", "the
 * outcomes of the summit on 10 May", "to prepare the visit on 2-4 May"), or the end of a visit summed up ("the visit ended
 * yesterday evening", "returned home on Tuesday").
 */
export function datesOtherEvent(sentence: string, index: number): boolean {
  // A relative clause on the meeting itself, or on the first or last day the talks are put on, dates
  // the meeting whatever its verb ("Talks between X and Y, which ended yesterday evening, ...", "On
  // the last day of the visit, which ended on 10 June, ..."): the rules on other events' clauses and
  // on a visit's end do not apply to it (a day bound inside it by "since" or a saying still does).
  // Read only when one of the rules it overrides would fire: most days pass none of them.
  const ofTheMeeting = () => inAsideGivingTheMeetingDay(sentence, index);
  const before = sentence.slice(Math.max(0, index - 60), index);
  return (
    SAYING_BEFORE.test(before) ||
    (OTHER_EVENT_BEFORE.test(before) && !ofTheMeeting()) ||
    PLUPERFECT_CLAUSE_BEFORE.test(before) ||
    EARLIER_MEETING_BEFORE.test(before) ||
    (EVENT_BEFORE_OR_AFTER_BEFORE.test(before) &&
      !DATE_OF_MEETING_NAMED.test(sentence.slice(index, index + 40))) ||
    (BOUND_WORD_BEFORE.test(before) && CALENDAR_AT.test(sentence.slice(index, index + 12))) ||
    CEREMONY_HELD_BEFORE.test(before) ||
    (NOT_A_MEETING_PARTICIPLE_BEFORE.test(before) && !ofTheMeeting()) ||
    NOT_A_MEETING_OF_BEFORE.test(before) ||
    VOTE_ON_BEFORE.test(before) ||
    ARRIVAL_CLAUSE_BEFORE.test(before) ||
    BOUND_OF_SPAN_BEFORE.test(before) ||
    PERSON_CLAUSE_BEFORE.test(before) ||
    ELECTION_BEFORE.test(before) ||
    DOCUMENT_OF_BEFORE.test(before) ||
    CELEBRATED_BEFORE.test(before) ||
    RECALLING_BEFORE.test(before) ||
    MEDIUM_BEFORE.test(before) ||
    REPORTED_BY_BEFORE.test(before) ||
    FORMER_PLAN_BEFORE.test(before) ||
    inWhereClauseOfOther(sentence, index) ||
    (inAsideOfOther(sentence, index) && !ofTheMeeting()) ||
    // What the talks build on may be named at length ("the agreements reached during the visit of
    // the Speaker to Valdoria on"): read further back.
    BUILT_ON_OR_PREPARED_BEFORE.test(sentence.slice(Math.max(0, index - 100), index)) ||
    (END_OF_VISIT_BEFORE.test(before) && isVisitWrapUp(sentence) && !ofTheMeeting())
  );
}

// A weekday named in a (lower-cased) sentence, with the word that places it: "on Monday", "last Friday".
const WEEKDAY_MENTION =
  /\b(?:on |last |next |this )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g;

// A week named after a weekday: "on Monday last week", "Friday of next week".
const WEEK_AFTER = /^,?\s+(?:of\s+)?(last|next|the previous|the following) week\b/;

/**
 * The days from the report's weekday `base` to the weekday `target` of the week before (`weeks` -1)
 * or after (+1) the report's, weeks counted from Monday: "on Monday last week" in Thursday's news is
 * ten days back, not three.
 */
function dayOfWeek(base: number, target: number, weeks: -1 | 1): number {
  const fromMonday = (d: number) => (d + 6) % 7;
  return fromMonday(target) - fromMonday(base) + 7 * weeks;
}

/**
 * The days from the report's weekday `base` to the weekday `target` a sentence names (both counted
 * from Sunday = 0). What is told as done, or told in a headline's present ("X meets Y on Monday"),
 * happened on the last such day on or before the report: the report's own day when they are the same
 * ("on Monday" in Monday's news is that day). Only a plan looks ahead, to the next such day on or after
 * the report (again the same day when it falls on it: "will meet on Monday" in Monday's news is today).
 * "next Monday" and "last Monday" skip the report's own day: a week ahead or back when it is a Monday.
 */
export function weekdayOffset(
  base: number,
  target: number,
  said: "last" | "next" | undefined,
  future: boolean,
) {
  const ahead = (target - base + 7) % 7;
  const back = (base - target + 7) % 7;
  if (said === "next") return ahead || 7;
  if (said === "last") return -(back || 7);
  return future ? ahead : -back || 0;
}

// A clause told as done, whatever the meeting's tense: "X met Y on Friday, and more meetings are
// planned" dates the meeting held, so its weekday looks back even in a sentence read as a plan.
const CLAUSE_BOUND = /[,;:()]|\b(?:and|but|while|whereas)\b/gi;
// An arrival beside a plan is done too: "X, who arrived on Monday, will meet Y", "X arrived today and
// will meet Y". (Not a saying: what follows it may be the plan itself, "X said he hoped to meet Y on
// Wednesday"; the day of a saying is dropped as such before.)
const DONE_VERB =
  /\b(?:met|held|received|hosted|visited|welcomed|talked|discussed|signed|arrived|landed|returned|departed|attended|took part)\b/i;
const FUTURE_IN_CLAUSE = new RegExp(FUTURE_MARKER.source, "iu");

/**
 * Whether the day at `index` (a weekday, "today") stands in a clause that tells something done, with
 * no future in it: in a sentence read as a plan, that day is of what was done, not of the plan.
 */
export function inPastClause(sentence: string, index: number): boolean {
  let from = 0;
  let to = sentence.length;
  for (const m of allMatches(CLAUSE_BOUND, sentence)) {
    const at = m.index as number;
    if (at < index) from = at + m[0].length;
    else if (at > index) {
      to = at;
      break;
    }
  }
  const clause = sentence.slice(from, to);
  return DONE_VERB.test(clause) && !FUTURE_IN_CLAUSE.test(clause);
}

// A weekday that is part of a name: "the Good Friday Agreement", "the Sunday Times", "Super Tuesday".
const NAME_WORD_BEFORE_WEEKDAY = /\b(?:good|black|super|ash|holy|easter|palm|maundy|bloody|cyber)\s+$/i;
const NAME_WORD_AFTER_WEEKDAY =
  /^\s+(?:Times|Telegraph|Herald|Post|Mail|Express|Tribune|Observer|Independent|Star|Agreement|Accords?|Club|Group|Movement|Prayers?|Sermon|Market)\b/;

/** Whether the weekday at `index` (`length` characters, with any "on " before it) is part of a name. */
function weekdayInName(sentence: string, index: number, length: number): boolean {
  return (
    NAME_WORD_BEFORE_WEEKDAY.test(sentence.slice(Math.max(0, index - 12), index)) ||
    NAME_WORD_AFTER_WEEKDAY.test(sentence.slice(index + length, index + length + 14))
  );
}

const DAY_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const DAYS_AGO = /\b(two|three|four|five|six|[2-6]) days ago\b/g;

function readDates(sentence: string, published: string | undefined, future: boolean): DaySpan[] {
  const out: DaySpan[] = [];
  const lower = sentence.toLowerCase();
  // chrono-node is the costly part: only sentences with a number or a relative day word can hold a day.
  if (!/\d|today|yesterday|tomorrow|morning|afternoon|evening|night|day\b|ago\b/.test(lower)) return out;
  if (published) {
    // A part of the report's day ("this afternoon", "tonight") is today; the night before it is yesterday.
    const today = /\b(earlier |later )?today\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b/.exec(
      lower,
    );
    if (today) out.push({ start: published, relative: "today", index: today.index });
    const yesterday = /\byesterday\b|\blast night\b/.exec(lower);
    // "the day before yesterday" is two days back, not yesterday.
    const dayBefore = yesterday && /\bthe day before\s+$/.test(lower.slice(0, yesterday.index));
    if (yesterday)
      out.push({
        start: shiftDay(published, dayBefore ? -2 : -1),
        relative: "yesterday",
        index: yesterday.index,
      });
    // A count of days back from the report ("two days ago", "3 days ago") is a day as certain as
    // "yesterday"; a week or more back ("two weeks ago") or "a few days ago" names no day.
    for (const m of allMatches(DAYS_AGO, lower))
      out.push({
        start: shiftDay(published, -(DAY_COUNTS[m[1] as string] ?? Number(m[1]))),
        relative: "days ago",
        index: m.index as number,
      });
    // Only a plan is read for "tomorrow": what is told as done cannot be, and a lead's "tomorrow"
    // ("X arrived today and will meet Y tomorrow") dates what is still to come, not what was done.
    const tomorrow = future ? /\btomorrow\b/.exec(lower) : null;
    if (tomorrow) out.push({ start: shiftDay(published, 1), relative: "tomorrow", index: tomorrow.index });
    for (const m of allMatches(WEEKDAY_MENTION, lower)) {
      if (weekdayInName(sentence, m.index as number, m[0].length)) continue;
      const target = WEEKDAYS.indexOf(m[1] as string);
      const week = WEEK_AFTER.exec(lower.slice((m.index as number) + m[0].length))?.[1];
      const days = week
        ? dayOfWeek(utc(published).getUTCDay(), target, /last|previous/.test(week) ? -1 : 1)
        : weekdayOffset(
            utc(published).getUTCDay(),
            target,
            /^(?:last|next)/.exec(m[0])?.[0] as "last" | "next" | undefined,
            future && !inPastClause(sentence, m.index as number),
          );
      out.push({ start: shiftDay(published, days), weekday: true, index: m.index as number });
    }
  }
  // Past here only calendar dates are left, and chrono-node is costly: a sentence needs a month name
  // next to a number, or a numeric date, to be worth parsing.
  if (!CALENDAR.test(sentence))
    return withDaysFromEarlier(
      sentence,
      out.sort((a, b) => a.index - b.index),
    );
  const ref = published ? utc(published) : undefined;
  // chrono reads the few words around each calendar mention, not the whole sentence: its cost grows
  // with the text, and a date never spans more than a few words.
  const results: ParsedResult[] = [];
  let covered = -1;
  for (const hit of allMatches(CALENDAR_ALL, sentence)) {
    const from = Math.max(0, (hit.index ?? 0) - 24, covered);
    const to = Math.min(sentence.length, (hit.index ?? 0) + 48);
    if (to <= from) continue;
    covered = to;
    // No forwardDate, for plans too: without a year chrono takes the year that puts the date nearest
    // the report ("on 10 January" in a report of 20 December is next year's), where forwardDate would
    // send a plan's day just gone a year ahead ("on 12 May" in a report of 13 May: next May).
    for (const r of chronoEnglish().strict.parse(
      sentence.slice(from, to),
      ref ? { instant: ref, timezone: 0 } : undefined,
    )) {
      results.push(Object.assign(Object.create(Object.getPrototypeOf(r)), r, { index: r.index + from }));
    }
  }
  // A date written with dots ("12.03.2024") is day first wherever it is printed; chrono reads it
  // month first, as it reads slashes.
  const dotted: number[] = [];
  for (const m of allMatches(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, sentence)) {
    const start = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    dotted.push(m.index as number);
    if (start) out.push({ start, index: m.index as number });
  }
  // "from 3 to 5 June", "3 June to 5 June": chrono reads the first number as an hour and keeps only
  // the last day, if any. The range is read here, and chrono's readings inside it are set aside.
  const ranges: [number, number][] = [];
  for (const m of allMatches(DAY_FIRST_RANGE, sentence)) {
    const month = monthNumber(m[4] as string);
    const firstMonth = m[2] ? monthNumber(m[2]) : month;
    const year = m[5]
      ? Number(m[5])
      : (yearToldAfter(sentence, (m.index as number) + m[0].length, published) ??
        (published ? Number(published.slice(0, 4)) : undefined));
    if (!month || !firstMonth || !year) continue;
    const start = isoDate(year, firstMonth, Number(m[1]));
    const end = isoDate(year, month, Number(m[3]));
    if (!start || !end || end <= start) continue;
    const at = (m.index as number) + (m[0].length - m[0].trimStart().length);
    ranges.push([m.index as number, (m.index as number) + m[0].length]);
    out.push({ start, end, index: at });
  }
  for (const r of results) {
    const s = r.start;
    if (ranges.some(([from, to]) => r.index < to && from < r.index + r.text.length)) continue;
    if (dotted.some((at) => r.index <= at + 3 && at <= r.index + r.text.length)) continue;
    if (!s.isCertain("day") || !s.isCertain("month")) continue;
    if (!s.isCertain("year") && !published) continue;
    // A calendar date is written with figures: chrono's words of a relative day ("the day after the
    // elections" read as the day after the report) are read above, or are another event's day.
    if (
      !/\d/.test(r.text) ||
      /^(today|yesterday|tomorrow|now)$/i.test(r.text.trim()) ||
      WEEKDAYS.includes(r.text.trim().toLowerCase().replace(/^on /, ""))
    )
      continue;
    // "on 20 May last year": a day without its year, told from the report's year.
    const year = s.isCertain("year")
      ? (s.get("year") as number)
      : (yearToldAfter(sentence, r.index + r.text.length, published) ??
        yearToldBefore(sentence, r.index, published) ??
        yearOfLastOrNext(sentence, r.index, s.get("month") as number, s.get("day") as number, published) ??
        (s.get("year") as number));
    const start = isoDate(year, s.get("month") as number, s.get("day") as number);
    if (!start) continue;
    const e = r.end;
    const end = e?.isCertain("day")
      ? isoDate(e.get("year") as number, e.get("month") as number, e.get("day") as number)
      : undefined;
    out.push({ start, end: end && end > start ? end : undefined, index: r.index });
  }
  // "on June 27-28", "September 4-7, 2025", "from Jan. 23 to 27": a range chrono may read as one day.
  for (const d of out) {
    if (d.end || d.relative) continue;
    const tail = sentence.slice(d.index, d.index + 40);
    const m =
      /^\D{0,12}?(\d{1,2})\s*(?:[-–]|to|and|through)\s*(\d{1,2})\b(?!\s*:)/.exec(tail) ??
      /^\D{0,12}\d{1,2}\D{0,12}?(?:[-–]|to|through)\s*(\d{1,2})\b/.exec(tail);
    if (!m) continue;
    const last = Number(m[m.length - 1]);
    const day = Number(d.start.slice(8));
    if (last > day && last <= 31)
      d.end = isoDate(Number(d.start.slice(0, 4)), Number(d.start.slice(5, 7)), last);
  }
  return withDaysFromEarlier(
    sentence,
    out.sort((a, b) => a.index - b.index),
  );
}

// The year a day written without one names by the words that follow it: "on 20 May last year", "on
// 3 March next year", "on 12 June this year". Counted from the publication's year, as a reader does.
const YEAR_WORDS_AFTER = /^,?\s+(last|previous|past|next|coming|following|this|current) year\b/i;
const YEAR_STEP: Record<string, number> = {
  last: -1,
  previous: -1,
  past: -1,
  next: 1,
  coming: 1,
  following: 1,
  this: 0,
  current: 0,
};

// The same words right before the day: "Last year, on 20 May, X met Y".
const YEAR_WORDS_BEFORE = /\b(last|previous|past|next|coming|following|this|current) year,?\s+(?:on\s+)?$/i;

/** The year the words after a yearless day at `end` name ("last year"), from `published`; undefined if none. */
function yearToldAfter(sentence: string, end: number, published: string | undefined): number | undefined {
  return yearOfWords(YEAR_WORDS_AFTER.exec(sentence.slice(end, end + 24)), published);
}

/** The year the words right before a yearless day at `start` name ("Last year, on"); undefined if none. */
function yearToldBefore(sentence: string, start: number, published: string | undefined): number | undefined {
  return yearOfWords(YEAR_WORDS_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start)), published);
}

// "last December 12", "next March 3": the day's latest occurrence before the report, or its first after.
const LAST_OR_NEXT_BEFORE = /\b(last|next)\s+$/i;

/**
 * The year of a yearless day written after "last" or "next" ("met last December 12", "will visit next
 * March 3"): the latest such day before `published`, or the first after it; undefined without them.
 */
function yearOfLastOrNext(
  sentence: string,
  start: number,
  month: number,
  day: number,
  published: string | undefined,
): number | undefined {
  const m = published ? LAST_OR_NEXT_BEFORE.exec(sentence.slice(Math.max(0, start - 8), start)) : null;
  if (!m || !published) return undefined;
  const year = Number(published.slice(0, 4));
  const sameYear = isoDate(year, month, day) ?? "";
  if ((m[1] as string).toLowerCase() === "last") return sameYear < published ? year : year - 1;
  return sameYear > published ? year : year + 1;
}

// The publication's year moved by the year words matched ("last" → one back), or undefined.
function yearOfWords(m: RegExpExecArray | null, published: string | undefined): number | undefined {
  if (!m || !published) return undefined;
  return Number(published.slice(0, 4)) + (YEAR_STEP[(m[1] as string).toLowerCase()] ?? 0);
}

// A day told from a date said before it in the same sentence: "met X on 15 August and Y the following
// day", "was received on Tuesday by X and later the same day held talks with Y". Not "earlier in the
// day", which a sentence may say of an encounter it tells after another's day ("met Z on Monday,
// followed by the talks with Y earlier in the day") without saying which day; nor "the day before
// yesterday", a day of its own; nor "the day after" an event it names ("on 5 May, the day after the
// elections"), which is the day before it, not the day after.
const FROM_EARLIER =
  /\b(?:(?:later|earlier) (?:on )?(?:that|the same) day|later (?:in|during) the day|(?:on )?the same day|(?:on )?the (?:following|next) day|a day later|(?:on )?the (?:previous|preceding) day|a day earlier|the day (?:after|before)(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|with|during)\b))\b(?! (?:yesterday|tomorrow))/gi;

/**
 * `dates` (sorted by index) with the days the sentence tells from an earlier one of them: each takes
 * the last date before it that is one day (a range's day is not one), and none is told without one.
 */
function withDaysFromEarlier(sentence: string, dates: DaySpan[]): DaySpan[] {
  if (!dates.length || !/\bday\b/i.test(sentence)) return dates;
  const told: DaySpan[] = [];
  for (const m of allMatches(FROM_EARLIER, sentence)) {
    const at = m.index as number;
    const anchor = [...dates, ...told]
      .filter((d) => d.index < at)
      .sort((a, b) => a.index - b.index)
      .at(-1);
    if (!anchor || anchor.end) continue;
    const step =
      /previous|preceding|before|earlier/i.test(m[0]) && !/same|that/i.test(m[0])
        ? -1
        : /following|next|after|a day later/i.test(m[0])
          ? 1
          : 0;
    told.push({ start: shiftDay(anchor.start, step), fromEarlier: step, index: at });
  }
  return told.length ? [...dates, ...told].sort((a, b) => a.index - b.index) : dates;
}
