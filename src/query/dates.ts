/**
 * Dates in questions: "in September 2025", "last year", "since 2020", "on 4 September", "on June 25, 2017".
 * chrono-node finds and resolves the expressions relative to today; a few forms it does not read (a year
 * alone, "since", "before") are read here. The result is a filter that meetings are checked against.
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { monthNumber } from "../corpus/header.ts";
import { chronoEnglish } from "../text/chrono.ts";

/** A period a question asks about. A day or month without a year matches that day or month of any year. */
export interface DateFilter {
  /** YYYY-MM-DD, inclusive. */
  start?: string;
  end?: string;
  /** For "on 4 September": month (1-12) and maybe day, in any year. */
  month?: number;
  day?: number;
  /** For "in spring": months (1-12), in any year. */
  months?: number[];
  /** The words of the question that said it, so that they are not taken for keywords. */
  text: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A day as YYYY-MM-DD from its year, month (1-12) and day. */
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The last day (28-31) of a month (1-12) of a year. */
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A year of a question or a sentence (1800-2099), as a capturing group of a pattern. A year long before
 * any report ("in 1850") is still a year the user asked about: ignoring it would answer as if unasked.
 */
export const YEAR = "((?:1[89]|20)\\d{2})";
// The English months by the three letters every spelling of them starts with.
const MONTH_START = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
// A month's name or abbreviation in a pattern: its first three letters captured.
const MONTH = `(${MONTH_START})[a-z]*\\.?`;

// A month's name said alone as a time ("in March", "in May", "of September"), not "may" the verb.
const MONTH_ALONE =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\b(in|of|during) may\b/i;

const DATE_HINT = new RegExp(
  `\\d|\\b(${MONTH_START})[a-z]*\\b|\\b(today|yesterday|tomorrow|week|month|year|ago|noon|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
  "i",
);
const SINCE_YEAR = new RegExp(`\\b(since|after|from)\\s+${YEAR}\\b`, "i");
const BEFORE_YEAR = new RegExp(`\\b(before|until|till)\\s+${YEAR}\\b`, "i");
const YEAR_ALONE = new RegExp(`(?<![\\d-])${YEAR}(?![\\d-])`);

/** Reads the first date expression of a question, relative to `now`. */
export function parseDateFilter(question: string, now: Date): DateFilter | undefined {
  const named = namedPeriod(question, now);
  if (named) return named;
  const since = SINCE_YEAR.exec(question);
  if (since) {
    const year = Number(since[2]);
    return { start: iso(since[1]?.toLowerCase() === "after" ? year + 1 : year, 1, 1), text: since[0] };
  }
  const before = BEFORE_YEAR.exec(question);
  if (before) return { end: iso(Number(before[2]) - 1, 12, 31), text: before[0] };

  const relative = relativePeriod(question, now);
  if (relative) return relative;
  // chrono is thorough but not cheap: only questions with a number or a date word go to it, and not
  // the commonest of them, a month or a year asked plainly.
  if (!DATE_HINT.test(question)) return undefined;
  return plainPeriod(question) ?? chronoDateFilter(question, now);
}

// "in March 2019", "during May", "in September": a month's full name after "in" or "during", with a year
// or alone.
const PLAIN_MONTH =
  /\b(?:in|during)\s+((january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+((?:1[89]|20)\d{2}))?)\b/i;
// "in 2019", "during 2021": a year alone after "in" or "during".
const PLAIN_YEAR = /\b(?:in|during)\s+((?:1[89]|20)\d{2})(?![\d./–-])/i;
// Words chrono reads as a time of day or as now, which the date hint does not look for.
const TIME_WORD = /\b(now|tonight|morning|afternoon|evening|night|midnight|noon)\b/i;

/**
 * The period of a question that asks for a month or a year plainly ("in March 2019", "in March", "in
 * 2019") and names no other date or time (no figure, no date word): what chrono reads there, read
 * without it. Undefined for any other question, which chrono reads ({@link chronoDateFilter}).
 */
export function plainPeriod(question: string): DateFilter | undefined {
  const asked = (m: RegExpExecArray) =>
    !DATE_HINT.test(question.slice(0, m.index) + question.slice(m.index + m[0].length)) &&
    !TIME_WORD.test(question);
  const y = PLAIN_MONTH.test(question) ? null : PLAIN_YEAR.exec(question);
  if (y && asked(y)) {
    const year = Number(y[1]);
    return { start: iso(year, 1, 1), end: iso(year, 12, 31), text: y[1] as string };
  }
  const m = PLAIN_MONTH.exec(question);
  if (!m || !asked(m)) return undefined;
  const month = monthNumber(m[2] as string) as number;
  const text = m[1] as string;
  if (m[3] === undefined) return { month, day: undefined, text };
  const year = Number(m[3]);
  return { start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)), text };
}

/** What chrono-node reads as the first date of a question (else a year alone), relative to `now`. */
export function chronoDateFilter(question: string, now: Date): DateFilter | undefined {
  const [result] = chronoEnglish().parse(question, now);
  // A month alone ("in March") is any year's March; "may" is a month only after "in" ("who may meet").
  if (result && (/\d|year|month|week|today|yesterday/i.test(result.text) || MONTH_ALONE.test(question))) {
    const relativeYear = /\b(last|this|next|previous)\s+year\b/i.test(result.text);
    return chronoFilter(result, relativeYear) ?? readYear(question);
  }
  return readYear(question);
}

/**
 * The filter a chrono-node result gives (any of its locales): a day, month or year, or a range; a
 * month without a year matches that month of any year. Undefined when it knows neither year nor
 * month. `relativeYear` takes chrono's implied year as known ("last year").
 */
export function chronoFilter(result: ParsedResult, relativeYear = false): DateFilter | undefined {
  const known = (c: ParsedComponents, unit: "year" | "month" | "day") =>
    c.isCertain(unit) ? (c.get(unit) ?? undefined) : undefined;
  const year =
    known(result.start, "year") ?? (relativeYear ? (result.start.get("year") ?? undefined) : undefined);
  const month = known(result.start, "month");
  const day = known(result.start, "day");
  if (year === undefined && month === undefined) return undefined;
  if (year === undefined) return { month, day, text: result.text };
  const start = iso(year, month ?? 1, day ?? 1);
  let end = iso(year, month ?? 12, day ?? lastDay(year, month ?? 12));
  if (result.end) {
    const ey = result.end.get("year") ?? year;
    const em = result.end.get("month") ?? month ?? 12;
    end = iso(ey, em, known(result.end, "day") ?? lastDay(ey, em));
  }
  return { start, end, text: result.text };
}

// A year alone: "in 2019", "2016 session".
function readYear(question: string): DateFilter | undefined {
  const m = YEAR_ALONE.exec(question);
  if (!m) return undefined;
  const year = Number(m[1]);
  return { start: iso(year, 1, 1), end: iso(year, 12, 31), text: m[0] };
}

// A day written YYYY-MM-DD.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a date or date range (YYYY-MM-DD) falls in the filter. */
export function dateMatches(filter: DateFilter, start: string | undefined, end = start): boolean {
  if (!start || !end) return false;
  const months = filter.months;
  if (months) {
    // Any year: some month of the range must be one of those asked for.
    let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
    for (let n = 0; (y < ey || (y === ey && m <= em)) && n < 24; n++) {
      if (months.includes(m)) return true;
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return false;
  }
  if (filter.month !== undefined) {
    // One day (most dates, and every publication date): its month and day are read off the text, the
    // same test as the walk below, without building a Date for it.
    if (start === end && ISO_DAY.test(start)) {
      const [y, m, d] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
      if (m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m))
        return m === filter.month && (filter.day === undefined || d === filter.day);
    }
    // Any year: some day of the range must have the month (and day) asked for.
    for (let d = new Date(`${start}T00:00:00Z`), n = 0; d <= new Date(`${end}T00:00:00Z`) && n < 400; n++) {
      if (d.getUTCMonth() + 1 === filter.month && (filter.day === undefined || d.getUTCDate() === filter.day))
        return true;
      d.setUTCDate(d.getUTCDate() + 1);
    }
    return false;
  }
  return (!filter.start || end >= filter.start) && (!filter.end || start <= filter.end);
}

/** A filter in words, for replies: "in September 2025", "on 4 September", "since 2020". */
export function datePhrase(filter: DateFilter): string {
  const text = filter.text.trim();
  if (/^(in|on|since|after|before|from|until|till|during|last|this|next|today|yesterday)\b/i.test(text))
    return text;
  return `${filter.day !== undefined || (filter.start && filter.start === filter.end) ? "on" : "in"} ${text}`;
}

// "this week", "last month", "the past week": a period ending today (this / past) or the whole previous one.
function relativePeriod(question: string, now: Date): DateFilter | undefined {
  const m = /\b(this|last|past|previous)\s+(week|month)\b/i.exec(question);
  if (!m) return undefined;
  const which = (m[1] as string).toLowerCase();
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000);
  if ((m[2] as string).toLowerCase() === "week") {
    if (which === "past") return { start: day(daysAgo(7)), end: day(today), text: m[0] };
    const monday = daysAgo((today.getUTCDay() + 6) % 7);
    if (which === "this") return { start: day(monday), end: day(today), text: m[0] };
    return {
      start: day(new Date(monday.getTime() - 7 * 86_400_000)),
      end: day(new Date(monday.getTime() - 86_400_000)),
      text: m[0],
    };
  }
  const y = today.getUTCFullYear();
  const mo = today.getUTCMonth() + 1;
  if (which === "this") return { start: iso(y, mo, 1), end: day(today), text: m[0] };
  if (which === "past") return { start: day(daysAgo(30)), end: day(today), text: m[0] };
  const [py, pm] = mo === 1 ? [y - 1, 12] : [y, mo - 1];
  return { start: iso(py, pm, 1), end: iso(py, pm, lastDay(py, pm)), text: m[0] };
}

const SEASONS: Record<string, number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 1, 2],
};
// Parts of a year, as first and last month.
const PARTS: [RegExp, number, number][] = [
  [/^(early|the beginning of|the start of|the first quarter of|q1)$/, 1, 3],
  [/^(the second quarter of|q2)$/, 4, 6],
  [/^(the third quarter of|q3)$/, 7, 9],
  [/^(late|the end of|the fourth quarter of|the last quarter of|q4)$/, 10, 12],
  [/^(mid|the middle of)$/, 5, 8],
  [/^the first half of$/, 1, 6],
  [/^the second half of$/, 7, 12],
];
const PART =
  "early|late|mid|the (?:beginning|start|end|middle) of|the (?:first|second|third|fourth|last) (?:quarter|half) of|q[1-4]";
const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };

/**
 * Periods named in words that chrono-node reads as a year or not at all: seasons ("in spring 2017",
 * "the summer of 2020", "last winter", "in autumn"), parts of a year ("early 2025", "the first half of
 * 2024", "Q3 2023", "mid-2022"), spans of years or months ("between 2019 and 2021", "2019–2020", "from
 * March to May 2024"), decades ("the 2010s") and the last N years or months.
 */
function namedPeriod(question: string, now: Date): DateFilter | undefined {
  const q = question.toLowerCase();
  // The words as typed (the reply repeats them), from a match in the lower-case copy.
  const said = (match: RegExpExecArray) => question.slice(match.index, match.index + match[0].length);
  let m = new RegExp(
    `\\b(?:in |during )?(?:the )?(spring|summer|autumn|fall|winter)(?: of)?,? ${YEAR}\\b`,
  ).exec(q);
  if (m) return season(m[1] as string, Number(m[2]), said(m));
  m = /\b(last|this|past|previous) (spring|summer|autumn|fall|winter)\b/.exec(q);
  if (m) {
    const months = SEASONS[m[2] as string] as number[];
    // The latest such season that has begun (this one) or ended (last one) by today.
    const y = now.getUTCFullYear();
    const begun = (year: number) => iso(year, months[0] as number, 1) <= now.toISOString().slice(0, 10);
    let year = begun(y) ? y : y - 1;
    if (m[1] !== "this" && season(m[2] as string, year, "").end >= now.toISOString().slice(0, 10)) year--;
    return season(m[2] as string, year, said(m));
  }
  m = /\b(?:in |during )(?:the )?(spring|summer|autumn|fall|winter)\b/.exec(q);
  if (m) return { months: SEASONS[m[1] as string], text: said(m) };
  m = new RegExp(`\\b(?:in |during )?(${PART})[- ]${YEAR}\\b`).exec(q);
  if (m) {
    const part = PARTS.find(([p]) => p.test(m?.[1] as string)) as [RegExp, number, number];
    const year = Number(m[2]);
    return { start: iso(year, part[1], 1), end: iso(year, part[2], lastDay(year, part[2])), text: said(m) };
  }
  const month = monthInFigures(question);
  if (month) return month;
  m = new RegExp(`\\b(?:between |from )?${YEAR}(?: and | to |\\s*[-–]\\s*)${YEAR}\\b`).exec(q);
  if (m && Number(m[2]) > Number(m[1]))
    return { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[2]), 12, 31), text: said(m) };
  m = new RegExp(`\\b(?:between |from )${MONTH} (?:and|to|until|till) ${MONTH},? ${YEAR}\\b`).exec(q);
  if (m) {
    const [from, to, year] = [
      monthNumber(m[1] as string) ?? 0,
      monthNumber(m[2] as string) ?? 0,
      Number(m[3]),
    ];
    if (from > 0 && to >= from)
      return { start: iso(year, from, 1), end: iso(year, to, lastDay(year, to)), text: said(m) };
  }
  m = /\b(?:in )?the ((?:19|20)\d0)s\b/.exec(q);
  if (m) return { start: iso(Number(m[1]), 1, 1), end: iso(Number(m[1]) + 9, 12, 31), text: said(m) };
  m = /\b(?:in |over |during )?the (?:last|past) (\d+|one|two|three|four|five|six|ten) (years|months)\b/.exec(
    q,
  );
  if (m) {
    const n = Number(m[1]) || (NUMBERS[m[1] as string] as number);
    const start = new Date(now);
    if (m[2] === "years") start.setUTCFullYear(start.getUTCFullYear() - n);
    else start.setUTCMonth(start.getUTCMonth() - n);
    return { start: start.toISOString().slice(0, 10), end: now.toISOString().slice(0, 10), text: said(m) };
  }
  return undefined;
}

// A month of a year in figures: "2020-09", "2020/09", "09/2020", "09.2020" (not a part of a full date).
const YEAR_MONTH = new RegExp(`(?<![\\d./-])${YEAR}[-/.](0?[1-9]|1[0-2])(?![\\d./-])`);
const MONTH_OF_YEAR = new RegExp(`(?<![\\d./-])(0?[1-9]|1[0-2])[-/.]${YEAR}(?![\\d./-])`);

/** A month of a year written in figures ("2020-09", "09/2020", "09.2020"), in a question of any language. */
export function monthInFigures(question: string): DateFilter | undefined {
  const ym = YEAR_MONTH.exec(question);
  const my = ym ? undefined : MONTH_OF_YEAR.exec(question);
  const found = ym ?? my;
  if (!found) return undefined;
  const [year, month] = ym ? [Number(ym[1]), Number(ym[2])] : [Number(my?.[2]), Number(my?.[1])];
  return { start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)), text: found[0] };
}

// A season of a year: winter is the one that ends in that year's February ("winter 2019": Dec 2018-Feb 2019).
function season(name: string, year: number, text: string): { start: string; end: string; text: string } {
  const months = SEASONS[name] as number[];
  if (name === "winter") return { start: iso(year - 1, 12, 1), end: iso(year, 2, lastDay(year, 2)), text };
  const [first, last] = [months[0] as number, months[2] as number];
  return { start: iso(year, first, 1), end: iso(year, last, lastDay(year, last)), text };
}

// A dateline opening a sentence ("Accra, April 1, GNA – …") gives the day of the report, not of an event.
const DATELINE =
  /^[\p{Lu}][\p{L} .'-]{1,30},\s*\p{L}+\.?\s+\d{1,2}(,\s*\d{4})?,?\s+[\p{Lu}]{2,}[\p{Lu} ]*\s*[–—-]\s*/u;
// A day and a month's name in either order ("on 2 June", "June 2, 2023", "until the 29th of February"),
// or a month's name and a year ("in March 2019"): words that {@link monthNumber} reads as a month.
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}{3,9})\b/gu;
const MONTH_DAY = /\b(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![-–]?\d)/gu;
const MONTH_YEAR = /\b(\p{L}{3,9})\.?,?\s+(\d{4})\b/gu;

/** Whether a sentence of an article names a day or a month of a year (a dateline that opens it aside). */
export function namesADay(text: string): boolean {
  const body = text.replace(DATELINE, "");
  const isMonth = (word: string | undefined) => monthNumber(word ?? "") !== undefined;
  return (
    [...body.matchAll(DAY_MONTH)].some((m) => isMonth(m[2])) ||
    [...body.matchAll(MONTH_DAY)].some((m) => isMonth(m[1])) ||
    [...body.matchAll(MONTH_YEAR)].some((m) => isMonth(m[1]))
  );
}
