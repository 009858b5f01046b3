/**
 * The durable outbox: every notification is a row here before anything is sent.
 *
 * A row goes pending → sending → sent (or failed). "sending" is committed *before* the request to
 * Telegram and "sent" right after its answer, so after a crash the only rows whose fate is unknown
 * are those still marked "sending": at most the few requests that were in flight (the sender keeps
 * one per chat and few overall). The Bot API offers no idempotency key and no way to ask whether a
 * message arrived, so those rows are sent again ({@link Outbox.recoverInterrupted}): a message
 * Telegram may already have got is repeated rather than one it may not have got being lost. Every
 * other row is sent exactly once. `dedupe_key` makes queuing idempotent: an ingest re-run after a
 * crash cannot queue the same notification twice.
 */
import { type Db, statements } from "./database.ts";

/** Where a notification is in its life. */
export type OutboxState = "pending" | "sending" | "sent" | "failed";

/** A notification to queue. */
export interface OutboxMessage {
  chatId: number;
  /** Unique per notification: the same key queued twice is one notification. */
  dedupeKey: string;
  /** The message, in Telegram HTML. */
  html: string;
}

/** A queued notification. */
export interface OutboxRow extends OutboxMessage {
  id: number;
  state: OutboxState;
  attempts: number;
  /** Epoch milliseconds before which the row must not be sent (a 429 or a back-off). */
  notBefore: number;
  lastError?: string;
}

interface Row {
  id: number;
  chat_id: number;
  dedupe_key: string;
  html: string;
  state: OutboxState;
  attempts: number;
  not_before: number;
  last_error: string | null;
}

const toOutboxRow = (r: Row): OutboxRow => ({
  id: r.id,
  chatId: r.chat_id,
  dedupeKey: r.dedupe_key,
  html: r.html,
  state: r.state,
  attempts: r.attempts,
  notBefore: r.not_before,
  lastError: r.last_error ?? undefined,
});

/** The outbox table. */
export class Outbox {
  private readonly sql: ReturnType<typeof statements>;

  constructor(db: Db) {
    this.sql = statements(db);
  }

  /** Queues notifications (call inside the ingest transaction); returns how many were new. */
  enqueue(messages: readonly OutboxMessage[], now = new Date()): number {
    const insert = this.sql(
      "INSERT OR IGNORE INTO outbox (chat_id, dedupe_key, html, created_at) VALUES (?, ?, ?, ?)",
    );
    let added = 0;
    for (const m of messages) added += insert.run(m.chatId, m.dedupeKey, m.html, now.toISOString()).changes;
    return added;
  }

  /** After a crash: rows left in "sending" are sent again (see the file comment). Returns how many. */
  recoverInterrupted(): number {
    return this.sql("UPDATE outbox SET state = 'pending' WHERE state = 'sending'").run().changes;
  }

  /** Pending rows that may be sent at `now`, oldest first. */
  due(now: number, limit: number): OutboxRow[] {
    const rows = this.sql(
      "SELECT * FROM outbox WHERE state = 'pending' AND not_before <= ? ORDER BY id LIMIT ?",
    ).all(now, limit) as Row[];
    return rows.map(toOutboxRow);
  }

  /** The earliest time after `now` at which a pending row becomes due, if any. */
  nextDue(now: number): number | undefined {
    const row = this.sql(
      "SELECT min(not_before) AS t FROM outbox WHERE state = 'pending' AND not_before > ?",
    ).get(now) as {
      t: number | null;
    };
    return row.t ?? undefined;
  }

  /** Marks a pending row as being sent; false when it is no longer pending. */
  claim(id: number): boolean {
    return (
      this.sql(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'pending'",
      ).run(id).changes === 1
    );
  }

  /** Marks a row delivered. */
  markSent(id: number, messageId: number | undefined, now = new Date()): void {
    this.sql(
      "UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, last_error = NULL WHERE id = ?",
    ).run(now.toISOString(), messageId ?? null, id);
  }

  /** Puts a row back in the queue, not to be sent before `notBefore`. */
  retryLater(id: number, notBefore: number, error: string): void {
    this.sql("UPDATE outbox SET state = 'pending', not_before = ?, last_error = ? WHERE id = ?").run(
      notBefore,
      error,
      id,
    );
  }

  /** Gives a row up for good. */
  markFailed(id: number, error: string): void {
    this.sql("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?").run(error, id);
  }

  /** Gives up every undelivered row of a chat (the chat blocked the bot); returns how many. */
  failChat(chatId: number, error: string): number {
    return this.sql(
      "UPDATE outbox SET state = 'failed', last_error = ? WHERE chat_id = ? AND state IN ('pending', 'sending')",
    ).run(error, chatId).changes;
  }

  /** Deletes delivered and given-up rows queued before `before`, so the table does not grow forever. */
  prune(before: Date): number {
    return this.sql("DELETE FROM outbox WHERE state IN ('sent', 'failed') AND created_at < ?").run(
      before.toISOString(),
    ).changes;
  }

  /** One row by id. */
  get(id: number): OutboxRow | undefined {
    const row = this.sql("SELECT * FROM outbox WHERE id = ?").get(id) as Row | undefined;
    return row && toOutboxRow(row);
  }

  /** How many rows are in each state. */
  counts(): Record<OutboxState, number> {
    const out: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (const r of this.sql("SELECT state, count(*) AS n FROM outbox GROUP BY state").all() as {
      state: OutboxState;
      n: number;
    }[])
      out[r.state] = r.n;
    return out;
  }
}
