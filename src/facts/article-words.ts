/**
 * The words of a fact base's articles: which folded words occur (and which also in lower case, the
 * ordinary words), their stems, and for each keyword the articles that hold it (an inverted index).
 * Two forms answer the same look-ups: {@link ArticleWordReader} reads the articles itself, slice by
 * slice (a pass over every sentence, seconds for 10,000 articles), and {@link StoredArticleWords}
 * reads the tables that the reader wrote beside the fact base when it was saved (see index-file.ts),
 * sorted so that a look-up is a binary search and loading builds nothing.
 */
import { compareCodeUnits } from "../text/compare.ts";
import { forEachWord } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import type { Article } from "./types.ts";

/** What the answering side asks of the articles' words. */
export interface ArticleWords {
  /** Whether a folded word, or another form of it, occurs in the articles (in any case). */
  knows(word: string): boolean;
  /** Whether a folded word was seen in lower case (an ordinary word, not only a name). */
  isLowerCase(word: string): boolean;
  /** The words also seen in lower case. */
  readonly lowerCaseWords: ReadonlySet<string>;
  /** The stems of every word. */
  readonly stems: ReadonlySet<string>;
  /** In how many articles a keyword occurs. */
  frequency(keyword: string): number;
  /** The positions (in base.articles) of the articles a keyword occurs in, in order. */
  positions(keyword: string): readonly number[];
  /** The same positions as {@link positions}, in order, without copying them (not to be changed). */
  postings(keyword: string): ArrayLike<number>;
  /** Every keyword. */
  keywords(): Iterable<string>;
}

/** The tables of {@link StoredArticleWords}: sorted word lists and numbers, as written to disk. */
export interface ArticleWordTables {
  /** Every folded word, sorted. */
  words: string[];
  /** Per word: (its keyword's place in `keywords` + 1) × 2, plus 1 when it was seen in lower case. */
  wordInfo: Int32Array;
  /** Every stem, sorted. */
  stems: string[];
  /** Every keyword (a stem of a word that is not a stopword), sorted. */
  keywords: string[];
  /** Where each keyword's article positions start in `postings` (one more entry than keywords). */
  postingStart: Int32Array;
  /** The article positions of every keyword, keyword after keyword, each list in article order. */
  postings: Int32Array;
}

/** Whether a folded word counts as a keyword: no stopword, and three letters or more (or a number). */
export function isKeyword(word: string): boolean {
  return !STOPWORDS.has(word) && (word.length > 2 || /\d/.test(word));
}

/** Reads the articles' words itself, a slice of articles at a time ({@link readWords}). */
export class ArticleWordReader implements ArticleWords {
  // Keywords are numbered; per number: in how many articles it occurs and which (by position).
  private readonly keywordIds = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly lists: number[][] = [];
  // Every folded word, with (keyword number + 1) × 2, plus 1 once it was seen in lower case.
  private readonly seen = new Map<string, number>();
  private readonly lowerCase = new Set<string>();
  private readonly stemSet = new Set<string>();
  // The last article each keyword was counted for: counts each keyword once per article, no set needed.
  private readonly lastArticle: number[] = [];
  // How many articles have had their words read.
  private read = 0;

  constructor(private readonly articles: readonly Article[]) {}

  /** Whether every article's words have been read. */
  get done(): boolean {
    return this.read >= this.articles.length;
  }

  /**
   * Reads the words of up to `count` more articles (all that remain by default). Every look-up
   * finishes the reading first, so that answers never see a half-read index.
   */
  readWords(count = Number.POSITIVE_INFINITY): void {
    const articles = this.articles;
    const end = Math.min(articles.length, this.read + count);
    if (this.read >= end) return;
    // One pass over every word of every article, counting only: each distinct word is looked at once
    // (its stem, whether it is a keyword), each occurrence costs a map look-up.
    const seen = this.seen;
    const lastArticle = this.lastArticle;
    let position = this.read;
    const visit = (word: string, lowerCase: boolean) => {
      let info = seen.get(word);
      if (info === undefined) {
        const wordStem = stem(word);
        info = (isKeyword(word) ? this.keywordId(wordStem) + 1 : 0) * 2;
        seen.set(word, info);
        this.stemSet.add(wordStem);
      }
      if (lowerCase && (info & 1) === 0) {
        info |= 1;
        seen.set(word, info);
        this.lowerCase.add(word);
      }
      const k = (info >> 1) - 1;
      if (k >= 0 && lastArticle[k] !== position) {
        lastArticle[k] = position;
        (this.counts[k] as number)++;
        (this.lists[k] as number[]).push(position);
      }
    };
    for (; position < end; position++) {
      const article = articles[position] as Article;
      if (article.title) forEachWord(article.title, visit);
      for (const sentence of article.sentences ?? []) forEachWord(sentence, visit);
      // The dateline counts as the article's words too: it often names the place of the meeting.
      forEachWord(article.dateline ?? "", visit);
    }
    this.read = end;
  }

