/**
 * Indexes over a fact base, so that each question costs a few map look-ups instead of a scan of every
 * meeting: meetings by person and by country and articles by id, built when a base is loaded; and the
 * words of every article sentence (which words the articles know, for reading names in questions, and
 * which articles hold each keyword, for quoting the sentence that answers an open question): stored in
 * the base's index file when it has one (index-file.ts), else read in slices after loading
 * ({@link FactIndex.readWords}) and finished by the first question that needs them.
 */

import { fold } from "../text/normalize.ts";
import { ArticleWordReader, type ArticleWords, findSorted } from "./article-words.ts";
import { storedArticleWords, storedMeetingKeywords, storedMeetingOrder } from "./index-file.ts";
import { meetingCountryTable } from "./meeting-countries.ts";
import { keywordsOf, meetingKeywordsOf, recencyPositions } from "./meeting-keywords.ts";
import type { Article, FactBase, Meeting, Person } from "./types.ts";

/** One article sentence, with its stemmed keywords. */
export interface IndexedSentence {
  articleId: string;
  /** Position of the sentence in its article. */
  index: number;
  text: string;
  keywords: Set<string>;
}

/** Gives a country name one code, so that spellings compare equal (see CountryGazetteer). */
export type CountryCoder = (name: string | undefined) => string | undefined;

/** Look-up tables over one fact base. */
export class FactIndex {
  /** People and articles by id. */
  readonly people = new Map<string, Person>();
  readonly articles = new Map<string, Article>();
  /** Each person's meetings and each country's (by ISO alpha-3 code), newest first. */
  readonly meetingsByPerson = new Map<string, Meeting[]>();
  readonly meetingsByCountry = new Map<string, Meeting[]>();
  /** The country codes of each meeting: its countries, its participants' and its parties'. */
  readonly meetingCountries = new Map<Meeting, Set<string>>();
  // The articles' words: stored beside the fact base when it was saved with them (index-file.ts), else
  // read from the articles after loading, slice by slice (readWords).
  private readonly words: ArticleWords;
  private readonly reader: ArticleWordReader | undefined;
  private readonly articleSets = new Map<string, Set<string>>();
  private readonly recencyOrder: Map<Meeting, number>;
  /** Every meeting, newest first. */
  readonly byRecency: Meeting[];
  private readonly meetingWords = new WeakMap<Meeting, Set<string>>();
  // The meetings whose own words hold each keyword, newest first: built on first use.
  private meetingsByKeyword: Map<string, Meeting[]> | undefined;
  // Sentences with their keyword sets, built for an article the first time a question needs them.
  private readonly sentenceCache = new Map<string, IndexedSentence[]>();
  private meetingsByArticle: Map<string, Meeting[]> | undefined;
  private articlePositions: Map<string, number> | undefined;
  // weighArticles' reused counts by article position, and the call that last set each.
  private scores: Float64Array | undefined;
  private scoredIn: Int32Array | undefined;
  private weighings = 0;
  // Each person's folded surname, worked out on first use (see surnameOf).
  private readonly surnames = new Map<string, string | undefined>();

  constructor(
    readonly base: FactBase,
    countryCode: CountryCoder,
  ) {
    const stored = storedArticleWords(base);
    this.reader = stored ? undefined : new ArticleWordReader(base.articles);
    this.words = stored ?? (this.reader as ArticleWordReader);
    for (const person of base.people) this.people.set(person.id, person);
    for (const article of base.articles) this.articles.set(article.id, article);
    // Which countries each meeting may concern, and the meetings' order in time: stored with the base
    // when it has an index file (index-file.ts), else worked out from every person's roles.
    const order = storedMeetingOrder(base);
    const recency = order?.recency ?? recencyPositions(base);
    const table = order?.countries ?? meetingCountryTable(base);
    // Each distinct name is coded once: a base names a few hundred countries in tens of thousands of places.
    const codeOf = table.names.map((name) => countryCode(name));
    const meetings = base.meetings;
    this.byRecency = Array.from(recency, (position) => meetings[position] as Meeting);
    this.recencyOrder = new Map(this.byRecency.map((m, i) => [m, i]));
    // Meetings are filed newest first, so that each list is in that order without a sort, and most
    // questions need no sort at all.
    for (const position of recency) {
      const meeting = meetings[position] as Meeting;
      const participants = meeting.participants;
      participants.forEach((id, i) => {
        if (participants.indexOf(id) === i) push(this.meetingsByPerson, id, meeting);
      });
      const codes = new Set<string>();
      for (let at = table.start[position] as number; at < (table.start[position + 1] as number); at++) {
        const code = codeOf[table.nameIds[at] as number];
        if (code) codes.add(code);
      }
      this.meetingCountries.set(meeting, codes);
      for (const code of codes) push(this.meetingsByCountry, code, meeting);
    }
  }

