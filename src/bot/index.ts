/**
 * The parlbot Telegram bot: grammY wiring over the answering core. Every reply to a question comes
 * from the {@link Answerer}; this folder only routes updates, formats for Telegram and keeps the
 * bot polite under odd input, floods and Telegram's errors.
 *
 * Middleware order: sequentialize per chat → log → groups filter → command case → language →
 * rate limit → /start, /help → extensions (subscriptions, ...) → unknown commands → inline →
 * questions → non-text hint.
 */
import { type AutoRetryOptions, autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context, type Middleware } from "grammy";
import type { BotCommand, UserFromGetMe } from "grammy/types";
import type { Logger } from "../log.ts";
import type { Answerer } from "../query/index.ts";
import { type ChatLanguages, MemoryChatLanguages } from "../store/chat-languages.ts";
import { caseInsensitiveCommands } from "./command-case.ts";
import { commands, unknownCommands } from "./commands.ts";
import type { ParlbotContext } from "./context.ts";
import { errorHandler } from "./errors.ts";
import { onlyWhenAddressed } from "./groups.ts";
import { inline } from "./inline.ts";
import { language } from "./language.ts";
import { messageLimit } from "./message-limit.ts";
import { QuestionMemory } from "./paging.ts";
import { nonText, questions } from "./questions.ts";
import { DEFAULT_RATE_LIMIT, type RateLimit, rateLimit } from "./rate-limit.ts";
import { TypingIndicator } from "./typing.ts";
import { logUpdates } from "./update-log.ts";

export type { ParlbotContext } from "./context.ts";

/** What {@link createBot} needs. */
export interface BotOptions {
  token: string;
  answerer: Answerer;
  log: Logger;
  /** The Bot API server; Telegram's by default. */
  apiRoot?: string;
  /** The bot's own user, when known (skips the getMe call: the terminal chat, tests). */
  botInfo?: UserFromGetMe;
  /** More handlers (e.g. subscriptions), installed before questions so that their commands win. */
  extensions?: Middleware<Context>[];
  /** Commands the extensions handle, for /help and Telegram's command menu. */
  extraCommands?: BotCommand[];
  /** Where chats' chosen languages are kept (/language); in memory when not given. */
  languages?: ChatLanguages;
  /** Per-user limit; false switches it off (benchmarks). */
  rateLimit?: RateLimit | false;
  /** Options for retrying 429 and 5xx answers; false switches retrying off. */
  retry?: Partial<AutoRetryOptions> | false;
}

/** The bot's key for ordering: updates of one chat (or one user, for inline queries) run in order. */
function orderKey(ctx: Context): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

/** Creates the bot (not started: see polling.ts, webhook.ts and the terminal chat). */
export function createBot(options: BotOptions): Bot<ParlbotContext> {
  const { answerer, log } = options;
  const bot = new Bot<ParlbotContext>(options.token, {
    botInfo: options.botInfo,
    client: { apiRoot: options.apiRoot },
  });
  // Every text the bot sends fits Telegram's limits, whichever handler wrote it.
  bot.api.config.use(messageLimit());
  if (options.retry !== false) {
    // Telegram's 429 carries retry_after and 5xx back off, a bounded number of times. Network
    // errors are not retried (the plugin would retry them forever): they fail the update, which
    // is logged, and the runner retries getUpdates by itself.
    bot.api.config.use(
      autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true, ...options.retry }),
    );
  }
  bot.catch(errorHandler(log));

  bot.use(sequentialize(orderKey));
  bot.use(logUpdates(log));
  bot.use(onlyWhenAddressed);
  bot.use(caseInsensitiveCommands);
  bot.use(language(options.languages ?? new MemoryChatLanguages()));
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (limit) bot.use(rateLimit(limit, log));
  bot.use(commands(answerer, options.extraCommands));
  for (const extension of options.extensions ?? []) bot.use(extension);
  bot.use(unknownCommands());
  bot.use(inline(answerer));
  bot.use(questions({ answerer, memory: new QuestionMemory(), typing: new TypingIndicator(log), log }));
  bot.use(nonText(answerer));
  return bot;
}
