/**
 * The answering core: the one door that the bot, the terminal chat and `parlbot ask` go through.
 * No answer logic lives anywhere else. Indexes are built once per fact base (constructor and
 * {@link Answerer.replace}), so that a question costs map look-ups, not scans.
 */
import { FactIndex } from "../facts/index.ts";
import { storedNameTokens } from "../facts/index-file.ts";
import { NameTokens } from "../facts/name-tokens.ts";
import type { FactBase, Meeting } from "../facts/types.ts";
import { localExamples } from "../i18n/examples.ts";
import { detectLanguage, LANGUAGES, type Language, replyLanguage } from "../i18n/language.ts";
import { parseQuestionRuKk } from "../i18n/parse.ts";
import { wordsFor } from "../i18n/words.ts";
import { type ComposeContext, compose, ENGLISH, type Words } from "./compose/index.ts";
import { type CountryGazetteer, countryGazetteer } from "./countries.ts";
import { exampleQuestions } from "./examples.ts";
import { formatDate, personLabel, whereAndWhen } from "./format.ts";
import { withNameReplaced } from "./name-in-question.ts";
import { parseQuestion, type QuestionParse } from "./parse.ts";
import { PersonMatcher } from "./people.ts";
import { type NameSuggestion, Reply, type Source } from "./reply.ts";

/** Where a fact comes from, as cited under an answer. */
export type AnswerSource = Source;

/** What the question parser understood. */
export interface ParsedQuestion {
  intent: string;
  people: { id: string; name: string }[];
  /** Country names (common English names). */
  countries: string[];
  dateRange?: { start?: string; end?: string; month?: number; day?: number };
  keywords: string[];
  /** Words that look like names but name nobody in the fact base. */
  unknownNames: string[];
}

/** A known name offered for a name in the question, and the question asked again with it. */
export interface Suggestion {
  name: string;
  question: string;
}

/** One answer, ready to send. */
export interface Answer {
  question: string;
  /** Exactly what the bot sends, as plain text. */
  text: string;
  /** The same reply in Telegram HTML (every piece of article text escaped). */
  html: string;
  sources: AnswerSource[];
  parsed: ParsedQuestion;
  /** The language of the reply. */
  language: Language;
  /** 0-based page shown, and how many pages the full answer has (the bot pages with More/Back). */
  page: number;
  pageCount: number;
  /** Names offered for names the base does not know ("Did you mean …?"), each with its question. */
  suggestions: Suggestion[];
}

/** Something a user can subscribe to. */
export type Subject =
  | { kind: "person"; id: string; name: string; description: string }
  | { kind: "country"; name: string }
  | { kind: "all" }
  | { kind: "watch-name"; name: string };

/** What the fact base holds, for /start. */
export interface Stats {
  articles: number;
  people: number;
  meetings: number;
  newest?: string;
}

/** The longest question read; longer text is cut (a Telegram message is at most 4,096 characters). */
export const MAX_QUESTION_LENGTH = 500;

// A link typed in a message: "https://…", "http://…", "www.…".
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;

