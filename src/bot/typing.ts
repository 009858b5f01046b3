/**
 * The "typing…" chat action shown while a question is answered. Best-effort: a failure never
 * holds up the reply. A Bot API server that does not know the method at all (a self-hosted or test
 * server answering 404, or an error that is not a Bot API answer) is not asked again, instead of
 * costing one failed request per question; errors about one chat (400, 403, 429) change nothing.
 */
import { GrammyError } from "grammy";
import type { Logger } from "../log.ts";
import type { ParlbotContext } from "./context.ts";
import { bestEffort } from "./errors.ts";

/** True when an error says the server lacks the method rather than refusing this one call. */
function methodUnsupported(err: unknown): boolean {
  return err instanceof GrammyError && (err.error_code === 404 || typeof err.error_code !== "number");
}

/** Sends the typing action while the server supports it. */
export class TypingIndicator {
  private supported = true;

  constructor(private readonly log: Logger) {}

  /** Starts the typing action in the update's chat; never throws, never waits for Telegram. */
  show(ctx: ParlbotContext): void {
    if (!this.supported || !ctx.chat) return;
    void bestEffort(this.log, "sendChatAction", async () => {
      try {
        await ctx.replyWithChatAction("typing");
      } catch (err) {
        if (methodUnsupported(err)) {
          this.supported = false;
          this.log.warn("the Bot API server does not support sendChatAction: no typing action from now on");
        }
        throw err;
      }
    });
  }
}
