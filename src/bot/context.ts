import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Language } from "../i18n/language.ts";

/** What the bot notes about an update while handling it, for the one log line per update. */
export interface UpdateNotes {
  /** The intent the answering core read in the question, or what else the update was. */
  intent?: string;
}

/**
 * grammY's context with parlbot's notes (a context flavor, set by the update logger), the i18n
 * plugin's translation functions, and the chat's language (set by the language middleware).
 */
export type ParlbotContext = Context & I18nFlavor & { notes: UpdateNotes; language: Language };
