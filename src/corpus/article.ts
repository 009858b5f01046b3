import crypto, { createHash } from "node:crypto";
import {
  type Dateline,
  findDate,
  isoDate,
  isPublicationLine,
  readDateline,
  readDateMarker,
  readTimestampLine,
  titleCase,
  yearOfMonth,
} from "./header.ts";
import { withoutPageLinks } from "./page-links.ts";
import { MAX_SENTENCE_CHARS, oneSpaced, splitSentences } from "./sentences.ts";

// A line that is only an agency's short name in capitals: "QNA", "WAM", "(KUNA)".
const OUTLET_LINE = /^\(?[A-Z]{2,8}\)?$/;
// An author's byline on a line of its own: "By Jana Novak", "By Jana Novak – Agency:", "By Jana Novak
// in Nation on 20 June 2024". A name of two to four capitalised words, then at most a section and a day.
const BYLINE =
  /^By (?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+(?:\s*[–—-]\s*\p{Lu}[\p{L} ]{1,30}:?)?(?: in \p{Lu}[\p{L} ]{1,30}?)?(?: on [\p{L}\d ,.]{6,30})?$/u;

/** The day a byline gives its page ("By Jana Novak in Nation on 20 June 2024"), if it gives one. */
function bylineDay(line: string): string | undefined {
  const on = line.lastIndexOf(" on ");
  return on < 0 ? undefined : findDate(line.slice(on + 4));
}

/** Metadata a sidecar `<name>.meta.json` (or a feed) may give. */
export interface ArticleMeta {
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
}

/** An article read and split, ready for extraction. */
export interface ParsedArticle {
  id: string;
  file?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD, from the sidecar, the date marker or a timestamp line, in that order of trust. */
  published?: string;
  dateline?: string;
  /** The dateline's city, title-cased. */
  datelineCity?: string;
  /** The date the dateline itself prints (with the publication year), if any. */
  datelineDate?: string;
  /**
   * The date the article prints for itself in its head (a timestamp line such as `21 December 2022,
   * 19:10`, or a time alone beside the date marker): evidence that the publication date is the
   * outlet's own, not only a date a collector recorded.
   */
  printedDate?: string;
  /** Title lines (a headline and maybe a sub-headline); some reports say who met whom only there. */
  headlines: string[];
  /** Body paragraphs, each split into sentences. The title is not among them. */
  paragraphs: string[][];
  /** SHA-256 of the body, to recognise the same text arriving twice. */
  hash: string;
}

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  id: string;
  file?: string;
  meta?: ArticleMeta;
  /** Whether a title-cased word is a city the gazetteer knows (for datelines such as "Ulaanbaatar /MONTSAME/"). */
  isKnownCity?: (name: string) => boolean;
}

/**
 * Parses the text of one article in the seeds' loose format: optional date marker, title line,
 * timestamp line and dateline, then paragraphs. Lines broken inside a sentence are joined again.
 */
