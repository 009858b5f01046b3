/** Greetings, thanks and questions about something else: a line on what the bot knows, and examples. */
import { Reply } from "../reply.ts";
import type { ComposeContext } from "./context.ts";

// Thanks and a call for help are greetings too (no question in them), each with its own answer.
const THANKS = /^(thanks?|thank you|thx|cheers|спасибо|благодарю|рахмет)(?=$|[^\p{L}])/iu;
const HELP = /^(help|помо(щь|ги(те)?)|көмек)(?=$|[^\p{L}])/iu;

/**
 * "hello", "thanks", "help" (`text`, as typed): a one-line hello, "you're welcome" or how to ask, with
 * two example questions.
 */
export function greeting(ctx: ComposeContext, text = ""): Reply {
  const said = text.trim();
  const line = THANKS.test(said) ? ctx.words.welcome : HELP.test(said) ? ctx.words.helpHint : ctx.words.hello;
  return new Reply().setHeader(`${line} ${ctx.words.examples(ctx.examples().slice(0, 2))}`);
}

/** "who met?", "when did they meet?": a question about someone that names no one; how to name them. */
export function nameSomeone(ctx: ComposeContext): Reply {
  return new Reply().setHeader(`${ctx.words.nameSomeone} ${ctx.words.examples(ctx.examples().slice(0, 2))}`);
}

/** "what is the weather?": what the bot knows about, with two example questions. */
export function offTopic(ctx: ComposeContext): Reply {
  return new Reply().setHeader(`${ctx.words.onlyMeetings} ${ctx.words.examples(ctx.examples().slice(0, 2))}`);
}
