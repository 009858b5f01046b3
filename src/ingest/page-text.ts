/**
 * A web page's main text, with @mozilla/readability (Firefox's reader view) running on a linkedom
 * document: menus, adverts and footers go, the article stays. The result is written out in the
 * seeds' plain-text form (title line, blank line, paragraphs) so the corpus reader parses it as it
 * parses any article file.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleMeta } from "../corpus/article.ts";

/** A page reduced to an article. */
export interface PageArticle {
  /** The article as plain text: title, blank line, paragraphs separated by blank lines. */
  text: string;
  meta: ArticleMeta;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

/** Extracts the main text of an HTML page; throws when the page has no readable article. */
export function pageToArticle(html: string, url: string): PageArticle {
  const { document } = parseHTML(html);
  const published = publishedDate(document);
  // Readability changes the document it reads, so the date is read first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!parsed?.content) throw new Error(`no article text found at ${url}`);
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  let paragraphs = [...body.querySelectorAll(BLOCKS)]
    // A block inside another block (a <p> in a <blockquote>) is read with its parent.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (paragraphs.length === 0) paragraphs = (parsed.textContent ?? "").split(/\n\s*\n/).map((p) => p.trim());
  const title = parsed.title?.replace(/\s+/g, " ").trim() || undefined;
  const lines = paragraphs.filter((p) => p && p !== title);
  if (lines.join(" ").length < 40) throw new Error(`no article text found at ${url}`);
  const meta: ArticleMeta = { url, title, outlet: parsed.siteName?.trim() || new URL(url).hostname };
  const date = validDate(parsed.publishedTime) ?? published;
  if (date) meta.published = date;
  return { text: [title, ...lines].filter(Boolean).join("\n\n"), meta };
}

// The publication date from the page's metadata, when it gives one.
function publishedDate(document: { querySelector(selector: string): Element | null }): string | undefined {
  const meta = document.querySelector(
    'meta[property="article:published_time"], meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]',
  );
  return (
    validDate(meta?.getAttribute("content")) ??
    validDate(document.querySelector("time[datetime]")?.getAttribute("datetime"))
  );
}

function validDate(text: string | null | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text?.trim() ?? "");
  return m?.[1];
}
