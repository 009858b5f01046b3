/**
 * "Did you mean …?" buttons: one per name suggested for a name the base does not know, each asking
 * the same question again with that name, answered as if the user had typed it. A question that fits
 * in callback data carries itself; a longer one (Cyrillic takes two bytes a letter) is remembered
 * like a paged question and the button carries its key.
 */
import { InlineKeyboard } from "grammy";
import type { Suggestion } from "../query/index.ts";
import { cutText } from "./cut.ts";
import { askData, type QuestionMemory, rememberedData } from "./paging.ts";

/** The most suggestion buttons under one reply. */
export const MAX_SUGGESTION_BUTTONS = 3;

/** A button label that fits a phone's width on a row of its own. */
export const SUGGESTION_LABEL_LIMIT = 32;

/**
 * Adds a row per suggestion (at most {@link MAX_SUGGESTION_BUTTONS}) to `keyboard`, or to a new one;
 * undefined when there is no suggestion and no keyboard.
 */
export function withSuggestionButtons(
  suggestions: readonly Suggestion[],
  memory: QuestionMemory,
  keyboard?: InlineKeyboard,
): InlineKeyboard | undefined {
  if (!suggestions.length) return keyboard;
  const out = keyboard ?? new InlineKeyboard();
  for (const { name, question } of suggestions.slice(0, MAX_SUGGESTION_BUTTONS)) {
    // Under page buttons, each name starts a row of its own.
    if (out.inline_keyboard.at(-1)?.length) out.row();
    out.text(
      cutText(name, SUGGESTION_LABEL_LIMIT),
      askData(question) ?? rememberedData(memory.remember(question)),
    );
  }
  return out;
}
