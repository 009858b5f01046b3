/**
 * Feed items already handled, so that a feed polled again does not fetch its old items again, and
 * items whose page failed are retried on later polls (up to a limit) without holding up the rest.
 */
import { type Db, statements } from "./database.ts";

/** What became of a feed item. */
export type FeedItemState = "done" | "retry" | "given-up";

/** The feed-items table. */
export class FeedItemStore {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  /** The state of an item, or undefined when it was never seen. */
  state(feedUrl: string, itemKey: string): { state: FeedItemState; attempts: number } | undefined {
    return this.sql("SELECT state, attempts FROM feed_items WHERE feed_url = ? AND item_key = ?").get(
      feedUrl,
      itemKey,
    ) as { state: FeedItemState; attempts: number } | undefined;
  }

  /** Marks an item handled (ingested, or a duplicate of an article ingested before). */
  markDone(feedUrl: string, itemKey: string, now = new Date()): void {
    this.sql(
      `INSERT INTO feed_items (feed_url, item_key, state, updated_at) VALUES (?, ?, 'done', ?)
         ON CONFLICT (feed_url, item_key) DO UPDATE SET state = 'done', last_error = NULL, updated_at = excluded.updated_at`,
    ).run(feedUrl, itemKey, now.toISOString());
  }

  /** Records a failed attempt; after `maxAttempts` the item is given up. Returns the new state. */
  recordFailure(
    feedUrl: string,
    itemKey: string,
    error: string,
    maxAttempts: number,
    now = new Date(),
  ): FeedItemState {
    const attempts = (this.state(feedUrl, itemKey)?.attempts ?? 0) + 1;
    const state: FeedItemState = attempts >= maxAttempts ? "given-up" : "retry";
    this.sql(
      `INSERT INTO feed_items (feed_url, item_key, state, attempts, last_error, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (feed_url, item_key) DO UPDATE SET state = excluded.state, attempts = excluded.attempts,
           last_error = excluded.last_error, updated_at = excluded.updated_at`,
    ).run(feedUrl, itemKey, state, attempts, error, now.toISOString());
    return state;
  }
}
