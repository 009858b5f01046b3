/**
 * Pacing under Telegram's limits: about 30 messages a second overall and one a second per chat,
 * and a full stop for as long as a 429 says. Pure bookkeeping over a clock the caller passes in,
 * so it is tested without waiting.
 */

/** Pacing limits; 0 switches a limit off. */
export interface PacingOptions {
  /** Messages per second overall. */
  perSecond: number;
  /** Milliseconds between two messages to the same chat. */
  chatIntervalMs: number;
}

/** Telegram's documented limits. */
export const TELEGRAM_PACING: PacingOptions = { perSecond: 30, chatIntervalMs: 1000 };

/**
 * Pacing at `perSecond` messages overall (the validated SEND_RATE) with Telegram's interval per
 * chat; 0 switches pacing off altogether, for benchmarks and tests.
 */
export function pacingAt(perSecond: number): PacingOptions {
  if (perSecond === 0) return { perSecond: 0, chatIntervalMs: 0 };
  return { perSecond, chatIntervalMs: TELEGRAM_PACING.chatIntervalMs };
}

/** When the next message may go, overall and per chat. */
export class Pacer {
  private nextAny = 0;
  private pausedUntil = 0;
  private readonly nextForChat = new Map<number, number>();

  constructor(private readonly options: PacingOptions) {}

  /** Milliseconds to wait before a message to `chatId` may be sent at `now` (0: send now). */
  delay(chatId: number, now: number): number {
    return Math.max(0, this.globalDelay(now), (this.nextForChat.get(chatId) ?? 0) - now);
  }

  /** Milliseconds before any message at all may be sent. */
  globalDelay(now: number): number {
    return Math.max(0, this.nextAny - now, this.pausedUntil - now);
  }

  /** Records a message sent to `chatId` at `now`. */
  record(chatId: number, now: number): void {
    // Whole milliseconds, rounded up, so rounding can never let a 31st message into a second.
    if (this.options.perSecond > 0) this.nextAny = now + Math.ceil(1000 / this.options.perSecond);
    if (this.options.chatIntervalMs > 0) {
      this.nextForChat.set(chatId, now + this.options.chatIntervalMs);
      // Forget chats whose interval is over, so the map stays as small as the recent traffic.
      if (this.nextForChat.size > 10_000)
        for (const [c, t] of this.nextForChat) if (t <= now) this.nextForChat.delete(c);
    }
  }

  /** Stops everything until `until` (Telegram answered 429 with retry_after). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }
}
