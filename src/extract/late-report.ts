/**
 * Signs that an article is not the day's own report of the meetings it tells, so that its publication
 * date says nothing about the day they were held:
 * - it passes on someone else's report: a story taken from other media ("Trend reports referring to
 *   Uzbek media"), one taken from a foreign ministry, which gathers what its embassies abroad report
 *   ("El.kz cites MFA"), or an embassy's own news, told with the ambassador as the lead's subject
 *   ("Ambassador of Estoria Dilo Marsek met with ..."); such stories reach the outlet days later as
 *   often as the same day;
 * - it sums up a visit that is over ("wrapped up his visit", "the visit ended yesterday evening",
 *   "returned from Armenia, where he met"): its talks were held on one of the visit's days;
 * - it tells of a meeting as past without a day ("recently met", "met last week");
 * - it sums up a week, a month or a year ("the press service summed up the week").
 */
import { monthNumber } from "../corpus/header.ts";
import { MONTH_STEMS } from "../text/calendar-words.ts";
import { allMatches } from "./all-matches.ts";
import { inAsideOfOther } from "./aside-clauses.ts";

// Other media (another news agency too) or a foreign ministry (or its embassy) as the source, not a chamber's press service:
// "referring to Uzbek media", "cites MFA", "according to the press service of the Foreign Ministry",
// "the Embassy's press service reported", "local media reported".
// An outlet may be named by its web address ("with reference to the khovar.tj", "citing kun.uz"):
// a chamber's own press service is named by its chamber, not by a site.
const OTHER_SOURCE = String.raw`(?:[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?:com|net|org|info|news|[a-z]{2})(?![\p{L}\d])|media|mass media|newspapers?|outlets?|TV|television|news portals?|portals?|(?:news )?agency|agencies|MFA|Foreign Ministry|Ministry of Foreign Affairs|[Ee]mbassy)`;
const RELAYED_SOURCE = [
  new RegExp(
    String.raw`\b(?:referring to|with reference to|citing|cites?|according to)\s+(?:the\s+)?(?:(?:press service|press office|website|official website|Telegram channel) of (?:the\s+)?)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}${OTHER_SOURCE}\b`,
    "u",
  ),
  /\b(?:MFA|Foreign Ministry|Ministry of Foreign Affairs|[Ee]mbassy(?: (?:of|in) (?:the )?[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)?)?|media)(?:['’]s)?(?: press service| press office| website)? (?:reports?|reported|informs?|informed|wrote|writes)\b/u,
];

// A lead whose subject is an ambassador: "The Ambassador of X to Y Z met with", "Ambassador Z held talks".
const AMBASSADOR_SUBJECT =
  /^(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:Ambassador|Charg[eé] d['’][Aa]ffaires|Consul(?: General)?)\b[^;]{0,160}?\b(?:met|meets|held|holds|had|paid|pays|visited|visits)\b/u;

/**
 * Whether the article relays another source's report (other media, a foreign ministry) or an
 * embassy's news: the meeting it tells may well be days older than the article. `lead` is the first
 * body sentence, `texts` every body sentence.
 */
export function isRelayedReport(lead: string | undefined, texts: readonly string[]): boolean {
  if (lead && AMBASSADOR_SUBJECT.test(lead.trim())) return true;
  return texts.some((t) => RELAYED_SOURCE.some((re) => re.test(t)));
}

// A visit that is over: "wrapped up his official visit", "returned from Armenia", "the visit ended",
// "returned to Beijing on Monday after visits to Chile and Uruguay", "returned home yesterday evening
// from Rome" (the part of the day may follow the day).
const WRAP_UP =
  /\b(?:wrapped up|wraps up|wrapping up|concluded|concludes|completed|completes|ended|ends|finished|finishes)\b[^.;]{0,40}?\b(?:visit|trip|tour|stay|mission)\b|\b(?:visit|trip|tour|stay|mission)\b[^.;]{0,120}?\b(?:ended|concluded|came to an end|(?:has|have) come to an end|comes to an end|was over|is over|wrapped up)\b|\b(?:summ(?:ed|ing|arized|arised)?\s+up|results\s+of|outcomes?\s+of)\b[^.;]{0,40}?\b(?:visit|trip|tour|mission)\b|\b(?:returned|returns|is back|was back|came back|comes back) (?:(?:home|today|yesterday|on \w+day|last night)(?: (?:morning|afternoon|evening|night))? ){0,2}from\b|\b(?:returned|returns|came back|comes back) (?:home|to (?:[\p{Lu}][\p{L}-]+ ){1,2})(?:(?:today|yesterday|on \w+day|last night)(?: (?:morning|afternoon|evening|night))? )?(?:from|after)\b/iu;

/** Whether the sentence sums up a visit that is over ("wrapped up his visit to Armenia", "returned from Armenia"). */
export function isVisitWrapUp(text: string): boolean {
  return WRAP_UP_WORD.test(text) && WRAP_UP.test(text);
}
// A word every wrap-up holds: a cheap test that spares most sentences the costly pattern above.
const WRAP_UP_WORD = /visit|trip|tour|stay|mission|return|back/iu;

// A report that sums up a week, a month or a year: "The press service summed up the week", "a weekly
// review", "the results of the month", "the Speaker's week in review".
const PERIOD_SUMMARY =
  /\b(?:summ(?:ed|ing|arized|arised|arizes|arises|arizing|arising)?\s+up|results\s+of|review\s+of|digest\s+of|round-?up\s+of)\s+(?:the\s+)?(?:past\s+|last\s+|outgoing\s+)?(?:week|month|year)\b|\bweekly\s+(?:review|digest|summary|round-?up)\b|\b(?:week|month|year) in review\b/i;

/** Whether the sentence says the report sums up a week, a month or a year: its meetings are of any of its days. */
export function isPeriodSummary(text: string): boolean {
  return PERIOD_SUMMARY.test(text);
}

// A meeting told as past without its day: "recently met", "met last week", "earlier this month",
// "at the weekend", "this week", "over the past week", "within the last few days", "during the week",
// "a fortnight ago", "some days ago", "last year", "at the beginning of the week", "at the end of last
// week", "previously met" (the adverb on the encounter's verb: "who previously served as ambassador"
// dates no meeting). "recent" only of an
// encounter ("their recent talks"): "the recent economic crisis" dates nothing of the meeting.
const PAST_UNDATED =
  /\b(?:recently|recent (?:meetings?|talks|visits?|trips?|conversations?|encounters?|contacts|negotiations|consultations)|lately|the other day|last (?:week|month|year)|(?:earlier )?this (?:week|month|year)|(?:over|during|in|within) the (?:past|last|previous) (?:few )?(?:days|week|weeks|month|months|year)|(?:during|in the course of|over) the week|(?:a|an|one|two|three|four|five|six|some|several|a few|few|\d+) (?:days?|weeks?|fortnights?|months?|years?) ago|(?:at|over) the weekend|last weekend|(?:over|during) (?:the )?(?:two|three|four|five|several|a few|few) days|(?:at|by|in|towards?) the (?:beginning|start|end|middle) of (?:the|this|last|the past|the previous) week|previously (?:met|held|received|hosted|welcomed|had (?:a |an )?(?:[\p{L}-]+ )?(?:meeting|talks|conversation)))\b/giu;

// A plan put at a time to come without a day: "next year", "later this year", "in the near future",
// "at a mutually convenient time", "at his earliest convenience".
const FUTURE_UNDATED =
  /\b(?:(?:next|coming) (?:week|month|year|spring|summer|autumn|fall|winter)|later (?:this|in the) (?:year|month)|in the (?:near |coming |foreseeable )?future|(?:at|on) an? (?:later|convenient|mutually convenient|mutually agreed) (?:date|time)|(?:at )?(?:his|her|their) earliest convenience|in due course|soon)\b/i;

/**
 * Whether the sentence puts its plan at a time to come without a day ("accepted the invitation to
 * visit X next year, where he is expected to hold talks with Y"): the plan takes no day, and no
 * place, from the other sentences of the report, whose days and city are of what was done.
 */
export function isFutureUndated(text: string): boolean {
  return FUTURE_UNDATED.test(text);
}

// A sentence that opens on a past stretch of days: "This week, ...", "Earlier this week, ...", "Over the
// past days, ...", "Recently, ...". (A year or a month is of history as often as of the report.)
const OPENS_ON_PAST_DAYS =
  /^(?:(?:earlier )?this week|(?:last|past) week|(?:during|over|in the course of) the (?:past |last )?(?:week|few days|days)|(?:over|in|within) the (?:past|last) (?:few )?(?:days|weeks?)|recently|lately)\b/i;

/** Whether the sentence opens on a past stretch of days without a day ("This week, the Speaker held several meetings"). */
export function opensOnPastDays(text: string): boolean {
  return OPENS_ON_PAST_DAYS.test(text.trim());
}

// The pluperfect puts the meeting before the time of the report: "said he had met X".
const PLUPERFECT =
  /\bhad (?:also |already |previously |earlier )?(?:met|held|received|hosted|been received)\b/i;
// A month or a year without a day: "in March", "in March 2023", "in 2019", "last December".
const MONTH_OR_YEAR = new RegExp(
  String.raw`\b(?:in|during|since|last|early|late|mid-?|(?:at\s+|by\s+)?the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)\s+(?:(${MONTH_STEMS})[a-z]*\.?(?:,?\s+(\d{4}))?|(\d{4}))\b(?!\s*\d)`,
  "gi",
);

// The first part of a month: "in early May", "at the beginning of May", "in the first days of May".
const EARLY_IN_MONTH = new RegExp(
  String.raw`\b(?:early|(?:at\s+|in\s+)?the\s+(?:beginning|start|first\s+(?:days|week|half))\s+of)\s+(${MONTH_STEMS})[a-z]*\b(?!\s*\d)`,
  "gi",
);
// The middle of a month: "in mid-May", "in the middle of May".
const MID_MONTH = new RegExp(
  String.raw`\b(?:mid-?|(?:in\s+)?the\s+middle\s+of\s+)(${MONTH_STEMS})[a-z]*\b(?!\s*\d)`,
  "gi",
);

/**
 * Whether the sentence tells of its meeting as past without giving a day: "recently met", "met last
 * week", "said he had met", or a month or a year before the publication's ("met in March 2023",
 * published in May; a month after it is a plan's, and the publication's own month says nothing),
 * or a part of the publication's month begun some days before its day ("in early May" in a report of
 * 16 May, "in mid-May" in one of 16 May): a report of the day's news does not name its day so.
 */
export function isPastUndated(text: string, published?: string): boolean {
  // A past stretch told in an aside on something else ("Y, who took up her post last week") is that
  // thing's time, not the meeting's.
  const pastStretch = allMatches(PAST_UNDATED, text).some((m) => !inAsideOfOther(text, m.index ?? 0));
  if (pastStretch || PLUPERFECT.test(text)) return true;
  if (!published) return false;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const day = Number(published.slice(8, 10));
  const partOver = (re: RegExp, after: number) =>
    day > after && allMatches(re, text).some((m) => monthNumber(m[1] as string) === month);
  if (partOver(EARLY_IN_MONTH, 4) || partOver(MID_MONTH, 13)) return true;
  for (const m of allMatches(MONTH_OR_YEAR, text)) {
    if (m[3]) {
      if (Number(m[3]) < year) return true;
      continue;
    }
    const named = monthNumber(m[1] as string) ?? 0;
    const inYear = m[2] ? Number(m[2]) : year;
    if (inYear < year || (inYear === year && named < month)) return true;
  }
  return false;
}
