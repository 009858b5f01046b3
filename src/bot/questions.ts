/**
 * Questions: any text message (or an edited one) is a question for the answering core, and the
 * reply is its answer as it is, in HTML. Long answers get More/Back buttons that edit the reply in
 * place; a reply that suggests known names for an unknown one gets a button per name that asks again
 * with it. Input that cannot be a question gets a hint instead of an answer built from nothing.
 */
import { Composer, type Context, GrammyError, type InlineKeyboard } from "grammy";
import { translate } from "../i18n/catalogue.ts";
import { type Language, replyLanguage } from "../i18n/language.ts";
import { asksForMore } from "../i18n/more-words.ts";
import type { Logger } from "../log.ts";
import type { Answer, Answerer } from "../query/index.ts";
import { hasNextPage } from "../query/reply.ts";
import type { ParlbotContext } from "./context.ts";
import { bestEffort } from "./errors.ts";
import { answerBody, NO_PREVIEW } from "./format.ts";
import { isGroup, withoutMention } from "./groups.ts";
import { pageKeyboard, parseButtonData, type QuestionMemory } from "./paging.ts";
import { withSuggestionButtons } from "./suggestions.ts";
import { replies } from "./texts.ts";
import type { TypingIndicator } from "./typing.ts";

/** Longer messages are pasted text, not questions (a question fits in a sentence or two). */
export const QUESTION_LIMIT = 500;

/** What the question handlers need. */
export interface QuestionDeps {
  answerer: Answerer;
  memory: QuestionMemory;
  typing: TypingIndicator;
  log: Logger;
}

/** Why a text cannot be taken as a question, or undefined when it can. */
function notAQuestion(text: string, example: () => string, language: Language): string | undefined {
  // No letter or digit at all: empty, whitespace, only emoji or punctuation.
  if (!/[\p{L}\p{N}]/u.test(text)) return replies(language).notAQuestion(example());
  if (text.length > QUESTION_LIMIT) return replies(language).tooLong(text.length, QUESTION_LIMIT, example());
  return undefined;
}

/** The More/Back buttons in the language of the answer they page through. */
function buttonLabels(language: Language): { back: string; more: string } {
  return { back: translate(language, "button-back"), more: translate(language, "button-more") };
}

/** The buttons under a page of an answer: More/Back for a remembered question, then its suggestions. */
function answerKeyboard(
  answer: Answer,
  key: string | undefined,
  deps: QuestionDeps,
): InlineKeyboard | undefined {
  const pages = key
    ? pageKeyboard(key, answer.page, answer.pageCount, buttonLabels(answer.language))
    : undefined;
  return withSuggestionButtons(answer.suggestions, deps.memory, pages);
}

/** Answers one question in the chat the update came from. */
async function replyToQuestion(ctx: ParlbotContext, rawText: string, deps: QuestionDeps): Promise<void> {
  const question = withoutMention(rawText, ctx.me.username);
  // In a group, the reply quotes the question so that it is clear whom it answers.
  const replyTo =
    isGroup(ctx) && ctx.msg
      ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } }
      : {};
  // A long text says which language it is in; the hint is given in that one.
  const language = replyLanguage(question, ctx.language);
  const problem = notAQuestion(question, () => deps.answerer.examples(language)[0] ?? "", language);
  if (problem) {
    ctx.notes.intent = "not-a-question";
    await ctx.reply(problem, { parse_mode: "HTML", ...replyTo });
    return;
  }
  if (asksForMore(question)) return nextPage(ctx, language, deps, replyTo);
  deps.typing.show(ctx);
  const answer = deps.answerer.answer(question, { language: ctx.language });
  ctx.notes.intent = answer.parsed.intent;
  const key = answer.pageCount > 1 ? deps.memory.remember(question) : undefined;
  await sendPage(ctx, deps, answer, key, replyTo);
}

/**
 * Sends a page of an answer as a new message; with the key of its remembered question (an answer of
 * several pages), with More buttons, and as the page the chat saw last.
 */
async function sendPage(
  ctx: ParlbotContext,
  deps: QuestionDeps,
  answer: Answer,
  key: string | undefined,
  replyTo: object,
): Promise<void> {
  if (key && ctx.chat)
    deps.memory.shown(ctx.chat.id, { key, page: answer.page, pageCount: answer.pageCount });
  const body = answerBody(answer);
  await ctx.reply(body.text, {
    parse_mode: body.parse_mode,
    link_preview_options: NO_PREVIEW,
    reply_markup: answerKeyboard(answer, key, deps),
    ...replyTo,
  });
}

