/**
 * Inline mode: "@bot who met Koshanov" typed in any chat offers the answer as one result, which
 * the user can send to that chat. The result's message is the same HTML the bot would reply with.
 */
import { createHash } from "node:crypto";
import { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { Answer, Answerer } from "../query/index.ts";
import type { ParlbotContext } from "./context.ts";
import { cutText } from "./cut.ts";
import { answerBody, NO_PREVIEW } from "./format.ts";
import { QUESTION_LIMIT } from "./questions.ts";

/** How long Telegram may cache an inline answer, in seconds (answers change when articles arrive). */
const CACHE_SECONDS = 300;

/** Cuts a line to `limit` characters for a result's title or description. */
function cut(text: string, limit: number): string {
  return cutText(text.replace(/\s+/g, " ").trim(), limit);
}

/** The inline result for the answer to one question. */
export function inlineResult(answer: Answer): InlineQueryResultArticle {
  const question = answer.question;
  const body = answerBody(answer);
  return {
    type: "article",
    // Result ids are at most 64 bytes: a hash of the question is short and stable.
    id: createHash("sha256").update(question).digest("base64url").slice(0, 32),
    title: cut(question, 100),
    description: cut(answer.text, 200),
    input_message_content: {
      message_text: body.text,
      parse_mode: body.parse_mode,
      link_preview_options: NO_PREVIEW,
    },
  };
}

/** The handler for inline queries. */
export function inline(answerer: Answerer): Composer<ParlbotContext> {
  const composer = new Composer<ParlbotContext>();
  composer.on("inline_query", async (ctx) => {
    const question = ctx.inlineQuery.query.trim();
    if (!/[\p{L}\p{N}]/u.test(question) || question.length > QUESTION_LIMIT) {
      ctx.notes.intent = "inline-empty";
      await ctx.answerInlineQuery([], { cache_time: CACHE_SECONDS });
      return;
    }
    const answer = answerer.answer(question);
    ctx.notes.intent = answer.parsed.intent;
    await ctx.answerInlineQuery([inlineResult(answer)], { cache_time: CACHE_SECONDS });
  });
  return composer;
}
