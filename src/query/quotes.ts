/**
 * Quoting the article sentence that answers an open question ("Which conflict did Babloyan raise?"):
 * sentences are scored by the question's keywords they contain, rare words weighing more, and the best
 * ones are quoted with their source. Names are left out of the keywords by the caller, because every
 * sentence of an article about a person names them.
 */
import type { FactIndex, IndexedSentence } from "../facts/index.ts";

/** A sentence chosen to quote, and how well it matched. */
export interface Quote {
  sentence: IndexedSentence;
  score: number;
  /** The question keywords the sentence contains. */
  matched: string[];
}

/** Options for {@link bestSentences}. */
export interface QuoteOptions {
  /** How many sentences at most. */
  limit?: number;
  /** The share of the question's (known) keyword weight a sentence must reach. */
  minShare?: number;
}

/**
 * The sentences of the given articles (all articles when undefined) that best match the keywords.
 * Returns nothing when no sentence matches well enough: an answer is never built from a weak match.
 */
export function bestSentences(
  index: FactIndex,
  articleIds: Iterable<string> | undefined,
  keywords: string[],
  options: QuoteOptions = {},
): Quote[] {
  const { limit = 2, minShare = 0.34 } = options;
  const known = keywords.filter((k) => index.keywordFrequency.has(k) || prefixKnown(index, k));
  if (known.length === 0) return [];
  const weights = new Map(known.map((k) => [k, index.weight(k)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const ids = articleIds ? [...new Set(articleIds)] : candidateArticles(index, known);
  const scored: Quote[] = [];
  for (const id of ids) {
    for (const sentence of index.sentencesOf(id)) {
      let score = 0;
      const matched: string[] = [];
      for (const [k, w] of weights) {
        if (sentence.keywords.has(k)) {
          score += w;
          matched.push(k);
        } else if (
          k.length >= 5 &&
          [...sentence.keywords].some((s) => s.length >= 5 && (s.startsWith(k) || k.startsWith(s)))
        ) {
          score += 0.7 * w;
          matched.push(k);
        }
      }
      if (score > 0) scored.push({ sentence, score, matched });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const best = scored[0];
  if (!best || best.score < minShare * total) return [];
  return scored.filter((q) => q.score >= 0.75 * best.score).slice(0, limit);
}

// Without a subject: the articles that hold the most of the keywords' weight.
function candidateArticles(index: FactIndex, keywords: string[]): string[] {
  const score = new Map<string, number>();
  for (const k of keywords)
    for (const id of index.articlesByKeyword.get(k) ?? [])
      score.set(id, (score.get(id) ?? 0) + index.weight(k));
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([id]) => id);
}

function prefixKnown(index: FactIndex, keyword: string): boolean {
  if (keyword.length < 5) return false;
  for (const k of index.keywordFrequency.keys()) if (k.length >= 5 && k.startsWith(keyword)) return true;
  return false;
}
