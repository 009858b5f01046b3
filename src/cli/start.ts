/**
 * `parlbot start`: the Telegram bot when TELEGRAM_BOT_TOKEN is set (long polling, or a webhook
 * server when WEBHOOK_URL is set), otherwise the same bot as a chat in the terminal. Stops cleanly
 * on SIGINT/SIGTERM (updates in flight are finished) or, in the terminal, at end of input.
 */
import { existsSync } from "node:fs";
import type { Api, Context, Middleware } from "grammy";
import type { BotCommand } from "grammy/types";
import { pino } from "pino";
import { allCommands } from "../bot/commands.ts";
import { createBot } from "../bot/index.ts";
import { startPolling } from "../bot/polling.ts";
import type { RunningBot } from "../bot/startup.ts";
import { startWebhook } from "../bot/webhook.ts";
import { type Config, ConfigError, loadConfig } from "../config.ts";
import { LiveFactBase } from "../facts/live.ts";
import { subscriptionsAddOn } from "../ingest/add-on.ts";
import { createLogger, type Logger } from "../log.ts";
import { Answerer } from "../query/index.ts";
import { type ChatLanguages, MemoryChatLanguages } from "../store/chat-languages.ts";
import { OFFLINE_BOT, offlineBanner, runTerminalChat } from "../terminal/chat.ts";
import { warmDateParsers } from "../text/chrono.ts";

/** What another part of parlbot adds to the running bot (e.g. subscriptions and the inbox watcher). */
export interface BotAddOn {
  /** grammY middleware installed before the question handler (commands, buttons). */
  extensions?: Middleware<Context>[];
  /** The commands those handle, for /help and Telegram's menu. */
  commands?: BotCommand[];
  /** Where the chats' chosen languages (/language) are kept, when the add-on has a database. */
  languages?: ChatLanguages;
  /** Called once the bot runs, with the API to send messages through (Telegram or the terminal). */
  start?(api: Api): Promise<void> | void;
  /** Called before exit. */
  stop?(): Promise<void> | void;
}

/** Builds an add-on from what the bot runs on. */
export type AddOnFactory = (deps: {
  config: Config;
  answerer: Answerer;
  log: Logger;
  /** The live fact base file the answers come from. */
  facts: LiveFactBase;
}) => BotAddOn | Promise<BotAddOn>;

/** The add-ons `parlbot start` installs. */
const ADD_ONS: AddOnFactory[] = [subscriptionsAddOn];

/** How long stopping may take before the process exits anyway (the issue allows 5 s in all). */
export const STOP_DEADLINE_MS = 4000;

/** How long the process may linger once `start` has returned, for its last log lines. */
export const LINGER_MS = 300;

/**
 * Resolves at the first SIGINT or SIGTERM. From then on the process has {@link STOP_DEADLINE_MS}
 * to stop cleanly; past it, or at a second signal, it exits at once. Exiting mid-way is safe: the
 * outbox and the inbox and feed states are in SQLite, so work in flight is done after a restart.
 */
function untilSignal(log: Logger): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      log.info({ signal }, "stopping");
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      const exitNow = () => {
        log.warn("stopping took too long: exiting now; unfinished work resumes at the next start");
        process.exit(0);
      };
      setTimeout(exitNow, STOP_DEADLINE_MS).unref();
      process.once("SIGINT", exitNow).once("SIGTERM", exitNow);
      resolve();
    };
    process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  });
}

/**
 * Loads the live fact base (created from the committed one on first start); with neither, an empty
 * base (articles may be ingested later), with a warning (the terminal chat says so in its banner).
 */
function loadFacts(facts: LiveFactBase, config: Config, log: Logger, offline: boolean) {
  const base = facts.load();
  if (!offline && base.articles.length === 0 && !existsSync(config.factsPath))
    log.warn({ path: config.baseFactsPath }, 'no fact base yet (run "parlbot extract"): starting with none');
  return base;
}

/** Runs `parlbot start`; resolves with the exit code. */
export async function runStart(options: { addOns?: AddOnFactory[] } = {}): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`parlbot start: ${err.message}\nSee .env.example for every variable.`);
    return 1;
  }
  const offline = !config.telegramBotToken;
  const log = createLogger({
    level: config.logLevel ?? (offline ? "warn" : "info"),
    secrets: [config.telegramBotToken, config.webhookSecret],
    // The terminal chat owns standard output; its logs go to standard error.
    destination: offline ? pino.destination({ dest: 2, sync: true }) : undefined,
  });

  let running: RunningBot | undefined;
  let addOns: BotAddOn[] = [];
  // Listening from the start: a signal while the bot is still starting stops it too.
  const signalled = untilSignal(log);
  try {
    const facts = new LiveFactBase({ livePath: config.factsPath, basePath: config.baseFactsPath });
    const answerer = new Answerer(loadFacts(facts, config, log, offline));
    // chrono's first use costs up to a quarter of a second; paid now, while the bot connects or the
    // terminal waits for a question, not by the first user who names a date or asks in Russian.
    setImmediate(warmDateParsers);
    addOns = await Promise.all(
      (options.addOns ?? ADD_ONS).map((make) => make({ config, answerer, log, facts })),
    );
    const extraCommands = addOns.flatMap((a) => a.commands ?? []);
    // One record for the bot and the terminal chat, whose own lines follow the language /language chose.
    const languages = addOns.find((a) => a.languages)?.languages ?? new MemoryChatLanguages();
    const bot = createBot({
      token: config.telegramBotToken ?? "offline",
      apiRoot: config.telegramApiRoot,
      botInfo: offline ? OFFLINE_BOT : undefined,
      answerer,
      log,
      extensions: addOns.flatMap((a) => a.extensions ?? []),
      extraCommands,
      languages,
      // One person typing (or piping a file of questions) in a terminal needs no rate limit.
      rateLimit: offline ? false : undefined,
    });
    const commands = allCommands(extraCommands);

    if (offline) {
      const interactive = !!(process.stdin.isTTY && process.stdout.isTTY);
      const interrupted = new AbortController();
      void signalled.then(() => interrupted.abort());
      const chat = runTerminalChat(bot, {
        signal: interrupted.signal,
        input: process.stdin,
        output: process.stdout,
        interactive,
        languages,
        banner: offlineBanner(config.factsPath, answerer.stats(), !existsSync(config.factsPath)),
      });
      for (const addOn of addOns) await addOn.start?.(bot.api);
      await chat;
      return 0;
    }

    const starting =
      config.webhookUrl && config.webhookSecret
        ? startWebhook(
            bot,
            {
              url: config.webhookUrl,
              secret: config.webhookSecret,
              port: config.port,
              timeoutMs: config.telegramTimeoutMs,
            },
            commands,
            log,
          )
        : startPolling(bot, commands, log, { apiTimeoutMs: config.telegramTimeoutMs });
    const started = await Promise.race([starting, signalled]);
    if (!started) return 0; // stopped while starting
    running = started;
    for (const addOn of addOns) await addOn.start?.(bot.api);
    await signalled;
    return 0;
  } catch (err) {
    // One line that says what to check; the stack only for whoever asked for debug logs.
    log.debug({ err }, "start failure details");
    // A log collector (output not a terminal) gets the failure as a log line too, without the stack.
    if (!offline && !process.stdout.isTTY)
      log.fatal({ reason: (err as Error).message }, "parlbot start failed");
    console.error(`parlbot start: ${(err as Error).message}`);
    return 1;
  } finally {
    // The bot first, so that updates in flight finish before add-ons close what they use.
    await running?.stop();
    for (const addOn of addOns) await addOn.stop?.();
  }
}
