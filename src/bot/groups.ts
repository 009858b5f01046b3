/**
 * Groups: the bot takes part only when spoken to. In a group or supergroup it handles commands,
 * messages that mention it and replies to its own messages (and button presses on them); all other
 * chatter is ignored silently. Private chats and inline queries pass unchanged.
 */
import type { Context, MiddlewareFn } from "grammy";

/** True when the chat is a group of people rather than a private chat. */
export function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

/** True when a group message is a command, mentions the bot or replies to the bot. */
export function isAddressedToBot(ctx: Context): boolean {
  const msg = ctx.msg;
  if (!msg) return true;
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  const text = msg.text ?? msg.caption ?? "";
  const entities = msg.entities ?? msg.caption_entities ?? [];
  if (entities.some((e) => e.type === "bot_command" && e.offset === 0)) return true;
  return text.toLowerCase().includes(`@${ctx.me.username.toLowerCase()}`);
}

/** Removes "@botname" from a question asked in a group. */
export function withoutMention(text: string, username: string): string {
  return text
    .replace(new RegExp(`\\s*@${username}\\b`, "gi"), "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Middleware that drops group messages not addressed to the bot. */
export const onlyWhenAddressed: MiddlewareFn<Context> = async (ctx, next) => {
  if (ctx.callbackQuery || !isGroup(ctx) || isAddressedToBot(ctx)) await next();
};