export function parseArticle(text: string, options: ParseOptions): ParsedArticle {
  const { meta = {}, isKnownCity = () => false } = options;
  const marker = readDateMarker(text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""));
  let published = validDate(meta.published) ?? marker.published;
  // trimEnd drops what /\s+$/ matches (white space and line terminators), without trying the pattern at every space.
  const lines = marker.rest.split("\n").map((l) => l.trimEnd());

  // Head lines: timestamps and titles before the first line that reads as body text.
  let title = meta.title;
  let printedDate: string | undefined;
  let i = 0;
  const heads: string[] = [];
  const headlines: string[] = [];
  // A dateline printed on a line of its own ("ANKARA", then the first paragraph).
  let loneDateline: Dateline | undefined;
  for (; i < lines.length && heads.length < 8; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    const lone = loneDatelineOf(line, isKnownCity);
    if (lone && !loneDateline) {
      loneDateline = lone;
      heads.push(line);
      continue;
    }
    const stamp = readTimestampLine(line);
    if (stamp || /^\d{1,2}:\d{2}(:\d{2})?$/.test(line)) {
      published ??= stamp;
      printedDate ??= stamp ?? published;
      heads.push(line);
      continue;
    }
    // The author's byline under the title ("By Jana Novak in Nation on 20 June 2024") is no second
    // headline: its name is the page's, never a side of the news.
    if (headlines.length && BYLINE.test(line)) {
      published ??= bylineDay(line);
      heads.push(line);
      continue;
    }
    if (isTitleLine(line, lines.slice(i + 1)) || (i === 0 && markerTitle(marker, line, lines[1]))) {
      const clean = line.replace(/^\(LEAD\)\s*/, "").replace(/\s*\(PHOTO\)\s*$/i, "");
      title ??= clean;
      if (!headlines.includes(clean)) headlines.push(clean);
      heads.push(line);
      continue;
    }
    break;
  }

  // Paragraphs: blank lines separate them; a line that does not end a sentence continues on the next.
  const paragraphs: string[] = [];
  let current = "";
  const bodyLines = withoutPageLinks(lines.slice(i));
  for (const bodyLine of bodyLines) {
    const line = bodyLine.trim();
    if (!line) {
      if (current) paragraphs.push(current);
      current = "";
      continue;
    }
    if (heads.includes(line) || (title && line === title)) continue; // a title repeated in the body
    if (isPublicationLine(line)) continue; // "Updated 16.05.2024 10:45" between paragraphs: the page's, no sentence
    current = current ? `${current}${/[.!?:;»"”]$/.test(current) ? "\n" : " "}${line}` : line;
  }
  if (current) paragraphs.push(current);

  const split: string[][] = [];
  // A text with one character beyond Latin-1 (a curly quote, a dash) is stored two bytes a character,
  // and every sentence cut out of it keeps all of it alive: the fact base keeps the sentences.
  const wide = BEYOND_LATIN1.test(text);
  let dateline: Dateline | undefined = loneDateline;
  const paragraphLines = paragraphs.flatMap((p) => p.split("\n"));
  // An agency's name on a line of its own ("QNA") comes before the dateline, not instead of it, and
  // so does the author's byline ("By Jana Novak", "By Jana Novak in Nation on 20 June 2024"): the
  // byline is the page's, no sentence of the report.
  const byline = (line: string, n: number) => n <= 1 && BYLINE.test(line);
  const first = paragraphLines.findIndex((line, n) => n > 1 || !(OUTLET_LINE.test(line) || byline(line, n)));
  for (const [n, para] of paragraphLines.entries()) {
    if (n < first && byline(para, n)) {
      published ??= bylineDay(para);
      continue;
    }
    let body = para;
    if (n === first && !loneDateline) {
      dateline = readDateline(body, isKnownCity) ?? gluedDateline(body, isKnownCity, paragraphLines.slice(n));
      if (dateline) body = dateline.rest;
    }
    const sentences = splitSentences(body);
    if (sentences.length) split.push(wide ? sentences.map(compactCopy) : sentences);
  }
  // A timestamp may also open the first paragraph ("Apr 18, 2025 20:13 ..."); only fill a gap with it.
  // A date the first sentence opens with ("On 21 June 2022, the delegation ...") is an event's, not the
  // publication's; and only a date with a time is the page's own stamp.
  const head = paragraphs[0]?.slice(0, 40) ?? "";
  const opening = /^\s*(?:on|in|by|from|since|until|as of)\b/i.test(head) ? undefined : findDate(head);
  published ??= opening;
  if (/\d{1,2}:\d{2}/.test(head)) printedDate ??= opening;
  // Without a publication date, the year the text gives the dateline's month ("Astana. 27 December."
  // in a report that speaks of "December, 2017").
  const year = published
    ? Number(published.slice(0, 4))
    : dateline?.month
      ? yearOfMonth(`${dateline.text} ${split.flat().join(" ")}`, dateline.month)
      : undefined;
  const datelineOf = (y: number) =>
    `${y}-${String(dateline?.month).padStart(2, "0")}-${String(dateline?.day).padStart(2, "0")}`;
  // A dateline cannot be later than the publication: "ASTANA, December 30" on a page of 3 January is
  // of the year before.
  const datelineDate =
    dateline?.month && dateline.day && year
      ? published && datelineOf(year) > published
        ? datelineOf(year - 1)
        : datelineOf(year)
      : undefined;
  const bodyText = split.map((s) => s.join(" ")).join("\n");
  return {
    id: options.id,
    file: options.file,
    url: meta.url,
    title: ownCopy(title),
    outlet: meta.outlet,
    published,
    headlines: headlines.map(ownCopy) as string[],
    dateline: ownCopy(dateline?.text),
    datelineCity: ownCopy(dateline?.city),
    datelineDate,
    ...(printedDate ? { printedDate } : {}),
    paragraphs: split,
    hash: sha256Hex(oneSpaced(bodyText.toLowerCase())),
  };
}

/** The SHA-256 of a text's UTF-8 bytes, in hex: one call where Node has it (20.12 and later). */
function sha256Hex(text: string): string {
  return crypto.hash ? crypto.hash("sha256", text, "hex") : createHash("sha256").update(text).digest("hex");
}

/**
 * A copy of a string that shares no memory with the file's text: a line cut out of it is stored as a
 * slice that keeps the whole text alive (a base of thousands of articles held every file twice).
 */
