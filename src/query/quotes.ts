/**
 * Quoting the article sentence that answers an open question ("Which conflict did Babloyan raise?"): a
 * small text retrieval in the manner of BM25, over the inverted index the fact index already keeps.
 * Each sentence is scored by the question's keywords it contains, each weighing by its rarity across
 * the articles (inverse document frequency) and, for ranking, by its rarity among the sentences of its
 * own article (a word the whole report repeats names the report, not the sentence that answers). The
 * sentences of an article that names the question's entities (its people, countries, cities, names,
 * date) rank higher, and a reply quotes one article. (BM25's length normalisation was tried and left
 * out: it favours titles, and the sentences that answer are the long ones.) Names are left out of the
 * keywords by the caller, because every sentence of an article about a person names them.
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
  /**
   * How {@link bestSentences} ranked it: the score with each word weighed by its rarity in the article
   * too, and the article's share of the question's entities; comparable between two calls.
   */
  rank?: number;
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
  /**
   * The entities the question names (a person, a country, a city, a proper name), each as the set of
   * articles that name it: the sentences of an article naming more of them rank higher.
   */
  entities?: ReadonlySet<string>[];
  /** Keywords that stand for what the question asks for ("why": the purpose), not for words it has. */
  central?: string[];
  /**
   * The question's own words, of which the articles must know one: when they know none, a quote found
   * through the rest (a date word, a country) answers something else ("what is the weather today?").
   */
  needOneOf?: string[];
  /**
   * What the question asks for, shown by the form of the answering sentence rather than by a word ("how
   * long": "a five-day visit"): each key is had by the sentences it `shows`, and weighs as the heaviest
   * of the question's words. A sentence must have one of the question's words besides.
   */
  shapes?: { key: string; shows: (text: string) => number }[];
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
  const entities = options.entities ?? [];
  const shapes = new Map((options.shapes ?? []).map((shape) => [shape.key, shape.shows]));
  // The share of the question's entities an article names.
  const entityShare = (id: string) =>
    entities.length ? entities.filter((e) => e.has(id)).length / entities.length : 0;
  const inArticles = (k: string) => index.articleFrequency(k) > 0;
  const forms = (k: string) => [k, ...(alternatives?.(k) ?? []).filter(inArticles)];
  // A keyword no article has as such may begin longer words they have ("travel": "travelling").
  const longer = new Map<string, string[]>();
  for (const k of keywords) if (!forms(k).some(inArticles)) longer.set(k, longerForms(index, k));
  const isKnown = (k: string) =>
    forms(k).some(inArticles) || (longer.get(k) ?? longerForms(index, k)).length > 0;
  const known = keywords.filter((k) => shapes.has(k) || isKnown(k));
  // A shape alone ("how long was the X-Y meeting?": only names besides) is looked for only in the
  // articles given (the subject's); anywhere, it needs a word of the question, if only a country's.
  if (!known.some((k) => !shapes.has(k)) && !(shapes.size && (secondary.some(isKnown) || articleIds)))
    return [];
  if (options.needOneOf?.length && !options.needOneOf.some(isKnown)) return [];
  // A keyword found through another word weighs as the commonest of its words: a rare synonym does not
  // make it count more than the word asked.
  const weightOf = (k: string) =>
    shapes.has(k) && !forms(k).some(inArticles)
      ? 0
      : inArticles(k)
        ? index.weight(k)
        : Math.min(...[...forms(k).filter(inArticles), ...(longer.get(k) ?? [])].map((f) => index.weight(f)));
  const weights = new Map(known.map((k) => [k, weightOf(k)]));
  // What the question asks for ("why": the purpose) weighs as much as its heaviest other word: found
  // through common words ("part", "due"), it would otherwise weigh least, though it is the point.
  const central = new Set([...(options.central ?? []), ...shapes.keys()]);
  const rest = known.filter((k) => !central.has(k)).map((k) => weights.get(k) ?? 0);
  const heaviest = Math.max(0, ...rest);
  for (const k of central) if (weights.has(k)) weights.set(k, Math.max(weights.get(k) ?? 0, heaviest));
  // A shape with no words of its own, asked beside nothing but country words, weighs as the heaviest of those.
  for (const k of shapes.keys())
    if (!weights.get(k))
      weights.set(k, Math.max(MIN_SHAPE_WEIGHT, ...secondary.map((w) => 0.5 * index.weight(w))));
  const others = new Map([...known, ...secondary].map((k) => [k, forms(k).slice(1)]));
  const ownWord = new Map(known.map((k) => [k, inArticles(k)]));
  const secondarySet = new Set<string>();
  for (const k of secondary)
    if (!weights.has(k) && isKnown(k)) {
      weights.set(k, 0.5 * index.weight(k));
      secondarySet.add(k);
    }
  // A shape adds to a sentence's score, not to what a sentence must reach: a sentence with the question's
  // words is as good a match without it ("Minister Orsk presented the bill" for "who presented the bill?").
  const total = known.reduce((sum, k) => sum + (shapes.has(k) ? 0 : (weights.get(k) ?? 0)), 0);
  const ids = candidateArticles(
    index,
    // A shape's words may be none of the answer's ("until May 2" for "how long"): its country words find it too.
    [
      ...known.flatMap((k) => [...forms(k), ...(longer.get(k) ?? [])]),
      ...(shapes.size ? [...secondarySet] : []),
    ],
    articleIds ? new Set(articleIds) : undefined,
    entityShare,
  );
  const scored: Required<Quote>[] = [];
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
        const shows = shapes.get(k);
        // A shape is had by its form, else (at less) by one of its words; never by the key as a word.
        const has = shows
          ? Math.max(
              shows(sentence.text),
              others.get(k)?.some((f) => sentence.keywords.has(f)) ? ALTERNATIVE_SHARE : 0,
            )
          : sentence.keywords.has(k)
            ? 1
            : others.get(k)?.some((f) => sentence.keywords.has(f))
              ? ownWord.get(k)
                ? ALTERNATIVE_SHARE
                : 1
              : k.length >= 5 && hasPrefixForm(sentence.keywords, k)
                ? 0.7
                : 0;
        if (!has) continue;
        share.set(k, has);
        if (!repeated) spread.set(k, (spread.get(k) ?? 0) + 1);
      }
      return share;
    });
    const boost = 1 + ENTITY_BOOST * entityShare(id);
    for (const [i, sentence] of sentences.entries()) {
      if (accept && !accept(sentence)) continue;
      // A sentence having nothing but the shape of an answer answers some other question, unless it is in
      // a report of the question's subject that names all it names (a purpose seldom repeats where to).
      if (
        [...(shares[i]?.keys() ?? [])].every((k) => shapes.has(k)) &&
        !(articleIds && entityShare(id) === 1)
      )
        continue;
      let score = 0;
      let rank = 0;
      const matched: string[] = [];
      for (const [k, has] of shares[i] ?? []) {
        const w = (weights.get(k) ?? 0) * has;
        score += w;
        rank += w / (spread.get(k) ?? 1) ** SPREAD_DAMPING;
        matched.push(k);
      }
      rank *= boost;
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
  // A sentence with nothing but the question's country words says nothing of what it asks: it is
  // quoted only when no sentence has any of the question's own words.
  const primary = (q: Quote) => q.matched.some((k) => !secondarySet.has(k));
  const anyPrimary = scored.some(primary);
  const good = scored.filter((q) => q.score >= minShare * total && (!anyPrimary || primary(q)));
  good.sort((a, b) => b.rank - a.rank || b.score - a.score || a.sentence.index - b.sentence.index);
  const best = good[0];
  if (!best) return [];
  // The same words twice (a title repeated as the lead) are quoted once; and one report is quoted, so that
  // a reply does not set a sentence of another event beside the answer.
  const texts = new Set<string>();
  return good
    .filter(
      (q) =>
        q.sentence.articleId === best.sentence.articleId &&
        q.rank >= 0.75 * best.rank &&
        !texts.has(q.sentence.text) &&
        texts.add(q.sentence.text),
    )
    .slice(0, limit);
}

