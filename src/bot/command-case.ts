/**
 * Commands in any letter case: "/HELP", "/Start" and "/Subscribe x" are the bot's commands, as
 * people type them on phones that capitalise the first letter. grammY matches commands exactly
 * and has no option to ignore case, so the command word is lower-cased before any handler runs.
 */
import type { MiddlewareFn } from "grammy";

/**
 * "/HELP@ParlBot rest" → "/help@ParlBot rest": only the command word at the start is changed. The
 * bot's username after "@" keeps its case: grammY compares it without case, and a reply that names
 * another bot ("/help@SomeBot is a command for @SomeBot") names it as the user wrote it.
 */
export function lowerCaseCommand(text: string, length: number): string {
  const at = text.indexOf("@");
  const end = at > 0 && at < length ? at : length;
  // ASCII only: command names are Latin letters, digits and "_", and the entity's length (in
  // UTF-16 units) must stay right, which a full Unicode lower-casing could change.
  const command = text.slice(0, end).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  return command + text.slice(end);
}

/** Middleware that lower-cases the command word of an incoming message or caption. */
export const caseInsensitiveCommands: MiddlewareFn = async (ctx, next) => {
  const msg = ctx.msg;
  if (msg) {
    const command = (msg.entities ?? msg.caption_entities)?.find(
      (e) => e.type === "bot_command" && e.offset === 0,
    );
    if (command && msg.text !== undefined) msg.text = lowerCaseCommand(msg.text, command.length);
    else if (command && msg.caption !== undefined)
      msg.caption = lowerCaseCommand(msg.caption, command.length);
  }
  await next();
};