function ownCopy<T extends string | undefined>(s: T): T {
  // Joined again code unit by code unit: a new string, exactly the same text (even a lone surrogate).
  return (s === undefined ? s : s.split("").join("")) as T;
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * A copy of a sentence of a two-byte text that shares no memory with it, and takes one byte a character
 * when all of its characters fit in one (most sentences of a text with a curly quote somewhere).
 */
function compactCopy(s: string): string {
  // Latin-1 bytes decode into a one-byte string; a sentence beyond Latin-1 goes through UTF-8, intact.
  return BEYOND_LATIN1.test(s)
    ? Buffer.from(s, "utf8").toString("utf8")
    : Buffer.from(s, "latin1").toString("latin1");
}

// A YYYY-MM-DD the metadata gives, if it is a day of the calendar (not "2024-02-31" or "2024-13-45"):
// the rules read a publication date's month and year as numbers and date meetings by it.
function validDate(s: unknown): string | undefined {
  const m = typeof s === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

// A title: a line of at most 160 characters with no full stop at the end, which is either followed by
// a blank line or, when the text runs on, mostly capitalised and not continued by a lower-case line
// (which would make it the first half of a sentence broken across lines).
/**
 * Whether the words on the date marker's own line (" date 2023-10-19 Speaker wishes to promote ties")
 * are the title: the marker's line holds the title when it holds text, so a line with no end
 * punctuation there, followed by a line that opens a sentence, is not the start of that sentence.
 */
function markerTitle(marker: { published?: string }, line: string, next: string | undefined): boolean {
  // A line longer than a sentence may be is no title (and is read, cut, as body text).
  if (line.length > MAX_SENTENCE_CHARS) return false;
  return !!marker.published && !/[.!?:;,"”»]$/.test(line) && /^\s*\p{Lu}/u.test(next ?? "");
}

/**
 * A line that is only a known city in capitals ("ANKARA", "NAIROBI."): the dateline, printed above the
 * first paragraph instead of at its head. Capitals and a city the gazetteer knows: a one-word headline
 * is never both.
 */
function loneDatelineOf(line: string, isKnownCity: (name: string) => boolean): Dateline | undefined {
  const m = /^([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})\.?$/.exec(line);
  if (!m) return undefined;
  const city = titleCase(m[1] as string);
  return isKnownCity(city) ? { text: m[1] as string, city, rest: "" } : undefined;
}

// A city glued to the name that opens the lead, its dash lost when the page was copied: "Cairo Ali
// Abdel Aal, Speaker of the House of Representatives, has said ...". Two or more name words, then an
// apposition that opens with a title.
const GLUED_DATELINE =
  /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)??) (?=(?:\p{Lu}[\p{L}'’-]+ ){1,3}\p{Lu}[\p{L}'’-]+, (?:the )?(?:\p{Lu}\p{Ll}+ ){0,2}?(?:Speaker|Chairman|Chairwoman|Chairperson|President|Minister|Ambassador|Head|Deputy|Senator|Secretary|Member|Governor|Mayor)\b)/u;

/**
 * A dateline whose dash was lost, the city glued to the name the lead opens with (see GLUED_DATELINE):
 * only a city the gazetteer knows, that the article names again as a place (a city that is also a
 * given name, "Victoria Lima Cardoso", is not named alone elsewhere).
 */
function gluedDateline(
  paragraph: string,
  isKnownCity: (name: string) => boolean,
  article: string[],
): Dateline | undefined {
  const m = GLUED_DATELINE.exec(paragraph);
  const city = m?.[1];
  if (!city || !isKnownCity(city)) return undefined;
  const rest = paragraph.slice(city.length + 1);
  const again = new RegExp(String.raw`\b(?:in|to|from|and|between) ${city}\b`);
  if (![rest, ...article.slice(1)].some((line) => again.test(line))) return undefined;
  return { text: city, city, rest };
}

// Small words that never close a title or a sentence: a line that ends on one was broken inside a
// sentence ("Ambassadors of" / "Ostria called on the Speaker."), and the next line goes on with it.
const OPEN_ENDING = /\b(?:of|the|a|an|and|or|to|with|for|from|by|between)$/i;

function isTitleLine(line: string, following: string[]): boolean {
  if (line.length > 160 || /[.!?:;,]["”»]?$/.test(line) || OPEN_ENDING.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length === 0) return false;
  const next = following[0]?.trim() ?? "";
  if (next === "" || readTimestampLine(next)) return true;
  const block: string[] = [];
  for (const l of following) {
    if (!l.trim()) break;
    block.push(l.trim());
    if (/[.!?]["”»]?$/.test(l.trim())) break;
  }
  if (block.some((l) => /^\p{Ll}/u.test(l))) return false;
  const capital = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / words.length >= 0.6;
}
