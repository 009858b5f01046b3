/**
 * Long polling with @grammyjs/runner: updates are handled concurrently, and in order within one
 * chat (the bot installs `sequentialize`). Stopping ends polling, then waits for the updates in
 * flight to be handled (their replies sent).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { run } from "@grammyjs/runner";
import type { Bot, BotError, Transformer } from "grammy";
import type { BotCommand, Update } from "grammy/types";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { apiTimeout, prepareBot, type RunningBot } from "./startup.ts";

/** The updates the bot handles (Telegram sends only these). */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

/** Polls waiting longer than this were held open by the server: no pause needed after them. */
const HELD_OPEN_MS = 1000;

/**
 * Telegram holds getUpdates open until an update arrives, but a Bot API server that answers at
 * once with nothing (a local test server) would be polled in a tight loop: pause after such an
 * empty answer. Also logs failed polls (the runner retries them).
 */
export function pollingPace(pauseMs: number, log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    const started = Date.now();
    try {
      const result = await prev(method, payload, signal);
      const empty = result.ok && Array.isArray(result.result) && result.result.length === 0;
      if (empty && Date.now() - started < HELD_OPEN_MS && !signal?.aborted) {
        // Stopping the bot aborts the pause too.
        await sleep(pauseMs, undefined, { signal: signal as AbortSignal | undefined }).catch(() => undefined);
      }
      return result;
    } catch (err) {
      if (!signal?.aborted) log.warn({ err }, "getUpdates failed; retrying");
      throw err;
    }
  };
}

/** Starts long polling. */
export async function startPolling(
  bot: Bot<ParlbotContext>,
  commands: BotCommand[],
  log: Logger,
  options: { idlePauseMs?: number; apiTimeoutMs?: number } = {},
): Promise<RunningBot> {
  await prepareBot(bot, commands, log, options.apiTimeoutMs);
  bot.api.config.use(pollingPace(options.idlePauseMs ?? 20, log));
  // Polling and a webhook exclude each other: a webhook left over from webhook mode would starve us.
  await bot.api.deleteWebhook(undefined, apiTimeout(options.apiTimeoutMs));
  // The runner's stop() ends polling but does not wait for the updates it handed out: track them.
  const inFlight = new Set<Promise<void>>();
  const tracked = {
    api: bot.api,
    init: () => bot.init(),
    errorHandler: (error: BotError<ParlbotContext>) => bot.errorHandler(error),
    handleUpdate(update: Update): Promise<void> {
      const handling = bot.handleUpdate(update);
      inFlight.add(handling);
      const forget = () => void inFlight.delete(handling);
      handling.then(forget, forget);
      return handling;
    },
  };
  const handle = run(tracked, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true } });
  log.info("long polling started");
  return {
    async stop() {
      if (handle.isRunning()) await handle.stop();
      await Promise.allSettled([...inFlight]);
      log.info("long polling stopped");
    },
  };
}
