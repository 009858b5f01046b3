/**
 * Reading the loose header of an article file: a ` date YYYY-MM-DD` marker, a title line,
 * a timestamp line such as `21 December 2022, 19:10`, and a dateline such as `ASTANA. KAZINFORM –`.
 * Each reader is a small pure function of text, so each can be tested on a line.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Russian genitive month names, seen in timestamps of Kazakh outlets ("22 августа 2014").
  янв: 1,
  фев: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  окт: 10,
  ноя: 11,
  дек: 12,
};

/** The month number of an English (or Russian) month name or abbreviation, if it is one. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const key = w.startsWith("sept") ? "sept" : w.slice(0, 3);
  const n = MONTHS[key];
  if (n === undefined) return undefined;
  // "Mayor" or "Marshal" are not months: the word must be the name or a prefix of it.
  const full = MONTH_NAMES[n - 1] as string;
  return /[а-я]/.test(w) || full.startsWith(w) ? n : undefined;
}
// Listed once, not built anew at every word asked about (timestamp lines ask of each of their words).
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** Formats year, month and day as YYYY-MM-DD, or undefined when they are not a real date. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

/**
 * The ` date YYYY-MM-DD` marker at the very start of a file, and the text after it. A marker written
 * loosely ("date 2024-5-16", "date 16.05.2024", day first as dots are everywhere) is read too: left in
 * the text, its date would be glued to the title or the first sentence and read as an event's.
 */
export function readDateMarker(text: string): { published?: string; rest: string } {
  const m = DATE_MARKER.exec(text);
  if (!m) return { rest: text };
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
  return { published: isoDate(Number(y), Number(mo), Number(d)), rest: text.slice(m[0].length) };
}
const DATE_MARKER =
  /^\s*date\s+(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\d.-])[ \t]*/;

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
// Every time on a line (compiled once; replace starts a global pattern from the start each call).
const TIMES = new RegExp(TIME, "g");
/**
 * A line that only carries a publication date, and maybe a time, a weekday, a section name or a
 * "by"/"Published:" prefix: `21 December 2022, 19:10`, `20:03, 01 June 2017`, `17.11.2016`,
 * `Thu, 07/23/2015 - 12:19`, `2023-03-10 12:34:19`, `Apr 18, 2025`.
 * Returns the date (YYYY-MM-DD) when the line is one, else undefined.
 */
export function readTimestampLine(line: string): string | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return undefined;
  // The line must be mostly date and time: at most three other words (section names such as "All News"),
  // besides the words of a stamp on a line that opens as one ("Last updated on ... at ...").
  const stamped = PUBLICATION_LINE_OPENING.test(t);
  const leftover = t
    .replace(TIMES, " ")
    .replace(/\(UTC ?[+-]\d{2}:\d{2}\)/gi, " ")
    .replace(/\d+/g, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter(
      (w) =>
        w &&
        monthNumber(w) === undefined &&
        !/^(mon|tue|wed|thu|fri|sat|sun)/i.test(w) &&
        !(stamped && STAMP_WORDS.test(w)),
    );
  if (leftover.length > 3) return undefined;
  return findDate(t);
}

// The word a page prints before its own date: "Published: 16/05/2024", "Updated 16.05.2024 10:45",
// "Posted on 2024-05-16", "Last modified: 16 May 2024", "Date of publication: 16.05.2024".
const PUBLICATION_LINE_OPENING =
  /^(?:(?:first |last )?(?:published|updated|posted|modified|edited)|(?:date of )?publication(?: date)?)\b/i;

/**
 * Whether a line is the page's own publication or update stamp ("Published: 16/05/2024", "Updated
 * 16.05.2024 10:45", "Posted on 2024-05-16"): furniture, wherever the page prints it, never a sentence
 * of the report nor the date of an event it tells.
 */
export function isPublicationLine(line: string): boolean {
  const t = line.trim();
  return PUBLICATION_LINE_OPENING.test(t) && readTimestampLine(t) !== undefined;
}

