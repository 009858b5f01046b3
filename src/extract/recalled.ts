/**
 * Meetings a report recalls rather than reports: "X recalled that A had met B in 2015", "A and B have
 * met several times", "since A's visit in 2019, when he met B". A speech or a background paragraph
 * names earlier encounters to frame the one the article is about; they are history, not news.
 */
import { monthNumber } from "../corpus/header.ts";
import { allMatches } from "./all-matches.ts";
import type { LocalMeeting } from "./assemble.ts";
import type { Doc } from "./document.ts";
import { withoutThingsDated } from "./things-dated.ts";

// Encounters counted, told as a first or as a habit: "have met several times", "first met", "the
// regular meetings between A and B", or put years back: "two years ago", "last year".
const REPEATED =
  /\b(?:(?:several|many|numerous|multiple|two|three|four|five|\d+) times|more than once|repeatedly|on (?:several|many|numerous) occasions|(?:a|one|two|three|four|five|several|many|a few|\d+) years? ago|years ago|last year|the previous year)\b/i;
// "first met": the first of their encounters ("A and B first met at a forum"), unless the report goes
// on, in its next sentence, with the next meeting of the same day ("X first met with Y. He then received
// Z"): "first" then orders the day's meetings.
const FIRST_MET = /\bfirst met\b/i;
const NEXT_STEP =
  /^(?:[\p{L}'’-]+ ){0,3}?(?:then|later|afterwards|next|subsequently),? (?:[\p{L}'’-]+ ){0,2}?(?:received|met|held|hosted|welcomed|spoke|talked|had)\b/iu;
// A habit of named people ("the regular meetings between President A and B"), not of a body that is
// to meet ("regular meetings of parliamentarians will help").
const HABIT =
  /\b(?:regular|frequent|repeated|numerous|annual|periodic|previous|past|earlier) (?:[\w-]+ )?(?:meetings|talks|contacts|summits|encounters) (?:between|of) (?:[a-z]+ ){0,4}?\p{Lu}/u;

