/**
 * The text of a notification: one message per chat per ingest, whatever the number of articles.
 * One new article gives its meetings' short summaries and its source; several give a digest with
 * a line and a source per article, so ten articles at once are one message, not ten.
 */
import type { Article, Meeting } from "../facts/types.ts";

/** What one new article brings a chat: the article and the meetings in it that the chat follows. */
export interface ArticleNews {
  article: Article;
  meetings: Meeting[];
}

/** Turns a meeting into its short summary (Telegram HTML); the answering core provides it. */
export type Summarize = (meeting: Meeting) => { html: string };

/** Telegram refuses messages over 4096 characters; this leaves room for the closing line. */
const MAX_LENGTH = 3900;

const MONTHS = [
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

/** Escapes text for Telegram HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** "2026-05-05" → "5 May 2026". */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}

/** The source line of an article: its title (linked when it has a URL), outlet or file, and date. */
export function sourceLine(article: Article): string {
  const name = escapeHtml(article.title ?? article.outlet ?? article.file ?? article.id);
  const parts = [article.url ? `<a href="${escapeHtml(article.url)}">${name}</a>` : name];
  if (article.outlet && article.title) parts.push(escapeHtml(article.outlet));
  if (!article.url && article.file && article.title) parts.push(escapeHtml(article.file));
  if (article.published) parts.push(writtenDate(article.published));
  return `Source: ${parts.join(", ")}`;
}

/** The notification for one chat, in Telegram HTML. `news` must not be empty. */
export function notificationHtml(news: readonly ArticleNews[], summarize: Summarize): string {
  if (news.length === 1) {
    const [only] = news as [ArticleNews];
    const summaries = only.meetings.map((m) => summarize(m).html);
    const body = summaries.length === 1 ? summaries[0] : summaries.map((s) => `• ${s}`).join("\n");
    return `<b>${summaries.length === 1 ? "New meeting" : `${summaries.length} new meetings`}</b>\n${body}\n${sourceLine(only.article)}`;
  }
  let html = `<b>${news.length} new articles</b>`;
  for (const [i, n] of news.entries()) {
    const first = n.meetings[0];
    if (!first) continue;
    const more = n.meetings.length > 1 ? ` (and ${n.meetings.length - 1} more)` : "";
    const entry = `\n\n• ${summarize(first).html}${more}\n${sourceLine(n.article)}`;
    if (html.length + entry.length > MAX_LENGTH) {
      html += `\n\n…and ${news.length - i} more articles: ask me about them.`;
      break;
    }
    html += entry;
  }
  return html;
}
