/**
 * Polling RSS/Atom feeds (FEED_URLS) every FEED_INTERVAL: each new item's page is fetched and its
 * main text ingested. A feed or page that fails is logged and tried again on a later poll (an item
 * up to `maxItemAttempts` times) while the other feeds and items go on. The new items of one poll
 * are ingested as one batch, so a subscriber gets one digest for them.
 */
import Parser from "rss-parser";
import type { ParsedArticle } from "../corpus/article.ts";
import type { ArticleStore } from "../store/articles.ts";
import type { FeedItemStore } from "../store/feed-items.ts";
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchText, isHttpUrl } from "./fetch.ts";
import type { IncomingArticle } from "./ingester.ts";
import type { Log } from "./log.ts";
import { readUrl } from "./sources.ts";

/** What the poller needs. */
export interface FeedPollerOptions {
  urls: readonly string[];
  intervalMs: number;
  feedItems: FeedItemStore;
  articles: ArticleStore;
  /** Ingests one poll's new articles as one batch. */
  ingest: (batch: IncomingArticle[]) => unknown;
  log: Log;
  limits?: FetchLimits;
  maxItemAttempts?: number;
}

/** What one poll did. */
export interface PollResult {
  ingested: number;
  failedItems: number;
  failedFeeds: number;
}

/** Polls a set of feeds on a timer. */
export class FeedPoller {
  private readonly parser = new Parser();
  private timer?: NodeJS.Timeout;
  private polling?: Promise<PollResult>;
  private stopped = false;
  /** Aborts the fetches of a poll in progress when the bot stops. */
  private readonly stopping = new AbortController();

  constructor(private readonly options: FeedPollerOptions) {}

  /** Polls now, then every interval. */
  start(): void {
    if (this.options.urls.length === 0) return;
    const tick = () => {
      if (this.stopped) return;
      this.polling = this.poll()
        .catch((error) => {
          this.options.log.error(`feeds: ${oneLine(error)}; will try again on the next poll`);
          return { ingested: 0, failedItems: 0, failedFeeds: 0 };
        })
        .finally(() => {
          this.polling = undefined;
          if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
        });
    };
    tick();
  }

  /**
   * Stops polling: a poll in progress has its fetches aborted and ingests nothing, so stopping takes
   * no longer than a fetch takes to notice. Its items are not marked done: the next start polls them.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    clearTimeout(this.timer);
    await this.polling?.catch(() => undefined);
  }

  /** Polls every feed once. */
  async poll(): Promise<PollResult> {
    const { urls, feedItems, log } = this.options;
    const result: PollResult = { ingested: 0, failedItems: 0, failedFeeds: 0 };
    const batch: (IncomingArticle & { feedUrl: string; itemKey: string })[] = [];
    for (const feedUrl of urls) {
      if (this.stopped) return result;
      let items: Parser.Item[];
      try {
        const feed = await fetchText(feedUrl, this.limits());
        items = (await this.parser.parseString(feed.text)).items ?? [];
      } catch (error) {
        result.failedFeeds++;
        log.warn(`feed ${feedUrl}: ${oneLine(error)}; will try again on the next poll`);
        continue;
      }
      for (const item of items) {
        if (this.stopped) return result;
        const link = item.link?.trim();
        const itemKey = item.guid?.trim() || link || item.title?.trim();
        if (!itemKey) continue;
        const seen = feedItems.state(feedUrl, itemKey);
        if (seen && seen.state !== "retry") continue;
        if (!link || !isHttpUrl(link)) {
          feedItems.recordFailure(feedUrl, itemKey, "no http(s) link", 1);
          log.warn(`feed ${feedUrl}: item "${item.title ?? itemKey}" has no http(s) link; skipped`);
          continue;
        }
        if (this.options.articles.hasUrl(link)) {
          feedItems.markDone(feedUrl, itemKey);
          continue;
        }
        try {
          const article = await this.fetchItem(link, item);
          batch.push({ article, source: link, feedUrl, itemKey });
        } catch (error) {
          if (this.stopped) return result; // aborted by stop(): not the item's fault
          result.failedItems++;
          const state = feedItems.recordFailure(
            feedUrl,
            itemKey,
            oneLine(error),
            this.options.maxItemAttempts ?? 5,
          );
          log.warn(
            `feed ${feedUrl}: item ${link}: ${oneLine(error)}; ${state === "retry" ? "will try again on the next poll" : "given up"}`,
          );
        }
      }
    }
    if (batch.length && !this.stopped) {
      await this.options.ingest(batch);
      for (const b of batch) feedItems.markDone(b.feedUrl, b.itemKey);
      result.ingested = batch.length;
    }
    return result;
  }

  private fetchItem(link: string, item: Parser.Item): Promise<ParsedArticle> {
    const published = item.isoDate?.slice(0, 10);
    return readUrl(link, { title: item.title?.trim(), published }, this.limits());
  }

  private limits(): FetchLimits {
    return { ...(this.options.limits ?? DEFAULT_FETCH_LIMITS), signal: this.stopping.signal };
  }
}

function oneLine(error: unknown): string {
  return ((error as Error)?.message ?? String(error)).split("\n")[0] ?? "";
}
