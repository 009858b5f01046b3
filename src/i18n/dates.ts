/**
 * Dates in Russian and Kazakh questions: "в сентябре 2025 года", "4 сентября", "в 2025 году",
 * "в прошлом году", "за последний месяц", "с 2020 года"; "2025 жылы", "қыркүйекте",
 * "2025 жылғы қыркүйекте", "өткен жылы", "соңғы айда". Russian goes to chrono-node's Russian
 * parser; Kazakh months are read by their names as ICU (Intl) writes them. The result is the same
 * filter the English parser gives.
 */
import { chronoFilter, type DateFilter, iso, lastDay, monthInFigures, YEAR } from "../query/dates.ts";
import { chronoRussian } from "../text/chrono.ts";

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Month names of a language as ICU writes them standing alone ("қыркүйек"), January first, lower case. */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2025, i, 15))).toLowerCase());
}

/**
 * The start of a Russian month's name in any case ("январь", "января", "в январе"; "мая", "в мае"),
 * as a pattern for a word's start: "май" and its forms only whole, so that "мажилис" is not May.
 */
export const RUSSIAN_MONTH_START =
  "январ|феврал|март|апрел|ма[йяе]$|июн|июл|август|сентябр|октябр|ноябр|декабр";

let kazakhMonths: { names: string[]; pattern: RegExp } | undefined;

/**
 * The Kazakh month names and a word that starts with one, with any case ending ("қыркүйекте",
 * "қыркүйектің"): made at the first Kazakh question (ICU's month names are not free to ask for).
 */
function kazakhMonthPattern(): { names: string[]; pattern: RegExp } {
  if (!kazakhMonths) {
    const names = monthNames("kk");
    const pattern = new RegExp(
      `(?:${YEAR}\\s*(?:жылы|жылғы|ж\\.)?\\s*)?(\\d{1,2}\\s+)?(${names.join("|")})\\p{L}*(?:\\s+${YEAR})?`,
      "iu",
    );
    kazakhMonths = { names, pattern };
  }
  return kazakhMonths;
}

/** A period counted back from today: "за последний месяц", "соңғы айда". */
function lastPeriod(question: string, now: Date): DateFilter | undefined {
  const m =
    /(за\s+)?(последн\p{L}+|прошедш\p{L}+|соңғы)\s+(?:бір\s+)?(недел\p{L}*|месяц\p{L}*|год\p{L}*|апта\p{L}*|ай\p{L}*|жыл\p{L}*)/iu.exec(
      question,
    );
  if (!m) return undefined;
  const unit = (m[3] as string).toLowerCase();
  const start = new Date(now);
  if (/^(недел|апта)/.test(unit)) start.setUTCDate(start.getUTCDate() - 7);
  else if (/^(месяц|ай)/.test(unit)) start.setUTCMonth(start.getUTCMonth() - 1);
  else start.setUTCFullYear(start.getUTCFullYear() - 1);
  return { start: isoOf(start), end: isoOf(now), text: m[0] };
}

/** Kazakh relative years and months: "өткен жылы", "биыл", "өткен айда", "осы айда". */
function kazakhRelative(question: string, now: Date): DateFilter | undefined {
  const m = /(өткен|былтырғы|былтыр|биыл|осы)\s*(жыл\p{L}*|ай\p{L}*)?/iu.exec(question);
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const unit = (m[2] ?? (word.startsWith("был") || word === "биыл" ? "жыл" : "")).toLowerCase();
  if (!unit) return undefined;
  const back = word === "өткен" || word.startsWith("был") ? 1 : 0;
  const y = now.getUTCFullYear();
  if (unit.startsWith("жыл")) return { start: iso(y - back, 1, 1), end: iso(y - back, 12, 31), text: m[0] };
  const d = new Date(Date.UTC(y, now.getUTCMonth() - back, 1));
  const [yy, mm] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  return { start: iso(yy, mm, 1), end: iso(yy, mm, lastDay(yy, mm)), text: m[0] };
}

function kazakhMonth(question: string): DateFilter | undefined {
  const { names, pattern } = kazakhMonthPattern();
  const m = pattern.exec(question);
  if (!m) return undefined;
  const month = names.indexOf((m[3] as string).toLowerCase()) + 1;
  const day = m[2] ? Number(m[2]) : undefined;
  const yearText = m[1] ?? m[4];
  if (!yearText) return { month, day, text: m[0] };
  const year = Number(yearText);
  return {
    start: iso(year, month, day ?? 1),
    end: iso(year, month, day ?? lastDay(year, month)),
    text: m[0],
  };
}

function sinceOrBefore(question: string): DateFilter | undefined {
  const since = new RegExp(
    `(?:^|\\s)(?:с|со|после|начиная с)\\s+${YEAR}\\s*(?:года|г\\.?)?|${YEAR}\\s*жыл\\p{L}*\\s+(?:бері|кейін)`,
    "iu",
  ).exec(question);
  if (since) {
    const year = Number(since[1] ?? since[2]);
    return { start: iso(/после|кейін/i.test(since[0]) ? year + 1 : year, 1, 1), text: since[0].trim() };
  }
  const before = new RegExp(
    `(?:^|\\s)до\\s+${YEAR}\\s*(?:года|г\\.?)?|${YEAR}\\s*жыл\\p{L}*\\s+дейін`,
    "iu",
  ).exec(question);
  if (before) return { end: iso(Number(before[1] ?? before[2]) - 1, 12, 31), text: before[0].trim() };
  return undefined;
}

function russian(question: string, now: Date): DateFilter | undefined {
  const [result] = chronoRussian().parse(question, now);
  return result && chronoFilter(result);
}

function yearAlone(question: string): DateFilter | undefined {
  const m = new RegExp(
    // "в 2019 году" with its preposition, so that a reply can say the period as the question did.
    `(?:(?<!\\p{L})в\\s+)?(?<![\\d-])${YEAR}(?![\\d-])(?:\\s*(?:году|год|года|г\\.|жылы|жылғы|жыл))?`,
    "iu",
  ).exec(question);
  if (!m) return undefined;
  const year = Number(m[1]);
  return { start: iso(year, 1, 1), end: iso(year, 12, 31), text: m[0] };
}

/** Reads the first date expression of a Russian or Kazakh question, relative to `now`. */
export function parseDateFilterRuKk(question: string, now: Date): DateFilter | undefined {
  return (
    sinceOrBefore(question) ??
    lastPeriod(question, now) ??
    kazakhMonth(question) ??
    kazakhRelative(question, now) ??
    monthInFigures(question) ??
    russian(question, now) ??
    yearAlone(question)
  );
}