// A year, maybe after a month or a part of the year, as a time: "in 2015", "in March 2021", "since
// 2019", "during 2018", "in the summer of 2024", "at the end of 2023".
const TIME_IN_YEAR =
  /\b(?:(?:in|since|during|back in|as early as)\s+(?:the (?:summer|spring|autumn|fall|winter|beginning|start|middle|end|first half|second half) of\s+)?|at the (?:beginning|start|end) of\s+)(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?((?:19|20)\d{2})\b(?!\s*\d)/gi;

// A background paragraph opened as a reminder to the reader: "It is worth recalling that in May X had
// a video call with Y", "Recall that ...", "As a reminder, ...": what it tells came before the news.
const REMINDER_OPENER =
  /^(?:it (?:is|was) worth (?:recalling|reminding|remembering)|it (?:should|must) be (?:recalled|remembered)|it bears recalling|(?:let us |we )?recall that|as a reminder|to recall|for reference)\b/i;

const RECALLED = /\b(?:recalled|recalling|reminded|remembered)\b/i;

// An encounter a speaker tells as their memory: "recalled his meeting with Y", "warmly recalled
// meeting Y", "recalled that he had met Y during his visit". "Recalled his recent talks with Y" is news
// the report tells besides its own meeting, and stays; so does "said he had met Y" (a meeting reported
// in the speaker's words).
const RECALLED_ENCOUNTER =
  /\b(?:recalled|recalling|reminded|remembered|mentioned)(?: \w+ly)? (?:(?:his|her|their) (?!recent|latest)(?:[\w-]+ ){0,2}?(?:meetings?|talks|conversations?|encounters?)|meeting|talking)\b|\b(?:recalled|recalling|reminded|remembered)(?: that)? (?:he|she|they|both|the two) had (?:already |previously |earlier |once |also )?(?:met|held talks|had talks|talked)\b/i;

/**
 * Whether a sentence tells an encounter as a speaker's memory ("recalled his meeting with Y",
 * "recalled that he had met Y"): not the meeting the report is about.
 */
export const recallsAnEncounter = (text: string): boolean => RECALLED_ENCOUNTER.test(text);

// A habit told in the present: "Deputies of A hold meetings with members of B on a regular basis", "the
// two committees meet regularly". Not a wish or a plan ("agreed to meet regularly", "will hold
// meetings annually"), and not beside a meeting told as done ("met Y, as they do every year").
const HABITUAL_MEETING =
  /(?<!\b(?:to|will|would|shall|should|can|could|must|may|might) )\b(?:hold|meet|consult|confer)s?\b(?:(?!\b(?:to|will|would)\b)[^.;:]){0,140}?\b(?:on a regular basis|regularly|every (?:year|month|week)|annually|traditionally|routinely|usually|from time to time)\b/i;
const TOLD_DONE = /\b(?:met|held|hosted|received|welcomed|discussed|signed)\b/i;

/** Whether a sentence tells meetings as a habit in the present, not one meeting held or planned. */
export const tellsAHabit = (text: string): boolean => HABITUAL_MEETING.test(text) && !TOLD_DONE.test(text);

/** Whether a sentence is what someone recalled or reminded others of ("X recalled that A met B"). */
export const speaksOfRecalled = (text: string): boolean => RECALLED.test(text);

/**
 * Whether the sentence places its meeting in a year before the publication's ("in 2015", "two
 * years ago") or a month half a year or more before it ("in March 2021" when published in 2024), or
 * counts it among several, or opens as a reminder to the reader ("It is worth recalling that"): a late
 * report of one meeting still names a month close to its day.
 */
export function tellsOfEarlierEncounter(text: string, published?: string, next = ""): boolean {
  if (REPEATED.test(text) || HABIT.test(text) || REMINDER_OPENER.test(text.trim())) return true;
  if (FIRST_MET.test(text) && !NEXT_STEP.test(next)) return true;
  if (!published) return false;
  const pubYear = Number(published.slice(0, 4));
  const pubMonths = pubYear * 12 + Number(published.slice(5, 7)) - 1;
  for (const m of allMatches(TIME_IN_YEAR, text)) {
    const year = Number(m[2]);
    // A bare year is its whole span: any year before the publication's is earlier. A month of the
    // year before may still be a late report's, so it must lie half a year back.
    if (!m[1] ? year < pubYear : pubMonths - (year * 12 + (monthNumber(m[1]) as number) - 1) >= 6)
      return true;
  }
  return false;
}

// A clause on what belongs to someone met, set off by a comma: "met B, whose parliament hosted last
// year's summit". Its time is its own thing's, not the meeting's. (A "who" clause may tell an
// encounter of its own, "B, who met A last year", and is read.)
const WHOSE_ASIDE = /,\s+whose\s[^,;:"“”()]{1,120}?(?:,|(?=[.!?]?\s*$))/g;

/** `text` without its clauses on what belongs to someone (", whose ..., "). */
export function withoutWhoseAsides(text: string): string {
  return text.includes(", whose") ? text.replace(WHOSE_ASIDE, ",") : text;
}

/**
 * Drops the meetings whose sentence recalls an earlier encounter, when the article reports another
 * meeting: the recalled one is background to it. (An article made only of an earlier meeting is a late
 * report of that meeting and keeps it, when its title or lead tells it.)
 */
export function dropRecalled(doc: Doc, meetings: LocalMeeting[], published?: string): void {
  // A day of the publication's year stated with the meeting ("met on Monday, a year after the accord
  // signed last year") dates it as the news, whatever else the sentence recalls.
  const year = published?.slice(0, 4) ?? "";
  const recalled = meetings.filter(
    (m) =>
      !(m.date && m.date.start.slice(0, 4) >= year) &&
      (recallsAnEncounter(doc.sentences[m.sentence]?.text ?? m.evidence) ||
        tellsAHabit(doc.sentences[m.sentence]?.text ?? m.evidence) ||
        tellsOfEarlierEncounter(
          withoutThingsDated(withoutWhoseAsides(doc.sentences[m.sentence]?.text ?? m.evidence)),
          published,
          doc.sentences[m.sentence + 1]?.text,
        )),
  );
  // A late report tells its one meeting in its title or lead; one told only further down, after a
  // lead about something else (a visit begun, a plan), is background even with no other meeting.
  const inFrame = (m: LocalMeeting) => (doc.sentences[m.sentence]?.paragraph ?? 0) <= 0;
  if (recalled.length === meetings.length && recalled.some(inFrame)) return;
  for (const m of recalled) meetings.splice(meetings.indexOf(m), 1);
}
