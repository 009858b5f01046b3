/**
 * Per-user rate limiting with @grammyjs/ratelimiter: a user who sends more than `limit` updates in
 * `timeFrameMs` gets one polite reply and is then ignored until the window ends, so one user
 * cannot starve the others.
 */
import { limit } from "@grammyjs/ratelimiter";
import type { MiddlewareFn } from "grammy";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { bestEffort } from "./errors.ts";
import { replies } from "./texts.ts";

/** How many updates a user may send in a time frame. */
export interface RateLimit {
  limit: number;
  timeFrameMs: number;
}

/** A person can hardly type more than this; pressing More quickly still fits. */
export const DEFAULT_RATE_LIMIT: RateLimit = { limit: 10, timeFrameMs: 10_000 };

/** The rate-limiting middleware. */
export function rateLimit(settings: RateLimit, log: Logger): MiddlewareFn<ParlbotContext> {
  return limit<ParlbotContext, never>({
    limit: settings.limit,
    timeFrame: settings.timeFrameMs,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      ctx.notes.intent = "rate-limited";
      log.warn({ userId: ctx.from?.id, chatId: ctx.chat?.id }, "rate limit exceeded");
      if (ctx.callbackQuery) {
        await bestEffort(log, "answerCallbackQuery", () =>
          ctx.answerCallbackQuery({ text: replies(ctx.language).rateLimited }),
        );
      } else if (ctx.inlineQuery) {
        await bestEffort(log, "answerInlineQuery", () => ctx.answerInlineQuery([], { cache_time: 0 }));
      } else if (ctx.chat) {
        await bestEffort(log, "rate-limit reply", () => ctx.reply(replies(ctx.language).rateLimited));
      }
    },
  });
}
