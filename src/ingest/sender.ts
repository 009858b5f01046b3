/**
 * The paced sender: takes notifications from the outbox and sends them, under the {@link Pacer}'s
 * limits. Each row is claimed ("sending", committed) before its request and marked "sent" after,
 * so a crash re-sends at most the requests that were in flight (see src/store/outbox.ts).
 * Telegram's answers are obeyed: 429 waits out retry_after, 403 (the user blocked the bot) or a
 * chat that no longer exists removes the chat's subscriptions and drops its queued messages, other
 * 4xx give the message up, and
 * network or server errors retry with a growing back-off.
 */
import type { Outbox, OutboxRow } from "../store/outbox.ts";
import type { SubscriptionStore } from "../store/subscriptions.ts";
import type { Log } from "./log.ts";
import type { Pacer } from "./pacer.ts";

/** Sends one HTML message to a chat; rejects with a Bot API error (error_code, parameters) on failure. */
export type SendMessage = (chatId: number, html: string) => Promise<{ message_id?: number }>;

/** What the sender works with. */
export interface SenderOptions {
  outbox: Outbox;
  subscriptions: SubscriptionStore;
  send: SendMessage;
  pacer: Pacer;
  log: Log;
  /** Epoch milliseconds; injected by tests. */
  clock?: () => number;
  /** Attempts before a message that keeps failing with network or server errors is given up. */
  maxAttempts?: number;
  /** How often the outbox is looked at when nothing woke the sender (rows queued by another process). */
  pollMs?: number;
}

/** The shape of a Bot API error as grammY throws it (GrammyError). */
interface ApiErrorLike {
  error_code?: number;
  description?: string;
  message?: string;
  parameters?: { retry_after?: number };
}

const BATCH = 100;

/** Delivers the outbox. Call {@link OutboxSender.start} once; {@link OutboxSender.stop} to finish. */
export class OutboxSender {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private readonly clock: () => number;

  constructor(private readonly options: SenderOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /**
   * Sends every row that may go now, one after another, and returns how many milliseconds until
   * more can go (undefined: nothing is pending).
   */
  async step(): Promise<number | undefined> {
    const { outbox, pacer } = this.options;
    const rows = outbox.due(this.clock(), BATCH);
    const waitingChats = new Set<number>();
    let wait: number | undefined;
    let sent = 0;
    for (const row of rows) {
      if (this.loop && !this.running) return undefined;
      const now = this.clock();
      const global = pacer.globalDelay(now);
      if (global > 0) return global;
      // A chat's messages go in order: once one has to wait, the later ones wait too.
      if (waitingChats.has(row.chatId)) continue;
      const delay = pacer.delay(row.chatId, now);
      if (delay > 0) {
        waitingChats.add(row.chatId);
        wait = Math.min(wait ?? delay, delay);
        continue;
      }
      if (!outbox.claim(row.id)) continue;
      pacer.record(row.chatId, now);
      await this.deliver(row);
      sent++;
    }
    if (sent > 0 && rows.length === BATCH) return 0;
    // Rows due now but held back by their chat's pacing are covered by `wait`; rows held back by a
    // 429 or a back-off become due at their not-before time.
    const now = this.clock();
    if (sent > 0 && outbox.due(now, 1).length > 0) return 0;
    const next = outbox.nextDue(now);
    if (next === undefined) return wait;
    return Math.min(wait ?? Number.POSITIVE_INFINITY, next - now);
  }

  /** Starts delivering in the background; rows left "sending" by a crash are queued again first. */
  start(): void {
    if (this.running) return;
    this.running = true;
    // A month of delivered notifications is kept for inspection; older ones go.
    this.options.outbox.prune(new Date(this.clock() - 30 * 24 * 3600 * 1000));
    const recovered = this.options.outbox.recoverInterrupted();
    if (recovered)
      this.options.log.warn(`outbox: ${recovered} message(s) interrupted by a restart will be sent again`);
    const pollMs = this.options.pollMs ?? 1000;
    this.loop = (async () => {
      while (this.running) {
        let wait: number | undefined;
        try {
          wait = await this.step();
        } catch (error) {
          this.options.log.error(`outbox: ${(error as Error).message}`);
          wait = pollMs;
        }
        if (!this.running) break;
        await this.sleep(Math.min(wait ?? pollMs, pollMs));
      }
    })();
  }

  /** Wakes the sender now (new rows were queued). */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops after the message in flight, if any, is settled. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private async deliver(row: OutboxRow): Promise<void> {
    const { outbox, subscriptions, send, pacer, log } = this.options;
    try {
      const result = await send(row.chatId, row.html);
      outbox.markSent(row.id, result?.message_id);
      return;
    } catch (caught) {
      const error = caught as ApiErrorLike;
      const why = error.description ?? error.message ?? String(caught);
      const attempts = row.attempts + 1;
      switch (true) {
        case error.error_code === 429: {
          const until = this.clock() + (error.parameters?.retry_after ?? 1) * 1000;
          pacer.pause(until);
          outbox.retryLater(row.id, until, why);
          log.warn(`outbox: Telegram asks to wait ${error.parameters?.retry_after ?? 1} s (429)`);
          return;
        }
        // 403: the user blocked the bot (or it left the group); 400 "chat not found": the chat is gone.
        case error.error_code === 403 || (error.error_code === 400 && /chat not found/i.test(why)): {
          const removed = subscriptions.removeAll(row.chatId);
          const dropped = outbox.failChat(row.chatId, why);
          log.warn(
            `outbox: chat ${row.chatId} blocked the bot (${why}): ${removed} subscription(s) removed, ${dropped} message(s) dropped`,
          );
          return;
        }
        case error.error_code !== undefined && error.error_code >= 400 && error.error_code < 500: {
          outbox.markFailed(row.id, why);
          log.warn(`outbox: message ${row.id} to chat ${row.chatId} refused: ${why}`);
          return;
        }
        case attempts >= (this.options.maxAttempts ?? 8): {
          outbox.markFailed(row.id, why);
          log.error(
            `outbox: message ${row.id} to chat ${row.chatId} given up after ${attempts} attempts: ${why}`,
          );
          return;
        }
        default: {
          // 1 s, 2 s, 4 s … up to 5 minutes.
          const backoff = Math.min(300_000, 1000 * 2 ** (attempts - 1));
          outbox.retryLater(row.id, this.clock() + backoff, why);
          log.warn(`outbox: sending to chat ${row.chatId} failed (${why}); retrying in ${backoff / 1000} s`);
        }
      }
    }
  }
}
