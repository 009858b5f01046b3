/**
 * The answering core: the one door that the bot, the terminal chat and `parlbot ask` go through.
 * No answer logic lives anywhere else.
 *
 * NOTE: this file fixes the API; its first implementation is a placeholder that knows nothing.
 */
import type { FactBase, Meeting } from "../facts/types.ts";

/** Where a fact comes from, as cited under an answer. */
export interface AnswerSource {
  articleId: string;
  file?: string;
  url?: string;
  published?: string;
  outlet?: string;
  title?: string;
}

/** What the question parser understood. */
export interface ParsedQuestion {
  intent: string;
  people: { id: string; name: string }[];
  countries: string[];
  dateRange?: { start?: string; end?: string };
  keywords: string[];
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
  /** 0-based page shown, and how many pages the full answer has (the bot pages with More/Back). */
  page: number;
  pageCount: number;
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

/** Answers questions from one fact base; {@link Answerer.replace} swaps in a newer one without a restart. */
export class Answerer {
  private base: FactBase;

  constructor(base: FactBase, _options: { now?: () => Date } = {}) {
    this.base = base;
  }

  /** Replaces the fact base (after new articles were ingested). */
  replace(base: FactBase): void {
    this.base = base;
  }

  /** The fact base answers are built from. */
  facts(): FactBase {
    return this.base;
  }

  /** Answers one question; `page` selects a page of a long list. */
  answer(question: string, options: { page?: number } = {}): Answer {
    const text = "I don't know.";
    return {
      question,
      text,
      html: text,
      sources: [],
      parsed: { intent: "unknown", people: [], countries: [], keywords: [] },
      page: options.page ?? 0,
      pageCount: 1,
    };
  }

  /** Resolves the subject of /subscribe or /unsubscribe ("Koshanov", "Mongolia", "all"). */
  resolveSubject(text: string): Subject | undefined {
    const t = text.trim();
    if (!t) return undefined;
    if (/^all$/i.test(t)) return { kind: "all" };
    return { kind: "watch-name", name: t };
  }

  /** A short summary of one meeting with its source, for notifications. */
  summarizeMeeting(meeting: Meeting): { text: string; html: string; sources: AnswerSource[] } {
    const text = meeting.evidence;
    return { text, html: text, sources: [] };
  }

  /** Counts for /start. */
  stats(): Stats {
    const dates = this.base.articles
      .map((a) => a.published)
      .filter((d): d is string => !!d)
      .sort();
    return {
      articles: this.base.articles.length,
      people: this.base.people.length,
      meetings: this.base.meetings.length,
      newest: dates.at(-1),
    };
  }
}
