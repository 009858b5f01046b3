/**
 * How facts are written in replies: dates in words ("4 September 2025"), people with their role and
 * country, sources with outlet or file, publication date and URL, and HTML escaping for Telegram.
 */
import type { Article, Meeting, MeetingDate, Person, Role } from "../facts/types.ts";
import type { Words } from "../i18n/words.ts";
import { countryGazetteer } from "./countries.ts";
import { fold } from "./text.ts";

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

/** "2025-09-04" → "4 September 2025"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** A date range in words: "4–7 September 2025", "30 June – 2 July 2025". */
export function formatRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
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
  if (title && country) return `${title} (${country})`;
  if (title || !country) return title;
  return words ? words.t("reply-of-country", { country }) : `of ${country}`;
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

/** A source as cited under a reply: outlet or file, publication date, URL. */
export function citeArticle(article: Article, words?: Words): string {
  const name = article.outlet ?? article.file ?? article.id;
  const unknown = words ? words.t("reply-no-publication-date") : "publication date unknown";
  const published =
    article.published && (words ? words.date(article.published) : formatDate(article.published));
  const parts = [name, published || unknown];
  if (article.url) parts.push(article.url);
  return parts.join(", ");
}

/** The place and date of a meeting in a few words: "in Astana on 4 September 2025". */
export function whereAndWhen(meeting: Meeting, words?: Words): string {
  const parts: string[] = [];
  const t = (key: string, english: string, variables?: Record<string, string>) =>
    words ? words.t(key, variables) : english;
  const { place, occasion } = meeting;
  if (place) parts.push(t("reply-in-place", `in ${place}`, { place }));
  if (occasion && !place?.includes(occasion))
    parts.push(t("reply-at-occasion", `at ${occasion}`, { occasion }));
  const date = meetingDate(meeting.date, words);
  parts.push(
    date ? t("reply-on-date", `on ${date}`, { date }) : t("reply-no-date", "(the article gives no date)"),
  );
  return parts.join(" ");
}

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
