/**
 * The bot's own wording (everything that is not an answer): welcome, help and the polite replies
 * to odd input. Telegram HTML; anything that comes from data is escaped.
 */
import type { BotCommand } from "grammy/types";
import type { Stats } from "../query/index.ts";

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A date "2025-09-04" written out as "4 September 2025". */
function longDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** /start: what the bot does and knows; the example questions follow as buttons. */
export function welcomeText(stats: Stats): string {
  const newest = stats.newest ? ` (newest article: ${escapeHtml(longDate(stats.newest))})` : "";
  return [
    "<b>Hello!</b> I answer questions about parliamentary diplomacy: who met whom, when, where, and what they signed. Every fact comes with the news article it is from.",
    "",
    `I know ${plural(stats.articles, "article")}, ${plural(stats.people, "person", "people")} and ${plural(stats.meetings, "meeting")}${newest}.`,
    "",
    "Tap an example or type your own question:",
  ].join("\n");
}

/** /help: what can be asked, with examples, and the commands. */
export function helpText(examples: string[], commands: BotCommand[]): string {
  const kinds = [
    "who met a person (<i>who met Koshanov?</i>)",
    "when or where two people met (<i>when did Nigmatulin meet Volodin?</i>)",
    "what was signed or discussed (<i>what did Kazakhstan and Mongolia sign?</i>)",
    "who someone is (<i>who is Amarbayasgalan?</i>)",
    "meetings with a country or in a period (<i>meetings with Mongolia in 2025</i>)",
    "the latest meetings (<i>latest meetings</i>)",
  ];
  return [
    "<b>Ask me in plain words</b>, for example:",
    ...examples.map((e) => `• <i>${escapeHtml(e)}</i>`),
    "",
    "<b>What I can answer</b>",
    ...kinds.map((k) => `• ${k}`),
    "",
    "Names may be misspelt or typed in Cyrillic. Long answers have <b>More</b> and <b>Back</b> buttons. In any chat, type my @username and a question to share an answer. In groups, mention me or reply to me.",
    "",
    "<b>Commands</b>",
    ...commands.map((c) => `/${c.command} — ${escapeHtml(c.description)}`),
  ].join("\n");
}

/** Replies to input the bot cannot take as a question. */
export const REPLIES = {
  notText: (example: string) =>
    `I answer text questions. Type one, for example: <i>${escapeHtml(example)}</i>`,
  notAQuestion: (example: string) =>
    `Please ask a question in words, for example: <i>${escapeHtml(example)}</i>`,
  tooLong: (length: number, limit: number, example: string) =>
    `That message is ${length} characters long; I answer questions of up to ${limit}. Ask in one sentence, for example: <i>${escapeHtml(example)}</i>`,
  unknownCommand: (command: string) =>
    `I do not know the command /${escapeHtml(command)}. /help lists what I can do.`,
  rateLimited: "You are asking faster than I can answer. Please wait a few seconds, then ask again.",
  expired: "This list has expired. Please ask the question again.",
  failed: "Sorry, something went wrong on my side while answering. Please try again in a moment.",
} as const;
