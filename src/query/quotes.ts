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
  /** The question's whole (known) keyword weight, of which `score` is a share (quotes {@link bestSentences} chose). */
  outOf?: number;
}

/** Options for {@link bestSentences}. */
export interface QuoteOptions {
  /** How many sentences at most. */
  limit?: number;
  /** The share of the question's (known) keyword weight a sentence must reach. */
  minShare?: number;
  /** Keywords that count half (country words: "Chinese" should not outweigh "initiative"). */
  secondary?: string[];
  /** Prefer sentences with a number ("how many documents were signed?"). */
  wantsNumber?: boolean;
  /** Other stems that count as a keyword ("gift" for "give"): a sentence with any of them has it. */
  alternatives?: (keyword: string) => string[];
  /** Only sentences this accepts are quoted (one that names a day, for "when" questions). */
  accept?: (sentence: IndexedSentence) => boolean;
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
  const { limit = 2, minShare = 0.34, secondary = [], wantsNumber = false, alternatives, accept } = options;
  const inArticles = (k: string) => index.articleFrequency(k) > 0;
  const forms = (k: string) => [k, ...(alternatives?.(k) ?? []).filter(inArticles)];
  const isKnown = (k: string) => forms(k).some(inArticles) || prefixKnown(index, k);
  const known = keywords.filter(isKnown);
  if (known.length === 0) return [];
  // A keyword found through another word weighs as the commonest of its words: a rare synonym does not
  // make it count more than the word asked.
  const weightOf = (k: string) =>
    inArticles(k)
      ? index.weight(k)
      : Math.min(
          ...forms(k)
            .filter(inArticles)
            .map((f) => index.weight(f)),
        );
  const weights = new Map(known.map((k) => [k, weightOf(k)]));
  const others = new Map(known.map((k) => [k, forms(k).slice(1)]));
  const ownWord = new Map(known.map((k) => [k, inArticles(k)]));
  for (const k of secondary) if (!weights.has(k) && isKnown(k)) weights.set(k, 0.5 * index.weight(k));
  const total = known.reduce((sum, k) => sum + (weights.get(k) ?? 0), 0);
  const ids = candidateArticles(
    index,
    known.flatMap((k) => forms(k)),
    articleIds ? new Set(articleIds) : undefined,
  );
  const scored: (Quote & { rank: number })[] = [];
  for (const id of ids) {
    const sentences = index.sentencesOf(id);
    // How many of the article's sentences have each keyword: a word most of them have (the event, the
    // city the whole report is about) tells less which sentence answers than one that only one has.
    // (A sentence repeated, as a lead that repeats the title, counts once.)
    const spread = new Map<string, number>();
    const seen = new Set<string>();
    const shares = sentences.map((sentence) => {
      const repeated = seen.has(sentence.text);
      seen.add(sentence.text);
      const share = new Map<string, number>();
      for (const [k] of weights) {
        const has = sentence.keywords.has(k)
          ? 1
          : others.get(k)?.some((f) => sentence.keywords.has(f))
            ? ownWord.get(k)
              ? ALTERNATIVE_SHARE
              : 1
            : k.length >= 5 &&
                [...sentence.keywords].some((s) => s.length >= 5 && (s.startsWith(k) || k.startsWith(s)))
              ? 0.7
              : 0;
        if (!has) continue;
        share.set(k, has);
        if (!repeated) spread.set(k, (spread.get(k) ?? 0) + 1);
      }
      return share;
    });
    for (const [i, sentence] of sentences.entries()) {
      if (accept && !accept(sentence)) continue;
      let score = 0;
      let rank = 0;
      const matched: string[] = [];
      for (const [k, has] of shares[i] ?? []) {
        const w = (weights.get(k) ?? 0) * has;
        score += w;
        rank += w / (spread.get(k) ?? 1) ** 0.25;
        matched.push(k);
      }
      if (
        score > 0 &&
        wantsNumber &&
        /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b/i.test(
          sentence.text,
        )
      ) {
        score *= 1.5;
        rank *= 1.5;
      }
      if (score > 0) scored.push({ sentence, score, rank, matched, outOf: total });
    }
  }
  const good = scored.filter((q) => q.score >= minShare * total);
  good.sort((a, b) => b.rank - a.rank || b.score - a.score || a.sentence.index - b.sentence.index);
  const best = good[0];
  if (!best) return [];
  // The same words twice (a title repeated as the lead) are quoted once.
  const texts = new Set<string>();
  return good
    .filter((q) => q.rank >= 0.75 * best.rank && !texts.has(q.sentence.text) && texts.add(q.sentence.text))
    .slice(0, limit)
    .map(({ rank: _, ...q }) => q);
}

/**
 * What a keyword found through another word of the same act counts, against the word itself: below
 * the share of the best score a quote needs beside it, so that a sentence with the question's own word
 * is quoted without one that only says something like it.
 */
const ALTERNATIVE_SHARE = 0.7;

/** How many articles at most are read sentence by sentence for one question. */
const MAX_ARTICLES = 25;

// The articles (among `within`, when given) that hold the most of the keywords' weight, found through
// the inverted index, so that a person with hundreds of articles costs no more than one with three.
function candidateArticles(index: FactIndex, keywords: string[], within?: Set<string>): string[] {
  if (within && within.size <= MAX_ARTICLES) return [...within];
  const score = new Map<string, number>();
  for (const k of keywords) {
    const w = index.weight(k);
    for (const id of index.articlesContaining(k))
      if (!within || within.has(id)) score.set(id, (score.get(id) ?? 0) + w);
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ARTICLES)
    .map(([id]) => id);
}

function prefixKnown(index: FactIndex, keyword: string): boolean {
  if (keyword.length < 5) return false;
  for (const k of index.keywords()) if (k.length >= 5 && k.startsWith(keyword)) return true;
  return false;
}
