import type { Context } from "grammy";

/** What the bot notes about an update while handling it, for the one log line per update. */
export interface UpdateNotes {
  /** The intent the answering core read in the question, or what else the update was. */
  intent?: string;
}

/** grammY's context with parlbot's notes (a context flavor, set by the update logger). */
export type ParlbotContext = Context & { notes: UpdateNotes };
