/**
 * The extraction pipeline's entry points: articles in, fact base out.
 *
 * NOTE: first version; the pipeline proper (finders and refiners) is being built.
 */
import type { ParsedArticle } from "../corpus/article.ts";
import type { FactBase, Meeting } from "../facts/types.ts";

/** Extracts a fresh fact base from parsed articles. */
export function extractFacts(articles: ParsedArticle[], options: { now?: Date } = {}): FactBase {
  return {
    version: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    articles: articles.map((a) => ({
      id: a.id,
      file: a.file,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      dateline: a.dateline,
      sentences: a.paragraphs.flat(),
      hash: a.hash,
    })),
    people: [],
    meetings: [],
  };
}

/**
 * Adds new articles to an existing fact base: articles already present (same URL or same text) are
 * ignored, people seen before stay one entry. Returns the new base and what was added.
 */
export function mergeFacts(
  base: FactBase,
  articles: ParsedArticle[],
  options: { now?: Date } = {},
): { base: FactBase; addedArticles: string[]; addedMeetings: Meeting[] } {
  const seenUrls = new Set(base.articles.map((a) => a.url).filter(Boolean));
  const seenHashes = new Set(base.articles.map((a) => a.hash).filter(Boolean));
  const fresh = articles.filter((a) => !(a.url && seenUrls.has(a.url)) && !seenHashes.has(a.hash));
  const extracted = extractFacts(fresh, options);
  return {
    base: {
      ...base,
      generatedAt: extracted.generatedAt,
      articles: [...base.articles, ...extracted.articles],
    },
    addedArticles: extracted.articles.map((a) => a.id),
    addedMeetings: [],
  };
}
