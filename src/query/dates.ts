/**
 * Dates in questions: "in September 2025", "last year", "since 2020", "on 4 September", "on June 25, 2017".
 * chrono-node finds and resolves the expressions relative to today; a few forms it does not read (a year
 * alone, "since", "before") are read here. The result is a filter that meetings are checked against.
 */
import * as chrono from "chrono-node";

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
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Reads the first date expression of a question, relative to `now`. */
export function parseDateFilter(question: string, now: Date): DateFilter | undefined {
  const since = /\b(since|after|from)\s+((?:19|20)\d{2})\b/i.exec(question);
  if (since) {
    const year = Number(since[2]);
    return { start: iso(since[1]?.toLowerCase() === "after" ? year + 1 : year, 1, 1), text: since[0] };
  }
  const before = /\b(before|until|till)\s+((?:19|20)\d{2})\b/i.exec(question);
  if (before) return { end: iso(Number(before[2]) - 1, 12, 31), text: before[0] };

  const [result] = chrono.parse(question, now);
  if (result && /\d|year|month|week|today|yesterday/i.test(result.text)) {
    const known = (c: chrono.ParsedComponents, unit: "year" | "month" | "day") =>
      c.isCertain(unit) ? (c.get(unit) ?? undefined) : undefined;
    const relativeYear = /\b(last|this|next|previous)\s+year\b/i.test(result.text);
    const year =
      known(result.start, "year") ?? (relativeYear ? (result.start.get("year") ?? undefined) : undefined);
    const month = known(result.start, "month");
    const day = known(result.start, "day");
    if (year === undefined && month === undefined) return readYear(question);
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
  return readYear(question);
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
