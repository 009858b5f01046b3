/**
 * How facts are written in replies: dates in words ("4 September 2025"), people with their role and
 * country, sources with outlet or file, publication date and URL, and HTML escaping for Telegram.
 */
import { titleCase } from "../corpus/header.ts";
import type { Article, Meeting, MeetingDate, Person, Role } from "../facts/types.ts";
import { fold } from "../text/normalize.ts";
import type { Words } from "./compose/words.ts";
import { countryGazetteer } from "./countries.ts";

/** English month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * True for an ISO day that exists ("2024-02-29"); false for anything else, "2024-13-05" and
 * "2023-02-29" too, which an older fact base may hold and which no month name can be given to.
 */
export function isCalendarDay(iso: string | undefined): iso is string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return false;
  const [month, day] = [Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2025-09-04" → "4 September 2025"; anything else, an impossible day too, is returned as it is. */
export function formatDate(iso: string): string {
  if (!isCalendarDay(iso)) return iso;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A date range in words: "4–7 September 2025", "30 June – 2 July 2025"; an impossible end is left out. */
export function formatRange(start: string, end?: string): string {
  if (!end || end === start || !isCalendarDay(start) || !isCalendarDay(end)) return formatDate(start);
  const [sy, sm] = start.split("-");
  const [ey, em, ed] = end.split("-");
  if (sy === ey && sm === em)
    return `${Number(start.slice(8))}–${Number(ed)} ${MONTHS[Number(em) - 1]} ${ey}`;
  if (sy === ey) return `${formatDate(start).replace(/ \d{4}$/, "")} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** A meeting's date in words (in the language of `words`, English by default), or undefined when the article gives none. */
export function meetingDate(date: MeetingDate | undefined, words?: Words): string | undefined {
  if (!date?.start) return undefined;
  return words ? words.range(date.start, date.end) : formatRange(date.start, date.end);
}

/** The role a person had in one article (else their latest role), as "Chairman of the Majilis (Kazakhstan)". */
export function describePerson(person: Person, articleId?: string, words?: Words): string {
  const role = pickRole(person, articleId);
  const country = role?.country ?? person.country;
  const title = role ? roleText(role) : "";
  if (!country) return title;
  const name = words ? words.country(country) : country;
  // "Speaker of the State Great Khural of Mongolia", not "... of Mongolia (Mongolia)".
  if (title) return title.includes(country) ? title : `${title} (${name})`;
  return words ? words.ofCountry(name) : `of ${name}`;
}

/** A role's title with its body when the title does not already name it (in any spelling). */
export function roleText(role: Role): string {
  let text = roleTexts.get(role);
  if (text === undefined) {
    text = composeRoleText(role);
    roleTexts.set(role, text);
  }
  return text;
}

// A person's roles are written again for every reply that names them: each is composed once.
const roleTexts = new WeakMap<Role, string>();

function composeRoleText(role: Role): string {
  const title = role.title.trim();
  if (!role.body || fold(title).includes(fold(role.body))) return title;
  const g = countryGazetteer();
  const bodyCountry = g.code(role.body);
  if (bodyCountry && g.find(title).some((m) => m.code === bodyCountry)) return title;
  return `${title}, ${role.body}`;
}

/** The role of a person in an article, else the role seen in the most articles, else the last one. */
export function pickRole(person: Person, articleId?: string): Role | undefined {
  const roles = person.roles ?? [];
  return roles.find((r) => r.articleId === articleId) ?? roles.at(-1);
}

/** "Name, role (country)" for a line of a reply. */
export function personLabel(person: Person, articleId?: string): string {
  const about = describePerson(person, articleId);
  return about ? `${person.name}, ${about}` : person.name;
}

/**
 * A source as cited under a reply, readable on a phone: the outlet (from the sidecar, else the agency of
 * the dateline: "ASTANA. KAZINFORM" → KAZINFORM), the title, the publication date and the link. The file
 * name only when nothing else is known. The date as `words` write it (English by default); none when
 * `dated` is false.
 */
export function citeArticle(article: Article, words?: Words, dated = true): string {
  const outlet = articleOutlet(article);
  const title = article.title ? `“${article.title}”` : undefined;
  const date = dated && article.published ? (words?.date ?? formatDate)(article.published) : undefined;
  const parts = [outlet, title, date, article.url].filter((p) => p !== undefined);
  if (!outlet && !title && !article.url) parts.unshift(article.file ?? article.id);
  return parts.join(", ");
}

/** The outlet of an article: its sidecar's, else the news agency its dateline names (KAZINFORM, TASS). */
export function articleOutlet(article: Article): string | undefined {
  return article.outlet ?? datelineAgency(article.dateline);
}

/** The news agency of a dateline ("ASTANA. KAZINFORM" → "KAZINFORM", "MOSCOW, May 5 (TASS)" → "TASS"). */
export function datelineAgency(dateline: string | undefined): string | undefined {
  if (!dateline) return undefined;
  const bracketed = /\(([A-Z][A-Za-z-]{1,20})\)\s*$/.exec(dateline);
  if (bracketed) return bracketed[1];
  const last = /[.,]\s*([A-Z][A-Z-]{1,20}(?:\s[A-Z][A-Z-]+)?)\s*$/.exec(dateline);
  return last?.[1];
}

/**
 * A meeting's date in `words`' language; without one, the day its article was published, said as
 * "reported on …" and never "met on …" (the publication day is not the meeting's).
 */
export function meetingDateWords(meeting: Meeting, published: string | undefined, words: Words): string {
  const date = meetingDate(meeting.date, words);
  if (date) return words.onDate(date);
  return published ? words.reportedOn(words.date(published)) : words.noDate;
}

/**
 * "in Valletta": a meeting's place in `words`' language, the one way replies and notifications write
 * it. A place the article's dateline gave in capitals ("VALLETTA", "KUALA LUMPUR") is written as a
 * name, not shouted.
 */
export function placeWords(place: string, words: Words): string {
  return words.inPlace(/\p{Ll}/u.test(place) ? place : titleCase(place));
}

/** The place and date of a meeting in a few words: "in Astana on 4 September 2025" (in `words`' language). */
export function whereAndWhen(meeting: Meeting, words: Words, published: string | undefined): string {
  const parts: string[] = [];
  const { place, occasion } = meeting;
  if (place) parts.push(placeWords(place, words));
  if (occasion && !place?.includes(occasion)) parts.push(words.atOccasion(occasion));
  parts.push(meetingDateWords(meeting, published, words));
  return parts.join(" ");
}

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
