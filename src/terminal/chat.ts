/**
 * The terminal chat: the same grammY bot, fed with updates made from the lines the user types and
 * answering through {@link TerminalTransport}, so that it behaves exactly as on Telegram. Works
 * with a pipe as well as a terminal (no prompt then), and ends at end of input.
 */

import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { type Bot, BotError } from "grammy";
import type { Update, User, UserFromGetMe } from "grammy/types";
import type { ParlbotContext } from "../bot/context.ts";
import { type MessageVariables, translate } from "../i18n/catalogue.ts";
import { type Language, languageFromCode } from "../i18n/language.ts";
import type { Stats } from "../query/index.ts";
import type { ChatLanguages } from "../store/chat-languages.ts";
import { LEAVE } from "../text/leave-words.ts";
import { TerminalTransport } from "./transport.ts";

/** The bot's identity offline: no getMe call is made. */
export const OFFLINE_BOT: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "parlbot",
  username: "parlbot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

// The terminal's user speaks the locale's language (LANG), as Telegram's language_code would tell.
const LOCALE_LANGUAGE = languageFromCode(process.env.LC_ALL || process.env.LANG);

/** The user of the terminal, and their private chat with the bot. */
const USER: User = {
  id: 1000,
  is_bot: false,
  first_name: "You",
  ...(LOCALE_LANGUAGE ? { language_code: LOCALE_LANGUAGE } : {}),
};
const CHAT = { id: USER.id, type: "private" as const, first_name: USER.first_name };

/** A line such as "[More]" or "[2]" presses a button. */
const PRESS = /^\[(.+)\]$/;

/** "/help" or "/help@parlbot": the bot's help, after which the terminal says how to leave. */
const HELP = new RegExp(`^/help(@${OFFLINE_BOT.username})?(\\s|$)`, "i");

/** What the user reads first, in the locale's language (LANG). */
export function offlineBanner(
  factsPath: string,
  stats: Stats,
  missing = false,
  language: Language = LOCALE_LANGUAGE ?? "en",
): string {
  const t = (key: string, variables?: MessageVariables) => translate(language, key, variables);
  const counts = {
    articles: String(stats.articles),
    people: String(stats.people),
    meetings: String(stats.meetings),
  };
  return [
    t("terminal-offline"),
    missing
      ? t("terminal-no-facts", { path: factsPath })
      : t("terminal-facts", { path: factsPath, ...counts }),
    t("terminal-telegram"),
    t("terminal-usage"),
    t("terminal-end"),
    "",
  ].join("\n");
}

/** How to run the chat. */
export interface TerminalChatOptions {
  input: Readable;
  output: Writable;
  /** Use ANSI styles and show a prompt (a terminal, not a pipe). */
  interactive?: boolean;
  banner?: string;
  /** Ends the chat as end of input would (Ctrl-C in a terminal). */
  signal?: AbortSignal;
  /** The language of the chat's own remarks (a missing button); the locale's (LANG) by default. */
  language?: Language;
  /** The bot's record of chosen languages: once the user picks one with /language, the remarks follow it. */
  languages?: ChatLanguages;
}

/**
 * Runs the chat until the input ends. Installs the terminal transport on the bot, which must have
 * been created with `botInfo` set (so that no call reaches Telegram).
 */
export async function runTerminalChat(bot: Bot<ParlbotContext>, options: TerminalChatOptions): Promise<void> {
  const write = (text: string) => void options.output.write(text);
  const defaultLanguage = options.language ?? LOCALE_LANGUAGE ?? "en";
  // Read at each remark: "/language ru" changes the bot's replies, and the terminal's lines with them.
  const language = () => options.languages?.get(CHAT.id) ?? defaultLanguage;
  const transport = new TerminalTransport(write, options.interactive, language);
  bot.api.config.use(transport.transformer());
  if (options.banner) write(`${options.banner}\n`);

  let updateId = 1;
  const handle = async (update: Omit<Update, "update_id">) => {
    try {
      await bot.handleUpdate({ update_id: updateId++, ...update } as Update);
    } catch (err) {
      if (err instanceof BotError) await bot.errorHandler(err);
      else throw err;
    }
  };

  const lines = createInterface({ input: options.input, terminal: false });
  options.signal?.addEventListener("abort", () => lines.close(), { once: true });
  const prompt = () => options.interactive && write("you> ");
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    // Piped input is not echoed by a terminal: echo it, so that the output reads as a chat.
    if (!options.interactive && line) write(`you> ${line}\n`);
    // A terminal program is left with these words; Telegram has no such command, so the bot never sees them.
    if (LEAVE.test(line)) break;
    const press = PRESS.exec(line);
    if (press?.[1]) {
      const found = transport.findButton(press[1]);
      if (!found) write(`${translate(language(), "terminal-no-button", { label: press[1] })}\n\n`);
      else if ("url" in found.button)
        write(`${translate(language(), "terminal-open-url", { url: found.button.url })}\n\n`);
      else if ("callback_data" in found.button) {
        await handle({
          callback_query: {
            id: String(updateId),
            from: USER,
            chat_instance: "terminal",
            message: found.sent.message,
            data: found.button.callback_data,
          },
        });
      }
    } else if (line) {
      const command = /^\/\S+/.exec(line)?.[0];
      await handle({
        message: {
          message_id: transport.allocateMessageId(),
          date: Math.floor(Date.now() / 1000),
          chat: CHAT,
          from: USER,
          text: line,
          ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] } : {}),
        },
      });
      // The bot's help is Telegram's; how to leave the terminal is the terminal's to add.
      if (HELP.test(line)) write(`${translate(language(), "terminal-leave")}\n\n`);
    }
    prompt();
  }
  if (options.interactive) write("\n");
}
