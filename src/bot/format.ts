/**
 * An answer of the core as a Telegram message. The core keeps answers short (a page of a few
 * lines); this is the last guard against Telegram's 4,096-character limit, which would otherwise
 * lose the reply: an answer that does not fit is sent as plain text, cut, rather than not at all.
 */
import type { Answer } from "../query/index.ts";
import { cutText } from "./cut.ts";

/** Telegram's limit on the text of one message (and of an inline result's message). */
export const MESSAGE_LIMIT = 4096;

/** The text and parse mode to send for an answer. */
export interface MessageBody {
  text: string;
  parse_mode?: "HTML";
}

/** The message for an answer: its HTML when it fits, else its plain text cut to the limit. */
export function answerBody(answer: Pick<Answer, "html" | "text">): MessageBody {
  if (answer.html.length <= MESSAGE_LIMIT) return { text: answer.html, parse_mode: "HTML" };
  return { text: cutText(answer.text, MESSAGE_LIMIT) };
}

/** Link previews would show the first source's page under every answer: too much on a phone. */
export const NO_PREVIEW = { is_disabled: true } as const;
