/**
 * One log line per update: its id and type, the chat, the intent read in the question, and how long
 * it took. The question itself is personal data: it is logged at debug level only.
 */
import type { MiddlewareFn } from "grammy";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";

/** Middleware (install first) that times every update and logs it once handled. */
export function logUpdates(log: Logger): MiddlewareFn<ParlbotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    ctx.notes = {};
    const { update_id: updateId, ...rest } = ctx.update;
    const type = Object.keys(rest)[0] ?? "unknown";
    if (log.isLevelEnabled("debug")) {
      const text = ctx.msg?.text ?? ctx.inlineQuery?.query ?? ctx.callbackQuery?.data;
      log.debug({ updateId, chatId: ctx.chat?.id, text }, "update received");
    }
    try {
      await next();
    } finally {
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      log.info({ updateId, type, chatId: ctx.chat?.id, intent: ctx.notes.intent, latencyMs }, "update");
    }
  };
}