  /** The words of the articles also seen in lower case (ordinary words, not names). */
  get lowerCaseWords(): ReadonlySet<string> {
    return this.words.lowerCaseWords;
  }

  /** Whether a folded word was seen in lower case in the articles (an ordinary word, not only a name). */
  isLowerCase(word: string): boolean {
    return this.words.isLowerCase(word);
  }

  /** The stems of every word of the articles. */
  get stems(): ReadonlySet<string> {
    return this.words.stems;
  }

  /** Whether every article's words have been read (always, when they were stored with the base). */
  get wordsReady(): boolean {
    return this.reader?.done ?? true;
  }

  /**
   * Reads the words of up to `count` more articles (all that remain by default), when they were not
   * stored with the base. Loading leaves this pass to the idle moments after it, and every look-up of
   * words finishes it first, so answers never see a half-read index.
   */
  readWords(count = Number.POSITIVE_INFINITY): void {
    this.reader?.readWords(count);
  }

  /** In how many articles a keyword occurs. */
  articleFrequency(keyword: string): number {
    return this.words.frequency(keyword);
  }

  /** The ids of the articles a keyword occurs in. */
  articlesContaining(keyword: string): string[] {
    return this.words.positions(keyword).map((position) => this.base.articles[position]?.id as string);
  }

  // The positions of the articles (among `within`) that hold a keyword, in the base's order (with ids
  // shared by several articles, each of their places), without walking every article of a common
  // keyword: when `within` is the smaller, each of its articles is looked up in the keyword's list (a
  // binary search), so that a question about a person with a few hundred reports does not walk the
  // thousands of articles that say "discussed".
  private positionsWithin(keyword: string, within: ReadonlySet<string>): number[] {
    const postings = this.words.postings(keyword);
    const positions: number[] = [];
    if (postings.length <= within.size || !this.idsUnique()) {
      for (let i = 0; i < postings.length; i++) {
        const position = postings[i] as number;
        if (within.has(this.base.articles[position]?.id as string)) positions.push(position);
      }
      return positions;
    }
    for (const id of within) {
      const position = this.positionOf(id);
      if (position !== undefined && findSorted(postings, position) >= 0) positions.push(position);
    }
    // In the base's order, as the keyword's list has them.
    return positions.sort((a, b) => a - b);
  }

  /**
   * The articles (among `within`, when given) that hold any of the keywords, each with the sum of the
   * weights of those it holds, listed in the order first met (keyword after keyword, each keyword's
   * articles in the base's order): what a map from id to score filled that way would hold, counted in
   * one reused array by article position instead, since a common keyword brings thousands of articles.
   */
  weighArticles(
    keywords: readonly string[],
    weightOf: (keyword: string) => number,
    within?: ReadonlySet<string>,
  ): { ids: string[]; scores: number[] } {
    const count = this.base.articles.length;
    if (this.scores?.length !== count) {
      this.scores = new Float64Array(count);
      this.scoredIn = new Int32Array(count);
    }
    const scores = this.scores;
    const scoredIn = this.scoredIn as Int32Array;
    const round = ++this.weighings;
    const unique = this.idsUnique();
    const met: number[] = [];
    for (const keyword of keywords) {
      const w = weightOf(keyword);
      const positions = within ? this.positionsWithin(keyword, within) : this.words.postings(keyword);
      for (let i = 0; i < positions.length; i++) {
        const position = positions[i] as number;
        // Articles sharing an id count as one, under the first of them (as a map by id would).
        const slot = unique
          ? position
          : (this.positionOf(this.base.articles[position]?.id as string) as number);
        if (scoredIn[slot] !== round) {
          scoredIn[slot] = round;
          scores[slot] = 0;
          met.push(slot);
        }
        scores[slot] = (scores[slot] as number) + w;
      }
    }
    return {
      ids: met.map((slot) => this.base.articles[slot]?.id as string),
      scores: met.map((slot) => scores[slot] as number),
    };
  }

  // Whether no two articles share an id (else an id stands for several places of the keyword lists).
  private idsUnique(): boolean {
    return this.positionTable().size === this.base.articles.length;
  }

  // An article's place in base.articles (the numbers the keyword lists hold).
  private positionOf(articleId: string): number | undefined {
    return this.positionTable().get(articleId);
  }

  // Built on first use.
  private positionTable(): Map<string, number> {
    if (!this.articlePositions) {
      const table = new Map<string, number>();
      this.base.articles.forEach((article, position) => {
        if (!table.has(article.id)) table.set(article.id, position);
      });
      this.articlePositions = table;
    }
    return this.articlePositions;
  }

  /** Every keyword of the articles. */
  keywords(): Iterable<string> {
    return this.words.keywords();
  }

  /**
   * A meeting's place in newest-first order (0 = the newest): by its date, else its article's
   * publication date; meetings with neither come last.
   */
  recency(meeting: Meeting): number {
    return this.recencyOrder.get(meeting) ?? this.base.meetings.length;
  }

