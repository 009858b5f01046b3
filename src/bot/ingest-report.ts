/**
 * The admin's reply after an ingest, in the chat's language: how many articles were added, how many
 * new meetings they brought and notifications they queued, then each article as a person reads it
 * (title, outlet, publication date), never by the ids the fact base keeps them under.
 */

import type { Article } from "../facts/types.ts";
import { translate } from "../i18n/catalogue.ts";
import type { Language } from "../i18n/language.ts";
import { longDate } from "../i18n/words.ts";
import type { IngestResult } from "../ingest/ingester.ts";
import { articleOutlet } from "../query/format.ts";
import { cutText } from "./cut.ts";

// Titles of pages can be long ("… | News | Outlet"): a line of the reply stays one line on a phone.
const MAX_TITLE = 100;

/**
 * The reply to an admin's /ingest or upload. `source` is what the admin sent (the link or the file's
 * name): it names an article whose text gave no title.
 */
export function ingestReport(result: IngestResult, source: string, language: Language): string {
  if (result.added.length === 0) return translate(language, "ingest-nothing-new");
  const header = translate(language, "ingest-done", {
    count: result.added.length,
    meetings: result.meetings,
    notifications: result.notifications,
  });
  const lines = result.added.map((a) => `• ${readableArticle(a, source, language)}`);
  return [header, ...lines].join("\n");
}

/**
 * An article as a person reads it: "“Speakers meet in Astana”, KAZINFORM, 5 May 2026" (the title, else
 * the link or file it came from, else `source`; then the outlet and the publication date, when known).
 */
export function readableArticle(article: Article, source: string, language: Language): string {
  const title = article.title
    ? `“${cutText(article.title, MAX_TITLE)}”`
    : (article.url ?? article.file ?? source);
  const outlet = articleOutlet(article);
  const date = article.published ? longDate(language, article.published) : undefined;
  return [title, outlet, date].filter((p) => p !== undefined).join(", ");
}
