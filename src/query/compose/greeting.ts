/** Greetings, thanks and questions about something else: a line on what the bot knows, and examples. */
import { Reply } from "../reply.ts";
import type { ComposeContext } from "./context.ts";

/** "hello", "thanks": a one-line hello with two example questions. */
export function greeting(ctx: ComposeContext): Reply {
  return new Reply().setHeader(`${ctx.words.hello} ${ctx.words.examples(ctx.examples().slice(0, 2))}`);
}

/** "what is the weather?": what the bot knows about, with two example questions. */
export function offTopic(ctx: ComposeContext): Reply {
  return new Reply().setHeader(`${ctx.words.onlyMeetings} ${ctx.words.examples(ctx.examples().slice(0, 2))}`);
}
