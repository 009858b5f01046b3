/**
 * The text of a notification: one message per chat per ingest, whatever the number of articles.
 * One new article gives its meetings' short summaries and its source; several give a digest with
 * a line and a source per article, so ten articles at once are one message, not ten.
 */
import type { Article, Meeting } from "../facts/types.ts";
import { translate } from "../i18n/catalogue.ts";
import type { Language } from "../i18n/language.ts";
import { longDate } from "../i18n/words.ts";
import { articleOutlet, escapeHtml } from "../query/format.ts";

/** What one new article brings a chat: the article and the meetings in it that the chat follows. */
export interface ArticleNews {
  article: Article;
  meetings: Meeting[];
}

/**
 * Turns a meeting into its short summary (Telegram HTML); the answering core provides it. When the
 * summary cites its sources itself, no source line is added to it.
 */
export type Summarize = (meeting: Meeting) => { html: string; sources: readonly unknown[] };

/** Telegram refuses messages over 4096 characters; this leaves room for the closing line. */
const MAX_LENGTH = 3900;

/** "2026-05-05" → "5 May 2026" (or "5 мая 2026 г.", "2026 жылғы 5 мамыр"). */
export function writtenDate(iso: string, language: Language = "en"): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? longDate(language, iso) : iso;
}

/**
 * The source line of an article: its title (linked when it has a URL), its outlet (the sidecar's, else
 * the dateline's agency) and date; the file name only when neither title nor outlet is known.
 */
export function sourceLine(article: Article, language: Language = "en"): string {
  const outlet = articleOutlet(article);
  const name = escapeHtml(article.title ?? outlet ?? article.file ?? article.id);
  const parts = [article.url ? `<a href="${escapeHtml(article.url)}">${name}</a>` : name];
  if (outlet && article.title) parts.push(escapeHtml(outlet));
  if (article.published) parts.push(writtenDate(article.published, language));
  return translate(language, "notify-source", { source: parts.join(", ") });
}

/**
 * The notification for one chat, in Telegram HTML, in the chat's language (the summaries come in
 * it from `summarize`). `news` must not be empty.
 */
export function notificationHtml(
  news: readonly ArticleNews[],
  summarize: Summarize,
  language: Language = "en",
): string {
  const t = (key: string, count: number) => translate(language, key, { count: String(count) });
  const block = (meeting: Meeting, article: Article) => {
    const summary = summarize(meeting);
    return summary.sources.length ? summary.html : `${summary.html}\n${sourceLine(article, language)}`;
  };
  if (news.length === 1) {
    const [{ article, meetings }] = news as [ArticleNews];
    const title =
      meetings.length === 1
        ? translate(language, "notify-new-meeting")
        : t("notify-new-meetings", meetings.length);
    return capped(
      `<b>${title}</b>`,
      meetings.map((m) => block(m, article)),
      (n) => t("notify-more-meetings", n),
    );
  }
  return capped(
    `<b>${t("notify-new-articles", news.length)}</b>`,
    news.map(({ article, meetings }) => {
      const [first] = meetings as [Meeting];
      const more = meetings.length > 1 ? `\n${t("notify-more-in-article", meetings.length - 1)}` : "";
      return `${block(first, article)}${more}`;
    }),
    (n) => t("notify-more-articles", n),
  );
}

// A header and entries separated by blank lines, cut (with a closing line) before Telegram's limit.
function capped(header: string, entries: string[], rest: (n: number) => string): string {
  let html = header;
  for (const [i, entry] of entries.entries()) {
    if (i > 0 && html.length + entry.length + 2 > MAX_LENGTH) return `${html}\n\n${rest(entries.length - i)}`;
    html += `\n\n${entry}`;
  }
  return html;
}