  /** The articles that contain a keyword, as a set (built on first use). */
  articlesWith(keyword: string): Set<string> {
    let set = this.articleSets.get(keyword);
    if (!set) {
      set = new Set(this.articlesContaining(keyword));
      this.articleSets.set(keyword, set);
    }
    return set;
  }

  /** The keywords of a meeting's own words (place, occasion, evidence, agreements, topics). */
  meetingKeywords(meeting: Meeting): Set<string> {
    let keywords = this.meetingWords.get(meeting);
    if (!keywords) {
      keywords = meetingKeywordsOf(meeting);
      this.meetingWords.set(meeting, keywords);
    }
    return keywords;
  }

  /**
   * The meetings whose own words ({@link meetingKeywords}) hold a keyword, newest first. The table is
   * read from the base's index file, else built on first use from every meeting's words, so that later
   * questions without a person or country read one list instead of every meeting.
   */
  meetingsWithKeyword(keyword: string): Meeting[] {
    // Stored with the base: the list of this keyword alone, read from the stored table.
    const stored = storedMeetingKeywords(this.base);
    if (stored) {
      this.meetingsByKeyword ??= new Map();
      let list = this.meetingsByKeyword.get(keyword);
      if (!list) {
        const i = findSorted(stored.keywords, keyword);
        list = [];
        if (i >= 0)
          for (let at = stored.start[i] as number; at < (stored.start[i + 1] as number); at++)
            list.push(this.base.meetings[stored.positions[at] as number] as Meeting);
        // Bounded: questions may bring any number of words.
        if (this.meetingsByKeyword.size >= 10_000) this.meetingsByKeyword.clear();
        this.meetingsByKeyword.set(keyword, list);
      }
      return list;
    }
    if (!this.meetingsByKeyword) {
      const table = new Map<string, Meeting[]>();
      for (const meeting of this.byRecency)
        for (const k of this.meetingKeywords(meeting)) push(table, k, meeting);
      this.meetingsByKeyword = table;
    }
    return this.meetingsByKeyword.get(keyword) ?? [];
  }

  /**
   * The meetings an article reports, in the base's order (empty when none). Quoting asks this of every
   * sentence it weighs, so the table is built once, on first use, not scanned from every meeting.
   */
  meetingsReportedIn(articleId: string): readonly Meeting[] {
    if (!this.meetingsByArticle) {
      const table = new Map<string, Meeting[]>();
      for (const meeting of this.base.meetings) push(table, meeting.articleId, meeting);
      this.meetingsByArticle = table;
    }
    return this.meetingsByArticle.get(articleId) ?? [];
  }

  /** The sentences of an article (its title first), each with its keywords. */
  sentencesOf(articleId: string): IndexedSentence[] {
    let list = this.sentenceCache.get(articleId);
    if (!list) {
      const article = this.articles.get(articleId);
      list = article
        ? sentenceTexts(article).map((text, index) => ({
            articleId,
            index,
            text,
            keywords: this.keywordsOf(text),
          }))
        : [];
      // Bounded, so that a long-running bot does not end up holding every article twice.
      if (this.sentenceCache.size >= 5000) this.sentenceCache.clear();
      this.sentenceCache.set(articleId, list);
    }
    return list;
  }

  /** The stemmed keywords of a text (no stopwords). */
  keywordsOf(text: string): Set<string> {
    return keywordsOf(text);
  }

  /** How much a keyword tells: rare words weigh more (inverse document frequency over articles). */
  weight(keyword: string): number {
    const n = this.articleFrequency(keyword);
    return Math.log((this.articles.size + 1) / (n + 0.5));
  }

  /**
   * The folded last word of a person's name (of the id, for an id the base does not know), when it
   * has three letters or more (enough to find them by): remembered, since quoting asks it of every
   * participant of every report it weighs, question after question.
   */
  surnameOf(personId: string): string | undefined {
    if (this.surnames.has(personId)) return this.surnames.get(personId);
    const surname = fold(this.people.get(personId)?.name ?? personId)
      .split(" ")
      .at(-1);
    const found = surname && surname.length > 2 ? surname : undefined;
    // Bounded (ids the base does not know may come from anywhere).
    if (this.surnames.size >= 100_000) this.surnames.clear();
    this.surnames.set(personId, found);
    return found;
  }

  /** The meetings a person took part in. */
  meetingsOf(personId: string): Meeting[] {
    return this.meetingsByPerson.get(personId) ?? [];
  }

  /** Whether a folded word, or another form of it, is known from the articles (in any case). */
  knows(word: string): boolean {
    return this.words.knows(word);
  }
}

/** Adds a value to the set kept under a key, creating the set on first use. */
export function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function sentenceTexts(article: Article): string[] {
  return [...(article.title ? [article.title] : []), ...(article.sentences ?? [])];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
