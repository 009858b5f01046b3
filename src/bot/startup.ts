/**
 * What every way of running the bot does at start (learn who the bot is, register its commands),
 * and the handle it returns.
 */
import { type Bot, GrammyError } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { bestEffort } from "./errors.ts";

/** How long a start-up call to the Bot API may take unless told otherwise (grammY's own default is 500 s). */
export const DEFAULT_API_TIMEOUT_MS = 15_000;

/** The signal type grammY's API methods take (its own AbortSignal declaration). */
type ApiSignal = Parameters<Bot["api"]["getMe"]>[0];

/** An abort signal that fires after `ms` (default {@link DEFAULT_API_TIMEOUT_MS}), for one Bot API call. */
export function apiTimeout(ms = DEFAULT_API_TIMEOUT_MS): ApiSignal {
  return AbortSignal.timeout(ms) as unknown as ApiSignal;
}

/** A bot receiving updates (by long polling or webhook). */
export interface RunningBot {
  /** Stops receiving updates and resolves once the updates in flight are handled. */
  stop(): Promise<void>;
}

/** A start-up failure the operator can fix; its message says what to check, and needs no stack. */
export class StartError extends Error {
  override name = "StartError";
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
  timeoutMs = DEFAULT_API_TIMEOUT_MS,
): Promise<void> {
  try {
    // getMe directly rather than bot.init(), which retries a network error forever: a wrong
    // TELEGRAM_API_ROOT should stop the start with a message, not hang it. A server that accepts
    // the connection and never answers is given `timeoutMs`, not grammY's 500 s.
    if (!bot.isInited()) bot.botInfo = await bot.api.getMe(apiTimeout(timeoutMs));
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 401) {
      throw new StartError(
        "Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather",
      );
    }
    if (err instanceof GrammyError) {
      throw new StartError(
        `the Bot API refused getMe (${err.error_code}: ${err.description}): check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT`,
      );
    }
    const timedOut = /abort|timed? ?out/i.test(
      `${(err as Error).message} ${String((err as Error & { error?: unknown }).error ?? "")}`,
    );
    throw new StartError(
      timedOut
        ? `the Bot API at TELEGRAM_API_ROOT did not answer getMe within ${Math.round(timeoutMs / 1000)} s: check TELEGRAM_API_ROOT and the network`
        : `cannot reach the Bot API: check TELEGRAM_API_ROOT and the network (${(err as Error).message})`,
    );
  }
  await bestEffort(log, "setMyCommands", () =>
    bot.api.setMyCommands(commands, undefined, apiTimeout(timeoutMs)),
  );
  log.info({ username: bot.botInfo.username }, "bot ready");
}