// Whether a sentence has a keyword of five letters or more that begins the keyword or begins with it
// ("travel", "travelling"): a loop, not a copy of the set, since it runs for every sentence weighed.
function hasPrefixForm(keywords: ReadonlySet<string>, keyword: string): boolean {
  for (const s of keywords)
    if (s.length >= 5 && (s.startsWith(keyword) || keyword.startsWith(s))) return true;
  return false;
}

/**
 * What a keyword found through another word of the same act counts, against the word itself: below
 * the share of the best score a quote needs beside it, so that a sentence with the question's own word
 * is quoted without one that only says something like it.
 */
const ALTERNATIVE_SHARE = 0.7;

/**
 * How much an article's share of the question's entities adds to the multiplier of its sentences'
 * rank (1 + this × share: an article naming all of them triples it): the entities say which report the
 * question is about. (At 1, measured on the dev corpus, reports naming another city of the same
 * country outranked the one asked about.)
 */
const ENTITY_BOOST = 2;

/**
 * How much a keyword's weight falls with the number of its article's sentences that hold it: the
 * exponent of that number (0: not at all; 1: divided by it).
 */
const SPREAD_DAMPING = 0.25;

/** The least weight of a shape asked with no other word that weighs (a question of only names). */
const MIN_SHAPE_WEIGHT = 1;

/** How many articles at most are read sentence by sentence for one question. */
const MAX_ARTICLES = 25;

// The articles (among `within`, when given) that hold the most of the keywords' weight, found through
// the inverted index, so that a person with hundreds of articles costs no more than one with three.
function candidateArticles(
  index: FactIndex,
  keywords: string[],
  within: Set<string> | undefined,
  entityShare: (id: string) => number,
): string[] {
  if (within && within.size <= MAX_ARTICLES) return [...within];
  const { ids, scores } = index.weighArticles([...new Set(keywords)], (k) => index.weight(k), within);
  // The MAX_ARTICLES best, ties in the order met (a stable sort of all of them, without sorting them
  // all): an article whose score could not beat the last kept even were it to name every entity is
  // passed over unweighed.
  const best: { id: string; value: number }[] = [];
  ids.forEach((id, i) => {
    const s = scores[i] as number;
    const last = best.length === MAX_ARTICLES ? (best.at(-1)?.value as number) : undefined;
    if (last !== undefined && s * (1 + ENTITY_BOOST) <= last) return;
    const value = s * (1 + ENTITY_BOOST * entityShare(id));
    if (last !== undefined && value <= last) return;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.value as number) < value) at--;
    best.splice(at, 0, { id, value });
    if (best.length > MAX_ARTICLES) best.pop();
  });
  return best.map((b) => b.id);
}

// The keywords of the articles that begin with a keyword of five letters or more (at most a few).
function longerForms(index: FactIndex, keyword: string): string[] {
  const found: string[] = [];
  if (keyword.length < 5) return found;
  for (const k of index.keywords())
    if (k.length > keyword.length && k.startsWith(keyword) && found.push(k) >= MAX_LONGER) break;
  return found;
}

// How many longer words at most stand for a keyword no article has.
const MAX_LONGER = 10;
