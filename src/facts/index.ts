/**
 * Indexes over a fact base, built once when a base is loaded so that each question costs a few map
 * look-ups instead of a scan of every meeting: meetings by person and by country, articles by id, and
 * the words of every article sentence (for quoting the sentence that answers an open question).
 */
import { forEachWord, STOPWORDS, stem, tokenize } from "../query/text.ts";
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
  readonly people = new Map<string, Person>();
  readonly articles = new Map<string, Article>();
  readonly meetingsByPerson = new Map<string, Meeting[]>();
  readonly meetingsByCountry = new Map<string, Meeting[]>();
  /** The country codes of each meeting: its countries, its participants' and its parties'. */
  readonly meetingCountries = new Map<Meeting, Set<string>>();
  /** Meetings with a participant whose country is unknown: they may involve any country. */
  readonly openCountry = new Set<Meeting>();
  /** In how many articles each keyword occurs, to weigh rare words above common ones. */
  readonly keywordFrequency = new Map<string, number>();
  /** The articles each keyword occurs in. */
  readonly articlesByKeyword = new Map<string, string[]>();
  /** Every folded word of the articles, and those also seen in lower case (ordinary words, not names). */
  readonly words = new Set<string>();
  readonly lowerCaseWords = new Set<string>();
  /** The stems of every word of the articles. */
  readonly stems = new Set<string>();
  // Sentences with their keyword sets, built for an article the first time a question needs them.
  private readonly sentenceCache = new Map<string, IndexedSentence[]>();

  constructor(
    readonly base: FactBase,
    countryCode: CountryCoder,
  ) {
    for (const person of base.people) this.people.set(person.id, person);
    for (const article of base.articles) this.articles.set(article.id, article);
    for (const meeting of base.meetings) {
      for (const id of new Set(meeting.participants)) push(this.meetingsByPerson, id, meeting);
      const codes = new Set<string>();
      const add = (name: string | undefined) => {
        const code = countryCode(name);
        if (code) codes.add(code);
      };
      for (const c of meeting.countries ?? []) add(c);
      for (const p of meeting.parties ?? []) add(p.country);
      for (const id of meeting.participants) {
        const person = this.people.get(id);
        if (!person?.country && !person?.roles.some((r) => r.country)) this.openCountry.add(meeting);
        add(person?.country);
        for (const role of person?.roles ?? []) if (role.articleId === meeting.articleId) add(role.country);
      }
      this.meetingCountries.set(meeting, codes);
      for (const code of codes) push(this.meetingsByCountry, code, meeting);
    }
    // One pass over every word of every article, counting only: each distinct word is looked at once
    // (its stem, whether it is a keyword), each occurrence costs a map look-up and a set insertion.
    const seen = new Map<string, { keyword?: string; lower: boolean }>();
    const inArticle = new Set<string>();
    for (const article of base.articles) {
      inArticle.clear();
      for (const text of sentenceTexts(article)) {
        forEachWord(text, (word, lowerCase) => {
          let info = seen.get(word);
          if (!info) {
            info = { keyword: isKeyword(word) ? stem(word) : undefined, lower: false };
            seen.set(word, info);
            this.words.add(word);
            this.stems.add(stem(word));
          }
          if (lowerCase && !info.lower) {
            info.lower = true;
            this.lowerCaseWords.add(word);
          }
          if (info.keyword) inArticle.add(info.keyword);
        });
      }
      for (const k of inArticle) {
        this.keywordFrequency.set(k, (this.keywordFrequency.get(k) ?? 0) + 1);
        push(this.articlesByKeyword, k, article.id);
      }
    }
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
    const out = new Set<string>();
    for (const word of tokenize(text).folded) if (isKeyword(word)) out.add(stem(word));
    return out;
  }

  /** How much a keyword tells: rare words weigh more (inverse document frequency over articles). */
  weight(keyword: string): number {
    const n = this.keywordFrequency.get(keyword) ?? 0;
    return Math.log((this.articles.size + 1) / (n + 0.5));
  }

  /** The meetings a person took part in. */
  meetingsOf(personId: string): Meeting[] {
    return this.meetingsByPerson.get(personId) ?? [];
  }

  /** Whether a folded word, or another form of it, is known from the articles (in any case). */
  knows(word: string): boolean {
    return this.words.has(word) || this.stems.has(stem(word));
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

function isKeyword(word: string): boolean {
  return !STOPWORDS.has(word) && (word.length > 2 || /\d/.test(word));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