// The words a page's stamp wraps its date in, which do not count against it: "Last updated on
// 16.05.2024 at 10:45", "Date of publication: 16.05.2024".
const STAMP_WORDS = /^(?:published|updated|posted|modified|edited|last|first|on|at|date|of|publication)$/i;

/** The first explicit full date (with a year) in a short piece of text, as YYYY-MM-DD. */
export function findDate(t: string): string | undefined {
  let m = /\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))/.exec(t); // also "2024-05-16T10:45:00+02:00"
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(t);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t); // US style, as MONTSAME prints it
  // Day first when the first number cannot be a month ("Published: 16/05/2024", as European pages print it).
  if (m)
    return (
      isoDate(Number(m[3]), Number(m[1]), Number(m[2])) ?? isoDate(Number(m[3]), Number(m[2]), Number(m[1]))
    );
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([\p{L}]{3,9})\.?,?\s+(\d{4})\b/u.exec(t);
  if (m && monthNumber(m[2] as string))
    return isoDate(Number(m[3]), monthNumber(m[2] as string) as number, Number(m[1]));
  m = /\b([\p{L}]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(t);
  if (m && monthNumber(m[1] as string))
    return isoDate(Number(m[3]), monthNumber(m[1] as string) as number, Number(m[2]));
  return undefined;
}

/** What a dateline at the start of the first paragraph says. */
export interface Dateline {
  /** The dateline as printed, without its trailing dash. */
  text: string;
  /** The city, in title case ("Astana"). */
  city: string;
  /** Month and day when the dateline gives them (the year comes from the publication date). */
  month?: number;
  day?: number;
  /** The paragraph after the dateline. */
  rest: string;
}

// A city may open with an article of two letters: "LA VALLETTA", "La Paz", "EL AAIUN", "AL AIN".
// A saint's city is abbreviated with a dot: "ST. PETERSBURG", "St. Gallen".
const CITY = String.raw`(?:(?:ST|St)\. ?[A-Z][A-Za-z'’-]{2,}|(?:LA|LE|EL|AL)[ -][A-Z][A-Z'’-]{2,}|[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+){0,2}|(?:(?:La|Le|El|Al)[ -])?[A-Z][a-z'’-]{2,}(?:[ -][A-Z][a-z'’-]+){0,2})`;
// The country in capitals in parentheses, before the outlet's: "LA VALLETTA (MALTA) (ITALPRESS) –".
const CAPITALS_COUNTRY = String.raw`(?:\s*\([A-Z]{3,}(?: [A-Z]{2,}){0,2}\)(?=\s*[(/]))?`;
// Or a day printed in figures, day first: "Strasbourg, 23.01.2025 –".
const DAY_MONTH = String.raw`(?:(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})(?:,\s*\d{4})?|\d{1,2}\.\d{1,2}\.\d{4})`;
// An outlet: "/TASS/", "(Yonhap)", "(Outlet News / Agency - 22nd October, 2019)", "KAZINFORM",
// "ARTSAKHPRESS-ARMENPRESS", or "Kazakhstan Today" when a dash follows.
const OUTLET = String.raw`(?:/[A-Za-z]+/|\([A-Za-z][A-Za-z .-]*\)|\([A-Za-z][A-Za-z .]*(?:\s*[/–—-]\s*[A-Za-z0-9][A-Za-z0-9 .,]*){1,2}\)|[A-Z]{3,}(?:[ -][A-Z]{3,})*(?![a-z])|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=\.?\s*[–—-]|\.\s))`;
const DATELINE = new RegExp(
  String.raw`^(?:\([^)]{1,40}\)\s*)?(?<city>${CITY})${CAPITALS_COUNTRY}(?:\s*[[(][A-Z][a-z]+(?: [A-Z][a-z]+)?[\])](?=,))?(?:\s*\[[A-Z][a-z]+(?: [A-Z][a-z]+)?\])?(?:,\s*(?<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,|\s+${DAY_MONTH}))?` +
    String.raw`(?:[.,]?\s+(?<date>${DAY_MONTH}))?(?:[.,]?\s*(?<outlet>${OUTLET}))?\s*(?<end>[–—-]{1,2}|[.:](?:\s*[–—-]{1,2})?)?\s+`,
);

