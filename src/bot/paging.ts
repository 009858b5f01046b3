/**
 * More/Back buttons for long answers. Telegram limits callback data to 64 bytes, too little for a
 * question, so the question stays in a bounded in-memory cache under a short random key and the
 * button carries only "p:<key>:<page>". A key that has expired (or a bot restarted since) is
 * recognised and the user is asked to ask again.
 */
import { randomBytes } from "node:crypto";
import { InlineKeyboard } from "grammy";
import { LRUCache } from "lru-cache";
import { isLanguage, type Language } from "../i18n/language.ts";
import { hasNextPage } from "../query/reply.ts";

/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** The page of a remembered question that a chat saw last. */
export interface ShownPage {
  key: string;
  page: number;
  pageCount: number;
}

/** Remembers questions whose answers have more than one page, and each chat's latest such page. */
export class QuestionMemory {
  private readonly cache: LRUCache<string, string>;
  private readonly lastPages: LRUCache<number, ShownPage>;

  /** @param max how many questions to keep; @param ttlMs how long a More button keeps working */
  constructor(max = 10_000, ttlMs = 24 * 60 * 60 * 1000) {
    this.cache = new LRUCache({ max, ttl: ttlMs });
    this.lastPages = new LRUCache({ max, ttl: ttlMs });
  }

  /** Records the page a chat was just shown, so that "more" typed in words can go on from it. */
  shown(chatId: number, page: ShownPage): void {
    this.lastPages.set(chatId, page);
  }

  /** The page a chat saw last of a question still remembered, or undefined. */
  lastShown(chatId: number): ShownPage | undefined {
    const page = this.lastPages.get(chatId);
    return page && this.cache.has(page.key) ? page : undefined;
  }

  /** Stores a question and returns its key (8 URL-safe characters). */
  remember(question: string): string {
    const key = randomBytes(6).toString("base64url");
    this.cache.set(key, question);
    return key;
  }

  /** The question behind a key, or undefined when it has expired or was never seen. */
  recall(key: string): string | undefined {
    return this.cache.get(key);
  }
}

/** What a button of the bot's own carries. */
export type ButtonData =
  | { kind: "page"; key: string; page: number }
  | { kind: "ask"; question: string }
  | { kind: "asked"; key: string }
  | { kind: "example"; language: Language; index: number };

/** Callback data for a page of a remembered question. */
export function pageData(key: string, page: number): string {
  return `p:${key}:${page}`;
}

/** Callback data that asks a question (example buttons), or undefined when it would not fit. */
export function askData(question: string): string | undefined {
  const data = `q:${question}`;
  return Buffer.byteLength(data) <= CALLBACK_DATA_LIMIT ? data : undefined;
}

/** Callback data that asks a remembered question again ("a:<key>"), for a question too long to carry. */
export function rememberedData(key: string): string {
  return `a:${key}`;
}

/**
 * Callback data for the `index`-th example question of a language ("e:ru:1"): for an example too long
 * to carry itself (Cyrillic takes two bytes a letter), asked again from the examples when pressed.
 */
export function exampleData(language: Language, index: number): string {
  return `e:${language}:${index}`;
}

/**
 * Reads callback data made by {@link pageData}, {@link askData}, {@link rememberedData} or
 * {@link exampleData}; undefined for anything else.
 */
export function parseButtonData(data: string): ButtonData | undefined {
  const page = /^p:([\w-]{1,16}):(\d{1,6})$/.exec(data);
  if (page?.[1] && page[2]) return { kind: "page", key: page[1], page: Number(page[2]) };
  const asked = /^a:([\w-]{1,16})$/.exec(data);
  if (asked?.[1]) return { kind: "asked", key: asked[1] };
  if (data.startsWith("q:") && data.length > 2) return { kind: "ask", question: data.slice(2) };
  const example = /^e:([a-z]{2}):(\d{1,2})$/.exec(data);
  if (example && isLanguage(example[1]))
    return { kind: "example", language: example[1], index: Number(example[2]) };
  return undefined;
}

/** "Back" and "More" buttons for page `page` (0-based) of `pageCount`; undefined for a single page. */
export function pageKeyboard(
  key: string,
  page: number,
  pageCount: number,
  labels: { back: string; more: string } = { back: "‹ Back", more: "More ›" },
): InlineKeyboard | undefined {
  if (pageCount <= 1) return undefined;
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text(labels.back, pageData(key, page - 1));
  if (hasNextPage({ page, pageCount })) keyboard.text(labels.more, pageData(key, page + 1));
  return keyboard;
}

/**
 * One button per example question of `language`, one per row: a question that fits in callback data
 * carries itself, a longer one its place among the language's examples.
 */
export function examplesKeyboard(questions: string[], language: Language = "en"): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const [i, question] of questions.entries())
    keyboard.text(question, askData(question) ?? exampleData(language, i)).row();
  return keyboard;
}
