/**
 * The bot's own wording (everything that is not an answer): welcome, help and the polite replies
 * to odd input. Telegram HTML; anything that comes from data is escaped.
 */
import type { BotCommand } from "grammy/types";
import { type MessageVariables, translate } from "../i18n/catalogue.ts";
import type { Language } from "../i18n/language.ts";
import { longDate, wordsFor } from "../i18n/words.ts";
import { escapeHtml } from "../query/format.ts";
import type { Stats } from "../query/index.ts";
import { cutText } from "./cut.ts";

/** The most of an unknown command that a reply quotes back (Telegram's own commands have at most 32 letters). */
const COMMAND_ECHO_LIMIT = 40;

/** /start: what the bot does and knows; the example questions follow as buttons. */
export function welcomeText(stats: Stats, language: Language = "en"): string {
  const t = (key: string, variables?: MessageVariables) => translate(language, key, variables);
  const newest = stats.newest ? escapeHtml(longDate(language, stats.newest)) : "none";
  return [
    t("start-hello"),
    "",
    t("start-counts", {
      articles: stats.articles,
      people: stats.people,
      meetings: stats.meetings,
      newest,
    }),
    "",
    t("start-tap"),
  ].join("\n");
}

const KINDS = ["who-met", "when", "signed", "who-is", "country", "latest"];

/** /help: what can be asked, with examples, and the commands. */
export function helpText(examples: string[], commands: BotCommand[], language: Language = "en"): string {
  const t = (key: string) => translate(language, key);
  return [
    t("help-examples"),
    ...examples.map((e) => `• <i>${escapeHtml(e)}</i>`),
    "",
    t("help-can-answer"),
    ...KINDS.map((k) => `• ${t(`help-kind-${k}`)}`),
    "",
    t("help-notes"),
    "",
    t("help-commands"),
    ...commands.map((c) => `/${c.command} — ${escapeHtml(c.description)}`),
  ].join("\n");
}

/** Replies to input the bot cannot take as a question, in one language. */
export function replies(language: Language) {
  const t = (key: string, variables?: MessageVariables) => translate(language, key, variables);
  return {
    notText: (example: string) => t("error-not-text", { example: escapeHtml(example) }),
    notAQuestion: (example: string) => t("error-not-a-question", { example: escapeHtml(example) }),
    // The answering core's own line (reply-no-more; English: its table), which `parlbot ask` and a
    // "more" reaching the core say: plain text, whose only value is escaped.
    noMore: (example: string) => wordsFor(language).noMore(escapeHtml(example)),
    tooLong: (length: number, limit: number, example: string) =>
      // Counts as plain digits: Fluent would group them ("4,096"), which reads as two numbers in ru/kk.
      t("error-too-long", { length: String(length), limit: String(limit), example: escapeHtml(example) }),
    // Echoed short: a command word can run on for pages, and the reply is one line.
    unknownCommand: (command: string) =>
      t("error-unknown-command", { command: escapeHtml(cutText(command, COMMAND_ECHO_LIMIT)) }),
    otherBot: (command: string, bot: string) =>
      t("error-other-bot", { command: escapeHtml(command), bot: escapeHtml(bot) }),
    rateLimited: t("error-rate-limited"),
    expired: t("error-expired"),
    suggestionExpired: t("error-suggestion-expired"),
    failed: t("error-failed"),
  } as const;
}
