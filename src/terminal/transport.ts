/**
 * The terminal chat's Bot API: a grammY API transformer that answers the bot's calls itself
 * instead of sending them to Telegram, and prints what a user would see (messages, edits, button
 * notices). Because only the transport differs, every command and button works as on Telegram.
 */

import type { Transformer } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup, Message } from "grammy/types";
import { translate } from "../i18n/catalogue.ts";
import type { Language } from "../i18n/language.ts";
import { renderHtml, renderKeyboard } from "./render.ts";

/** A message the bot sent, kept so that buttons can be pressed and edits applied. */
export interface SentMessage {
  message: Message.TextMessage;
  parseMode?: unknown;
  markup?: InlineKeyboardMarkup;
}

/** Calls that have no visible effect in a terminal; answered with success. */
const SILENT_METHODS = new Set([
  "getMe",
  "sendChatAction",
  "setMyCommands",
  "deleteMyCommands",
  "setWebhook",
  "deleteWebhook",
  "answerInlineQuery",
  "setMyDescription",
  "setMyShortDescription",
]);

type Payload = Record<string, unknown>;

/** Answers the bot's API calls in the terminal. */
export class TerminalTransport {
  private readonly sent = new Map<number, SentMessage>();
  private nextMessageId = 1;

  /**
   * @param write prints text for the user; @param color whether to use ANSI styles; @param language
   * the language of the chat's own remarks ("(edited)"), read at each remark as /language may change it
   */
  constructor(
    private readonly write: (text: string) => void,
    private readonly color = false,
    private readonly language: () => Language = () => "en",
  ) {}

  /** The grammY transformer to install on the bot's API. */
  transformer(): Transformer {
    // Each method has its own result type; the terminal builds them by hand.
    return async (_prev, method, payload) => this.call(method, (payload ?? {}) as Payload) as never;
  }

  /** A message id for a message the user sends (shared numbering with the bot's messages). */
  allocateMessageId(): number {
    return this.nextMessageId++;
  }

  /**
   * The newest message with a button whose label matches (case and decoration such as "›"
   * ignored), or whose position is `label` when it is a number (1 = the first button).
   */
  findButton(label: string): { sent: SentMessage; button: InlineKeyboardButton } | undefined {
    const simplify = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const wanted = simplify(label);
    const index = /^\d+$/.test(label.trim()) ? Number(label) - 1 : -1;
    for (const sent of [...this.sent.values()].reverse()) {
      const buttons = sent.markup?.inline_keyboard.flat() ?? [];
      const button = index >= 0 ? buttons[index] : buttons.find((b) => simplify(b.text) === wanted);
      if (button) return { sent, button };
    }
    return undefined;
  }

  private show(text: string, parseMode: unknown, markup: InlineKeyboardMarkup | undefined, note = ""): void {
    const body = parseMode === "HTML" ? renderHtml(text, this.color) : text;
    const buttons = renderKeyboard(markup);
    this.write(`${note}${body}\n${buttons ? `${buttons}\n` : ""}\n`);
  }

  private call(
    method: string,
    p: Payload,
  ): { ok: true; result: unknown } | { ok: false; error_code: number; description: string } {
    const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
    switch (method) {
      case "sendMessage": {
        const message = {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(p.chat_id), type: "private", first_name: "You" },
          text: String(p.text ?? ""),
        } as Message.TextMessage;
        this.sent.set(message.message_id, { message, markup, parseMode: p.parse_mode });
        this.show(message.text, p.parse_mode, markup);
        return { ok: true, result: message };
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const sent = this.sent.get(Number(p.message_id));
        if (!sent)
          return { ok: false, error_code: 400, description: "Bad Request: message to edit not found" };
        if (method === "editMessageText") {
          sent.message = { ...sent.message, text: String(p.text ?? "") };
          sent.parseMode = p.parse_mode;
        }
        sent.markup = markup;
        this.show(
          sent.message.text,
          sent.parseMode,
          markup,
          `${translate(this.language(), "terminal-edited")}\n`,
        );
        return { ok: true, result: sent.message };
      }
      case "answerCallbackQuery":
        if (p.text) this.write(`(${String(p.text)})\n\n`);
        return { ok: true, result: true };
      case "deleteMessage":
        this.sent.delete(Number(p.message_id));
        return { ok: true, result: true };
      default:
        if (SILENT_METHODS.has(method)) return { ok: true, result: true };
        return {
          ok: false,
          error_code: 400,
          description: `Bad Request: ${method} is not available in the terminal chat`,
        };
    }
  }
}
