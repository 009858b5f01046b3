/**
 * The subscription side of a running bot in one place: the database, the ingester, the /subscribe
 * commands, and the background services (inbox watcher, feed poller, paced outbox sender).
 *
 * Wiring in `parlbot start`:
 *
 *     const subs = openSubscriptions({ answerer, options: config, log });
 *     const bot = createBot({ ..., composers: [subs.composer] });
 *     subs.start(bot.api);          // after the bot exists; before or after bot.start()
 *     ...on shutdown: await subs.stop();
 */
import type { Api, Composer, Context } from "grammy";
import { subscriptionsComposer } from "../bot/subscriptions.ts";
import type { LiveFactBase } from "../facts/live.ts";
import type { Answerer } from "../query/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { FeedPoller } from "./feed-poller.ts";
import { DEFAULT_FETCH_LIMITS } from "./fetch.ts";
import { type IncomingArticle, Ingester, type IngestResult } from "./ingester.ts";
import type { Log } from "./log.ts";
import { Pacer, type PacingOptions, pacingAt, TELEGRAM_PACING } from "./pacer.ts";
import { OutboxSender } from "./sender.ts";
import { InboxWatcher } from "./watcher.ts";

/** Settings of the subscription services; the names match the bot's validated config. */
export interface SubscriptionServicesOptions {
  databasePath: string;
  factsPath: string;
  /** The live fact base file; given, a rewrite of it (or of its committed base) is picked up while running. */
  live?: LiveFactBase;
  /** The folder watched for new article files; unset: no watcher. */
  inboxDir?: string;
  feedUrls?: readonly string[];
  feedIntervalMs?: number;
  adminChatIds?: readonly number[];
  /** Messages per second overall (the config's SEND_RATE; 0 switches pacing off); default: Telegram's limits. */
  sendRate?: number;
  /** Sending limits, when a caller sets both itself; default: from `sendRate`. */
  pacing?: PacingOptions;
  /** Whether feed items and /ingest may fetch from loopback and private addresses; default: no. */
  fetchAllowPrivate?: boolean;
}

/** The subscription side of a bot, opened; {@link Subscriptions.start} runs its background services. */
export interface Subscriptions {
  store: Store;
  ingester: Ingester;
  /** /subscribe, /unsubscribe, /subscriptions, /ingest and uploads, for the bot to install. */
  composer: Composer<Context>;
  /** Ingests a batch and wakes the sender. */
  ingest(batch: IncomingArticle[]): IngestResult;
  /** Starts the watcher, the feed poller and the sender (sending through `api`). */
  start(api: Pick<Api, "sendMessage">): void;
  /** Stops the services (the message in flight is settled first) and closes the database. */
  stop(): Promise<void>;
}

/** Opens the database and builds the ingester and the commands; nothing runs in the background yet. */
export function openSubscriptions(args: {
  answerer: Answerer;
  options: SubscriptionServicesOptions;
  log: Log;
}): Subscriptions {
  const { answerer, options, log } = args;
  const pacing =
    options.pacing ?? (options.sendRate === undefined ? TELEGRAM_PACING : pacingAt(options.sendRate));
  const store = openStore(options.databasePath);
  const fetchLimits = { ...DEFAULT_FETCH_LIMITS, allowPrivate: options.fetchAllowPrivate ?? false };
  let sender: OutboxSender | undefined;
  const ingester = new Ingester({
    store,
    answerer,
    factsPath: options.factsPath,
    live: options.live,
    log,
    onQueued: () => sender?.wake(),
  });
  ingester.reconcile();
  const ingest = (batch: IncomingArticle[]) => ingester.ingest(batch);
  const composer = subscriptionsComposer({
    subscriptions: store.subscriptions,
    answerer,
    adminChatIds: options.adminChatIds ?? [],
    ingest,
    fetchLimits,
  });
  const stoppers: (() => Promise<void>)[] = [];

  return {
    store,
    ingester,
    composer,
    ingest,
    start(api) {
      sender = new OutboxSender({
        outbox: store.outbox,
        subscriptions: store.subscriptions,
        pacer: new Pacer(pacing),
        log,
        send: (chatId, html) =>
          api.sendMessage(chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } }),
      });
      sender.start();
      const s = sender;
      stoppers.push(() => s.stop());
      // Articles another process ingested (`parlbot ingest`) join the answers within seconds; their
      // notifications are in the outbox already, which the sender polls. A fact base rewritten by
      // `parlbot extract` is loaded, and the ingested articles merged back into it.
      const reconciling = setInterval(() => {
        try {
          const rewritten = options.live?.reloadIfRewritten();
          if (rewritten) {
            answerer.replace(rewritten);
            log.info(`fact base: reloaded (${rewritten.articles.length} articles) after a rewrite`);
          }
          ingester.reconcile({ force: !!rewritten });
        } catch (error) {
          log.error(`fact base: ${(error as Error).message}`);
        }
      }, 2000);
      stoppers.push(async () => clearInterval(reconciling));
      if (options.inboxDir) {
        const watcher = new InboxWatcher({ dir: options.inboxDir, ingest, log });
        watcher.start();
        stoppers.push(() => watcher.stop());
      }
      if (options.feedUrls?.length) {
        const poller = new FeedPoller({
          urls: options.feedUrls,
          intervalMs: options.feedIntervalMs ?? 15 * 60_000,
          feedItems: store.feedItems,
          articles: store.articles,
          ingest,
          log,
          limits: fetchLimits,
        });
        poller.start();
        stoppers.push(() => poller.stop());
      }
    },
    async stop() {
      // Producers first, so the sender's last round sees everything they queued.
      for (const stop of stoppers.reverse()) await stop();
      store.close();
    },
  };
}

/** Opens the subscriptions and starts their background services at once. */
export function startSubscriptionServices(args: {
  api: Pick<Api, "sendMessage">;
  answerer: Answerer;
  options: SubscriptionServicesOptions;
  log: Log;
}): Subscriptions {
  const subs = openSubscriptions(args);
  subs.start(args.api);
  return subs;
}
