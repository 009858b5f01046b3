/**
 * The last guard on every message the bot sends: Telegram refuses a text over 4,096 characters
 * (and a callback answer over 200), and the user would then get nothing at all. Handlers keep
 * their replies short; this transformer cuts whatever still does not fit, on every path (a reply
 * echoing a long input, an edited list), rather than let the call fail.
 */
import type { Transformer } from "grammy";
import { cutText } from "./cut.ts";
import { MESSAGE_LIMIT } from "./format.ts";

/** Telegram's limit on the text of a callback query's answer (a toast). */
const CALLBACK_ANSWER_LIMIT = 200;

/** Methods whose `text` is a message text. */
const MESSAGE_METHODS = new Set(["sendMessage", "editMessageText"]);

/** A Bot API transformer that cuts message texts and callback answers to Telegram's limits. */
export function messageLimit(): Transformer {
  return (prev, method, payload, signal) => {
    const p = payload as { text?: unknown; parse_mode?: unknown };
    if (typeof p.text === "string") {
      if (MESSAGE_METHODS.has(method) && p.text.length > MESSAGE_LIMIT) {
        return prev(
          method,
          fitMessage(p as { text: string; parse_mode?: unknown }) as typeof payload,
          signal,
        );
      }
      if (method === "answerCallbackQuery" && p.text.length > CALLBACK_ANSWER_LIMIT) {
        return prev(method, { ...p, text: cutText(p.text, CALLBACK_ANSWER_LIMIT) } as typeof payload, signal);
      }
    }
    return prev(method, payload, signal);
  };
}

/**
 * A message payload whose text fits: HTML cannot be cut safely (a tag or entity could be split),
 * so a long HTML text is sent as its plain text, cut with "…".
 */
export function fitMessage<T extends { text: string; parse_mode?: unknown }>(payload: T): T {
  const html = payload.parse_mode === "HTML";
  const { parse_mode: _dropped, ...rest } = payload;
  const text = html ? htmlToPlain(payload.text) : payload.text;
  return { ...(html ? rest : payload), text: cutText(text, MESSAGE_LIMIT) } as T;
}

// Telegram HTML as the text the user would read: tags dropped, the five entities it uses decoded.
function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
