/**
 * Reading what `parlbot ingest` and the admin's /ingest are given: a .txt article file, a folder
 * of them, or an http(s) page URL. A source that cannot be read is reported with its reason; the
 * others are still read.
 */
import { statSync } from "node:fs";
import { dirname, relative } from "node:path";
import { type ArticleMeta, type ParsedArticle, parseArticle } from "../corpus/article.ts";
import { listArticleFiles, readArticleFile } from "../corpus/folder.ts";
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchText, isHttpUrl } from "./fetch.ts";
import type { IncomingArticle } from "./ingester.ts";
import { pageToArticle } from "./page-text.ts";

/** A source that could not be read. */
export interface SourceProblem {
  source: string;
  reason: string;
}

/** What reading sources gives. */
export interface SourcesRead {
  articles: IncomingArticle[];
  problems: SourceProblem[];
}

/** Reads files, folders and URLs, in the order given. */
export async function readSources(
  sources: readonly string[],
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<SourcesRead> {
  const out: SourcesRead = { articles: [], problems: [] };
  for (const source of sources) {
    try {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
        out.articles.push({ article: await readUrl(source, {}, limits), source });
        continue;
      }
      const stat = statSync(source);
      if (stat.isDirectory()) {
        for (const path of listArticleFiles(source)) {
          try {
            out.articles.push({ article: readArticleFile(path, source), source: path });
          } catch (error) {
            out.problems.push({ source: relative(source, path) || path, reason: (error as Error).message });
          }
        }
      } else if (!source.toLowerCase().endsWith(".txt")) {
        throw new Error("not a .txt article file");
      } else {
        out.articles.push({ article: readArticleFile(source, dirname(source)), source });
      }
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      out.problems.push({ source, reason: e.code === "ENOENT" ? "no such file or folder" : e.message });
    }
  }
  return out;
}

/**
 * Fetches a page and parses its main text as an article. `known` is what a feed item already says
 * (title, date), used where the page itself does not say it.
 */
export async function readUrl(
  url: string,
  known: ArticleMeta = {},
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<ParsedArticle> {
  if (!isHttpUrl(url)) throw new Error("only http(s) URLs can be ingested");
  const page = await fetchText(url, limits);
  const type = mediaType(page.contentType);
  if (type === "text/plain") {
    requirePrintable(page.text, url);
    return parseArticle(page.text, { id: urlArticleId(url), meta: { ...known, url } });
  }
  // Only web pages and plain text are articles: JSON, images or an unlabelled body are not.
  if (type !== "text/html")
    throw new Error(`${url} is not a web page (${page.contentType || "no content type"})`);
  const { text, meta } = pageToArticle(page.text, url);
  requirePrintable(text, url);
  return parseArticle(text, {
    id: urlArticleId(url),
    meta: { ...meta, title: meta.title ?? known.title, published: meta.published ?? known.published, url },
  });
}

/** The media type of a Content-Type header, lower-case, without parameters: "text/html". */
function mediaType(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/** Share of characters that must be printable for a body to count as text (binary labelled as text is not). */
const MIN_PRINTABLE_SHARE = 0.95;

function requirePrintable(text: string, url: string): void {
  if (!text.trim()) throw new Error(`${url} is empty`);
  // Control characters other than whitespace, and the replacement character bad UTF-8 decodes to.
  const unprintable = text.match(/[\p{Cc}\uFFFD]/gu)?.filter((c) => !/[\t\n\r\f]/.test(c)).length ?? 0;
  if (unprintable > text.length * (1 - MIN_PRINTABLE_SHARE)) {
    throw new Error(`${url} is not readable text (${unprintable} unprintable characters)`);
  }
}

/** A readable article id for a URL: "kazinform.kz/news/koshanov-met-amarbayasgalan". */
export function urlArticleId(url: string): string {
  const u = new URL(url);
  const path = u.pathname.replace(/\.(html?|php|aspx?)$/i, "").replace(/\/+$/, "");
  const query = u.search ? `-${u.search.slice(1)}` : "";
  return `${u.hostname}${path}${query}`.replace(/[^\w./-]+/g, "-").slice(0, 120);
}
