/**
 * Dates in questions: "in September 2025", "last year", "since 2020", "on 4 September", "on June 25, 2017".
 * chrono-node finds and resolves the expressions relative to today; a few forms it does not read (a year
 * alone, "since", "before") are read here. The result is a filter that meetings are checked against.
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { chronoEnglish } from "../text/chrono.ts";

/** A period a question asks about. A day or month without a year matches that day or month of any year. */
export interface DateFilter {
  /** YYYY-MM-DD, inclusive. */
  start?: string;
  end?: string;
  /** For "on 4 September": month (1-12) and maybe day, in any year. */
  month?: number;
  day?: number;
  /** The words of the question that said it, so that they are not taken for keywords. */
  text: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A day as YYYY-MM-DD from its year, month (1-12) and day. */
export const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The last day (28-31) of a month (1-12) of a year. */
export const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const DATE_HINT =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|yesterday|tomorrow|week|month|year|ago|noon|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Reads the first date expression of a question, relative to `now`. */
export function parseDateFilter(question: string, now: Date): DateFilter | undefined {
  const since = /\b(since|after|from)\s+((?:19|20)\d{2})\b/i.exec(question);
  if (since) {
    const year = Number(since[2]);
    return { start: iso(since[1]?.toLowerCase() === "after" ? year + 1 : year, 1, 1), text: since[0] };
  }
  const before = /\b(before|until|till)\s+((?:19|20)\d{2})\b/i.exec(question);
  if (before) return { end: iso(Number(before[2]) - 1, 12, 31), text: before[0] };

  const relative = relativePeriod(question, now);
  if (relative) return relative;
  // chrono is thorough but not cheap: only questions with a number or a date word go to it.
  if (!DATE_HINT.test(question)) return undefined;
  const [result] = chronoEnglish().parse(question, now);
  if (result && /\d|year|month|week|today|yesterday/i.test(result.text)) {
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
  const m = /(?<![\d-])((?:19|20)\d{2})(?![\d-])/.exec(question);
  if (!m) return undefined;
  const year = Number(m[1]);
  return { start: iso(year, 1, 1), end: iso(year, 12, 31), text: m[0] };
}

/** Whether a date or date range (YYYY-MM-DD) falls in the filter. */
export function dateMatches(filter: DateFilter, start: string | undefined, end = start): boolean {
  if (!start || !end) return false;
  if (filter.month !== undefined) {
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