// A name as people write one: "Jane Newcomer", "Mohammed bin Rashid Al Maktoum", "O'Neill", "Kim Jong-un",
// "Кошанов", in any script, with no digit, slash, colon, "@" or other sign.
const WRITTEN_AS_A_NAME = /^\p{L}[\p{L}\p{M}.'’ -]*$/u;

/** Answers questions from one fact base; {@link Answerer.replace} swaps in a newer one without a restart. */
export class Answerer {
  private base!: FactBase;
  private index!: FactIndex;
  private people!: PersonMatcher;
  private readonly countries: CountryGazetteer = countryGazetteer();
  private readonly now: () => Date;
  private readonly words: Words;
  // Per language, built once per base at first use: /start, greetings and off-topic replies show
  // them often, and a single question from the command line seldom needs any.
  private exampleLists = new Map<Language, string[]>();

  constructor(base: FactBase, options: { now?: () => Date; words?: Words } = {}) {
    this.now = options.now ?? (() => new Date());
    this.words = options.words ?? ENGLISH;
    this.replace(base);
  }

  /** Example questions this fact base answers, in `language` (for /start, greetings and off-topic replies). */
  examples(language: Language = "en"): string[] {
    let list = this.exampleLists.get(language);
    if (!list) {
      if (!LANGUAGES.includes(language)) return [];
      list = language === "en" ? exampleQuestions(this.base) : localExamples(this.base, language);
      this.exampleLists.set(language, list);
    }
    return list;
  }

  /** Replaces the fact base (after new articles were ingested) and rebuilds the indexes. */
  replace(base: FactBase): void {
    const index = new FactIndex(base, (name) => this.countries.code(name));
    // The articles' words are read after loading (see readWords): the matcher asks for them only when
    // it reads a question, by which time the first question's look-up has finished reading them.
    const ordinaryWords = { has: (word: string) => index.isLowerCase(word) };
    // The name words stored with the base are in the order of the index's people (by id, as there).
    const stored = storedNameTokens(base);
    const fits = stored?.tokenStart.length === index.people.size + 1;
    const people = new PersonMatcher(
      index.people,
      ordinaryWords,
      (w) => index.knows(w),
      stored && fits ? new NameTokens(stored, [...index.people.keys()]) : undefined,
    );
    // Swap all at once, so that a question never sees a half-built state.
    this.base = base;
    this.index = index;
    this.people = people;
    this.exampleLists = new Map();
    readWordsWhenIdle(index, () => this.index === index);
  }

  /** The fact base answers are built from. */
  facts(): FactBase {
    return this.base;
  }

  /** Parses a question without answering it (for logs and tests). */
  parse(question: string): QuestionParse {
    const cleaned = clean(question);
    // A link is no part of a question: its pieces ("https", "com") would be read as unknown names.
    const text = cleaned.replace(LINK, " ").replace(/\s+/g, " ").trim();
    const link = text !== cleaned ? { hadLink: true as const } : {};
    // Russian and Kazakh questions have their own parser; what it reads has the same shape.
    const language = detectLanguage(text);
    if (language === "ru" || language === "kk")
      return {
        ...parseQuestionRuKk(text, { index: this.index, people: this.people, now: this.now() }),
        ...link,
      };
    return {
      ...parseQuestion(text, {
        index: this.index,
        people: this.people,
        countries: this.countries,
        now: this.now(),
      }),
      ...link,
    };
  }

  /**
   * Answers one question; `page` selects a page of a long list. The reply is in the question's
   * language; `language` is used when the question does not tell (no letters), else English.
   */
  answer(question: string, options: { page?: number; language?: Language } = {}): Answer {
    const q = this.parse(question);
    const language = replyLanguage(question, options.language);
    // English replies use the answerer's own table (a caller may give another); other languages their catalogue's.
    const words = language === "en" ? this.words : wordsFor(language);
    const ctx: ComposeContext = {
      index: this.index,
      people: this.people,
      countries: this.countries,
      words,
      examples: () => this.examples(language),
    };
    const reply = compose(ctx, q);
    const rendered = reply.render(options.page ?? 0, this.index.articles, words);
    const suggestions = askedAgain(question, reply.suggestions);
    return { question, ...rendered, parsed: this.summarize(q), language, suggestions };
  }

  private summarize(q: QuestionParse): ParsedQuestion {
    const people = q.people
      .flatMap((p) => p.ids)
      .map((id) => ({ id, name: this.index.people.get(id)?.name ?? id }));
    const d = q.date;
    return {
      intent: q.intent,
      people,
      countries: q.countries.map((c) => this.countries.name(c)),
      ...(d ? { dateRange: { start: d.start, end: d.end, month: d.month, day: d.day } } : {}),
      keywords: q.keywords,
      unknownNames: q.unknownNames,
    };
  }

  /** Resolves the subject of /subscribe or /unsubscribe ("Koshanov", "Mongolia", "all"). */
  resolveSubject(text: string): Subject | undefined {
    const t = clean(text);
    if (!t) return undefined;
    if (/^(all|everything|everyone|\*)$/i.test(t)) return { kind: "all" };
    const q = this.parse(t);
    const mention = q.people[0];
    if (mention && !mention.alternatives.length) {
      const person = this.index.people.get(mention.ids[0] as string);
      if (person)
        return { kind: "person", id: person.id, name: person.name, description: personLabel(person) };
    }
    const code = q.countries[0];
    if (code && !q.people.length) return { kind: "country", name: this.countries.name(code) };
    // A name still unknown is watched for only when it is written as names are (letters, spaces, dots,
    // hyphens, apostrophes): a link, an address or code is no one's name.
    if (WRITTEN_AS_A_NAME.test(t)) return { kind: "watch-name", name: t };
    return undefined;
  }

  /** A short summary of one meeting with its source, for notifications (in `language`, English by default). */
  summarizeMeeting(
    meeting: Meeting,
    language: Language = "en",
  ): { text: string; html: string; sources: AnswerSource[] } {
    const words = wordsFor(language);
    const names = meeting.participants.map((id) => this.index.people.get(id)?.name ?? id);
    const sides = [...names, ...meeting.parties.map((p) => p.description)];
    const verb = meeting.status === "planned" ? words.verbToMeet : words.verbMet;
    const reply = new Reply();
    reply.add(
      [meeting.articleId],
      { bold: sides.join(words.and) || words.aMeeting },
      ` ${verb} ${whereAndWhen(meeting, words, this.index.articles.get(meeting.articleId)?.published)}`,
    );
    if (meeting.agreements.length)
      reply.add([meeting.articleId], `${words.signedWhat} ${meeting.agreements.join("; ")}`);
    const article = this.index.articles.get(meeting.articleId);
    const articles = new Map(this.index.articles);
    if (!article) articles.set(meeting.articleId, { id: meeting.articleId });
    const { text, html, sources } = reply.render(0, articles, words);
    return { text, html, sources };
  }

  /** Counts for /start. */
  stats(): Stats {
    let newest: string | undefined;
    for (const a of this.base.articles)
      if (a.published && (!newest || a.published > newest)) newest = a.published;
    return {
      articles: this.base.articles.length,
      people: this.base.people.length,
      meetings: this.base.meetings.length,
      newest,
    };
  }
}

/** A date in words, for callers that show the newest article ("4 September 2025"). */
export { formatDate };

// The question asked again with each name suggested in place of the name typed (where it is found).
function askedAgain(question: string, suggestions: readonly NameSuggestion[]): Suggestion[] {
  return suggestions.flatMap(({ name, replaces }) => {
    const asked = withNameReplaced(clean(question), replaces, name);
    return asked ? [{ name, question: asked }] : [];
  });
}

// Control characters out, white space folded, very long input cut.
function clean(text: string): string {
  return String(text ?? "")
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}

// Articles whose words are read in one turn of the event loop: a few milliseconds, so that a question
// arriving meanwhile waits little (and then finishes the reading itself).
const WORDS_SLICE = 200;

/**
 * Reads the words of a new index slice by slice while the process is otherwise idle, until it is done
 * or the index is replaced. The timers do not keep the process alive: a command that exits before the
 * reading is done loses nothing.
 */
function readWordsWhenIdle(index: FactIndex, isCurrent: () => boolean): void {
  const step = () => {
    if (index.wordsReady || !isCurrent()) return;
    index.readWords(WORDS_SLICE);
    setTimeout(step, 0).unref();
  };
  setTimeout(step, 0).unref();
}
