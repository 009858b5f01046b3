/**
 * What every way of running the bot does at start (learn who the bot is, register its commands),
 * and the handle it returns.
 */
import { type Bot, GrammyError } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { bestEffort } from "./errors.ts";

/** A bot receiving updates (by long polling or webhook). */
export interface RunningBot {
  /** Stops receiving updates and resolves once the updates in flight are handled. */
  stop(): Promise<void>;
}

/**
 * Calls getMe (a token Telegram rejects, or a Bot API server that cannot be reached, fails here, with a clear message, rather than in a retry
 * loop) and registers the command menu, best-effort: a Bot API server that does not implement
 * setMyCommands (telegram-test-api) costs a warning, not the bot.
 */
export async function prepareBot(
  bot: Bot<ParlbotContext>,
  commands: BotCommand[],
  log: Logger,
): Promise<void> {
  try {
    // getMe directly rather than bot.init(), which retries a network error forever: a wrong
    // TELEGRAM_API_ROOT should stop the start with a message, not hang it.
    if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 401) {
      throw new Error(
        "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather",
      );
    }
    throw new Error(`cannot reach the Bot API (check TELEGRAM_API_ROOT): ${(err as Error).message}`);
  }
  await bestEffort(log, "setMyCommands", () => bot.api.setMyCommands(commands));
  log.info({ username: bot.botInfo.username }, "bot ready");
}
