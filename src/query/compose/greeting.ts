/** Greetings, thanks and questions about something else: a line on what the bot knows, and examples. */

import { translate } from "../../i18n/catalogue.ts";
import { Reply } from "../reply.ts";
import type { ComposeContext } from "./context.ts";
import { opensWithBye, opensWithThanks, smallTalk } from "./small-talk.ts";

// A call for help is a greeting too (no question in it), with its own answer.
const HELP = /^(help|помо(щь|ги(те)?)|көмек)(?=$|[^\p{L}])/iu;
// "ok", "good", "хорошо", "жақсы" alone: the user agrees and asks nothing.
const ACK = /^(ok|okay|cool|good|great|fine|ок|окей|хорошо|ладно|жақсы)[\s!.]*$/iu;

/**
 * "hello", "thanks", "help", "ok", "who are you?", "yes", "你好" (`text`, as typed): a one-line hello,
 * "you're welcome", how to ask, a nod, what the bot is, or which languages it reads, with example
 * questions; a phone number or a sum gets what the bot knows about.
 */
export function greeting(ctx: ComposeContext, text = ""): Reply {
  const said = text.trim();
  const talk = smallTalk(said);
  // A goodbye is answered in kind: examples would read as keeping the user.
  if (opensWithBye(said) || talk === "bye") return new Reply().setHeader(ctx.words.goodbye);
  // Lines only small talk needs come from the catalogue (Fluent is read only when one is asked for).
  if (talk === "about-me") return withExamples(ctx, translate(ctx.words.language, "talk-about-me"));
  if (talk === "other-script") return withExamples(ctx, translate(ctx.words.language, "talk-other-script"));
  if (talk === "numbers") return offTopic(ctx);
  // A nod gets a nod: one example, not the hello's two, since the user has seen them.
  if (ACK.test(said) || talk === "yes-no") return withExamples(ctx, ctx.words.ack, 1);
  return withExamples(
    ctx,
    opensWithThanks(said) || talk === "thanks"
      ? ctx.words.welcome
      : HELP.test(said)
        ? ctx.words.helpHint
        : ctx.words.hello,
  );
}

/** "who met?", "when did they meet?": a question about someone that names no one; how to name them. */
export function nameSomeone(ctx: ComposeContext): Reply {
  return withExamples(ctx, ctx.words.nameSomeone);
}

/**
 * "more", "дальше" with no earlier answer to go on with: the answering core keeps none (the bot and
 * `parlbot ask` page on from theirs before asking it), so there is nothing to continue, said with one
 * example, never a sentence that happens to say "more".
 */
export function nothingToContinue(ctx: ComposeContext): Reply {
  return new Reply().setHeader(ctx.words.noMore(ctx.examples()[0] ?? ""));
}

/** A message that is only a link: the bot answers questions in words and opens no page. */
export function linkOnly(ctx: ComposeContext): Reply {
  return withExamples(ctx, ctx.words.linkOnly);
}

/** "what is the weather?": what the bot knows about, with two example questions. */
export function offTopic(ctx: ComposeContext): Reply {
  return withExamples(ctx, ctx.words.onlyMeetings);
}

// A one-line reply followed by `count` example questions.
function withExamples(ctx: ComposeContext, line: string, count = 2): Reply {
  return new Reply().setHeader(`${line} ${ctx.words.examples(ctx.examples().slice(0, count))}`);
}