  private keywordId(keyword: string): number {
    let id = this.keywordIds.get(keyword);
    if (id === undefined) {
      id = this.counts.length;
      this.keywordIds.set(keyword, id);
      this.counts.push(0);
      this.lists.push([]);
    }
    return id;
  }

  knows(word: string): boolean {
    this.readWords();
    return this.seen.has(word) || this.stemSet.has(stem(word));
  }

  isLowerCase(word: string): boolean {
    this.readWords();
    return this.lowerCase.has(word);
  }

  get lowerCaseWords(): ReadonlySet<string> {
    this.readWords();
    return this.lowerCase;
  }

  get stems(): ReadonlySet<string> {
    this.readWords();
    return this.stemSet;
  }

  frequency(keyword: string): number {
    this.readWords();
    const id = this.keywordIds.get(keyword);
    return id === undefined ? 0 : (this.counts[id] as number);
  }

  positions(keyword: string): readonly number[] {
    this.readWords();
    const id = this.keywordIds.get(keyword);
    return id === undefined ? [] : (this.lists[id] as number[]);
  }

  postings(keyword: string): ArrayLike<number> {
    return this.positions(keyword);
  }

  keywords(): Iterable<string> {
    this.readWords();
    return this.keywordIds.keys();
  }

  /** Everything read, as the sorted tables that {@link StoredArticleWords} answers from. */
  tables(): ArticleWordTables {
    this.readWords();
    const keywords = [...this.keywordIds.keys()].sort(compareCodeUnits);
    const place = new Int32Array(this.counts.length);
    keywords.forEach((k, i) => {
      place[this.keywordIds.get(k) as number] = i;
    });
    const words = [...this.seen.keys()].sort(compareCodeUnits);
    const wordInfo = Int32Array.from(words, (w) => {
      const info = this.seen.get(w) as number;
      const k = (info >> 1) - 1;
      return ((k >= 0 ? (place[k] as number) + 1 : 0) << 1) | (info & 1);
    });
    const postingStart = new Int32Array(keywords.length + 1);
    keywords.forEach((k, i) => {
      postingStart[i + 1] =
        (postingStart[i] as number) + (this.lists[this.keywordIds.get(k) as number] as number[]).length;
    });
    const postings = new Int32Array(postingStart[keywords.length] as number);
    keywords.forEach((k, i) => {
      postings.set(this.lists[this.keywordIds.get(k) as number] as number[], postingStart[i]);
    });
    return {
      words,
      wordInfo,
      stems: [...this.stemSet].sort(compareCodeUnits),
      keywords,
      postingStart,
      postings,
    };
  }
}

/** The articles' words as stored beside the fact base: look-ups are binary searches in sorted lists. */
export class StoredArticleWords implements ArticleWords {
  private lowerCaseSet: Set<string> | undefined;
  private stemsSet: Set<string> | undefined;

  constructor(private readonly t: ArticleWordTables) {}

  knows(word: string): boolean {
    return findSorted(this.t.words, word) >= 0 || findSorted(this.t.stems, stem(word)) >= 0;
  }

  isLowerCase(word: string): boolean {
    const i = findSorted(this.t.words, word);
    return i >= 0 && ((this.t.wordInfo[i] as number) & 1) === 1;
  }

  get lowerCaseWords(): ReadonlySet<string> {
    if (!this.lowerCaseSet) {
      const set = new Set<string>();
      this.t.words.forEach((w, i) => {
        if (((this.t.wordInfo[i] as number) & 1) === 1) set.add(w);
      });
      this.lowerCaseSet = set;
    }
    return this.lowerCaseSet;
  }

  get stems(): ReadonlySet<string> {
    this.stemsSet ??= new Set(this.t.stems);
    return this.stemsSet;
  }

  frequency(keyword: string): number {
    const i = findSorted(this.t.keywords, keyword);
    return i < 0 ? 0 : (this.t.postingStart[i + 1] as number) - (this.t.postingStart[i] as number);
  }

  positions(keyword: string): readonly number[] {
    return Array.from(this.postings(keyword));
  }

  postings(keyword: string): ArrayLike<number> {
    const i = findSorted(this.t.keywords, keyword);
    if (i < 0) return NO_POSTINGS;
    return this.t.postings.subarray(this.t.postingStart[i], this.t.postingStart[i + 1]);
  }

  keywords(): Iterable<string> {
    return this.t.keywords;
  }
}

const NO_POSTINGS = new Int32Array(0);

/**
 * The place of a value in a sorted list, or -1: strings in code-unit order ({@link compareCodeUnits}),
 * numbers ascending (an article position in a keyword's list).
 */
export function findSorted<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const here = sorted[middle] as T;
    if (here === value) return middle;
    if (here < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
