/**
 * Errors: every error in a handler reaches {@link errorHandler} (installed with `bot.catch`), is
 * logged with its stack, and the user gets a short apology, never the stack. Calls that are not
 * essential to a reply (the "typing" action, registering commands) go through {@link bestEffort}:
 * a failure is a warning, never a lost reply.
 */
import type { BotError } from "grammy";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { replies } from "./texts.ts";

/** Runs a call whose failure must not stop anything; logs it as a warning. */
export async function bestEffort<T>(
  log: Logger,
  what: string,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    log.warn({ err }, `${what} failed (ignored)`);
    return undefined;
  }
}

/** The handler for `bot.catch`: log the error, apologise to the user if there is one. */
export function errorHandler(log: Logger): (error: BotError<ParlbotContext>) => Promise<void> {
  return async (error) => {
    const ctx = error.ctx;
    log.error({ err: error.error, updateId: ctx.update.update_id, chatId: ctx.chat?.id }, "update failed");
    if (ctx.callbackQuery) {
      await bestEffort(log, "answerCallbackQuery", () =>
        ctx.answerCallbackQuery({ text: replies(ctx.language ?? "en").failed }),
      );
    } else if (ctx.inlineQuery) {
      await bestEffort(log, "answerInlineQuery", () => ctx.answerInlineQuery([], { cache_time: 0 }));
    } else if (ctx.chat) {
      await bestEffort(log, "apology", () => ctx.reply(replies(ctx.language ?? "en").failed));
    }
  };
}