/**
 * "more" typed instead of pressing More: the page after the one the chat saw last, as a new message
 * with its own buttons; with no longer answer to go on with, a hint to ask a question.
 */
async function nextPage(
  ctx: ParlbotContext,
  language: Language,
  deps: QuestionDeps,
  replyTo: object,
): Promise<void> {
  const last = ctx.chat ? deps.memory.lastShown(ctx.chat.id) : undefined;
  const question = last && hasNextPage(last) ? deps.memory.recall(last.key) : undefined;
  if (!last || question === undefined) {
    ctx.notes.intent = "no-more";
    const example = deps.answerer.examples(language)[0] ?? "";
    await ctx.reply(replies(language).noMore(example), { parse_mode: "HTML", ...replyTo });
    return;
  }
  const answer = deps.answerer.answer(question, { page: last.page + 1, language: ctx.language });
  ctx.notes.intent = answer.parsed.intent;
  await sendPage(ctx, deps, answer, last.key, replyTo);
}

/** Shows another page of a remembered question by editing the message that carries the buttons. */
async function turnPage(ctx: ParlbotContext, key: string, page: number, deps: QuestionDeps): Promise<void> {
  const question = deps.memory.recall(key);
  if (question === undefined) {
    ctx.notes.intent = "page-expired";
    await ctx.answerCallbackQuery({ text: replies(ctx.language).expired, show_alert: true });
    return;
  }
  const answer = deps.answerer.answer(question, { page, language: ctx.language });
  ctx.notes.intent = answer.parsed.intent;
  if (ctx.chat) deps.memory.shown(ctx.chat.id, { key, page: answer.page, pageCount: answer.pageCount });
  const body = answerBody(answer);
  try {
    await ctx.editMessageText(body.text, {
      parse_mode: body.parse_mode,
      link_preview_options: NO_PREVIEW,
      reply_markup: answerKeyboard(answer, key, deps),
    });
  } catch (err) {
    // A double tap asks for the page already shown; Telegram refuses the edit, and that is fine.
    if (!(err instanceof GrammyError && /not modified/i.test(err.description))) throw err;
  }
  await ctx.answerCallbackQuery();
}

/**
 * A "Did you mean …?" button whose question was too long to carry: the remembered question, answered
 * as if typed; once forgotten (expired, or the bot restarted), an alert that says to ask again.
 */
async function askAgain(ctx: ParlbotContext, key: string, deps: QuestionDeps): Promise<void> {
  const question = deps.memory.recall(key);
  if (question === undefined) {
    ctx.notes.intent = "suggestion-expired";
    await ctx.answerCallbackQuery({ text: replies(ctx.language).suggestionExpired, show_alert: true });
    return;
  }
  await bestEffort(deps.log, "answerCallbackQuery", () => ctx.answerCallbackQuery());
  if (ctx.chat) await replyToQuestion(ctx, question, deps);
}

/** Handlers for questions: text messages, edited messages and the bot's own buttons. */
export function questions(deps: QuestionDeps): Composer<ParlbotContext> {
  const composer = new Composer<ParlbotContext>();
  composer.on(["message:text", "edited_message:text"], (ctx) => replyToQuestion(ctx, ctx.msg.text, deps));
  composer.on("callback_query:data", async (ctx) => {
    const data = parseButtonData(ctx.callbackQuery.data);
    if (data?.kind === "page") return turnPage(ctx, data.key, data.page, deps);
    if (data?.kind === "asked") return askAgain(ctx, data.key, deps);
    // An example question from /start: answered as if the user had typed it.
    await bestEffort(deps.log, "answerCallbackQuery", () => ctx.answerCallbackQuery());
    if (data?.kind === "ask" && ctx.chat) await replyToQuestion(ctx, data.question, deps);
    const example = data?.kind === "example" ? deps.answerer.examples(data.language)[data.index] : undefined;
    if (example && ctx.chat) await replyToQuestion(ctx, example, deps);
  });
  return composer;
}

/** Non-text messages (stickers, photos, voice, ...) get a hint that the bot reads text. */
export function nonText(answerer: Answerer): Composer<ParlbotContext> {
  const composer = new Composer<ParlbotContext>();
  composer.on(["message", "edited_message"], async (ctx: Context & ParlbotContext) => {
    // Service messages (someone joined, a pinned message) are not addressed to the bot.
    const m = ctx.msg;
    if (!m || m.new_chat_members || m.left_chat_member || m.pinned_message || m.group_chat_created) return;
    ctx.notes.intent = "not-text";
    await ctx.reply(replies(ctx.language).notText(answerer.examples(ctx.language)[0] ?? ""), {
      parse_mode: "HTML",
    });
  });
  return composer;
}