const WEEKDAY_OR_MONTH =
  /^(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/**
 * Reads a dateline (`ASTANA. KAZINFORM –`, `YEREVAN, JUNE 26, ARMENPRESS.`, `Ulaanbaatar /MONTSAME/`,
 * `MOSCOW, June 27. /TASS/.`, `New Delhi [India], October 13 (ANI):`) from the start of a paragraph. The city must be printed in capitals or be
 * a city the caller knows, and something must close the dateline (an outlet, a dash or a date), so that
 * an ordinary sentence is never taken for one.
 */
export function readDateline(
  paragraph: string,
  isKnownCity: (name: string) => boolean,
): Dateline | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return undefined;
  const { city = "", date, outlet, end } = m.groups;
  const capitals = /^[A-Z'’. -]+$/.test(city);
  const titled = titleCase(city);
  // A town the gazetteer does not know is a dateline's only with its day and a mark that closes it
  // ("Zorgrad, July 10 --", "Zorgrad (Estoria), 10 July:"): no sentence opens on a word, a day and a
  // dash; a weekday or a month in the town's place is a date line, not a town.
  const closedWithDay = !!date && !!end && /[–—:-]/.test(end) && !WEEKDAY_OR_MONTH.test(city);
  if (!capitals && !isKnownCity(titled) && !closedWithDay) return undefined;
  // A word alone is the start of a sentence, not a dateline: it needs an outlet, a date or a dash, or
  // a colon right after a known city ("Doha: The Speaker met"), which no sentence opens with.
  const colon = end === ":" && isKnownCity(titled);
  if (!outlet && !date && !(end && /[–—-]/.test(end)) && !colon) return undefined;
  // A capitalised word after a city is an outlet ("Astana, 17 November, Mazhilis.") only beside a date or a dash.
  if (outlet && /^[A-Z][a-z]/.test(outlet) && !date && !(end && /[–—-]/.test(end))) return undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (date) {
    const dm = /(\d{1,2})\s+([A-Za-z]+)|([A-Za-z]+)\.?\s+(\d{1,2})/.exec(date);
    const figures = /^(\d{1,2})\.(\d{1,2})\./.exec(date);
    if (figures) {
      month = Number(figures[2]);
      day = Number(figures[1]);
      if (month < 1 || month > 12) return undefined;
    } else if (dm) {
      month = monthNumber((dm[2] ?? dm[3]) as string);
      day = Number(dm[1] ?? dm[4]);
      if (!month) return undefined;
    }
  }
  const text = m[0].replace(/[\s.:–—-]+$/, "").trim();
  return { text, city: titled, month, day, rest: paragraph.slice(m[0].length) };
}

/**
 * The year a text writes right after the name of month `month` (1–12), or after its day: "in
 * December, 2017", "on 14 December 2017", "December 14, 2017". A dateline that prints a day and a month but no year ("Astana. 27
 * December.") is of that year when its article has no publication date: a report names its own month
 * with the year when it names it so at all. The latest such year if several; undefined if none. Not
 * the month of a document or a founding ("the agreement signed in May 2019"): that is another year's.
 */
export function yearOfMonth(text: string, month: number): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(
    /\b([A-Za-z]{3,9})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d{2})\b/g,
  )) {
    if (monthNumber(m[1] as string) !== month) continue;
    if (OTHER_EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const year = Number(m[2]);
    if (!latest || year > latest) latest = year;
  }
  return latest;
}

// A participle of something done once and long lasting, just before its month: "signed in", "founded on".
const OTHER_EVENT_BEFORE =
  /\b(?:signed|adopted|ratified|enacted|established|founded|concluded|born|since)\s+(?:in|on)?\s*$/i;

/** "NUR-SULTAN" → "Nur-Sultan", "SAINT PETERSBURG" → "Saint Petersburg". */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
