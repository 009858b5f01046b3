/**
 * Commands in any letter case: "/HELP", "/Start" and "/Subscribe x" are the bot's commands, as
 * people type them on phones that capitalise the first letter. grammY matches commands exactly
 * and has no option to ignore case, so the command word is lower-cased before any handler runs.
 */
import type { MiddlewareFn } from "grammy";

/** "/HELP@ParlBot rest" → "/help@parlbot rest": only the command entity at the start is changed. */
export function lowerCaseCommand(text: string, length: number): string {
  // ASCII only: command names are Latin letters, digits and "_", and the entity's length (in
  // UTF-16 units) must stay right, which a full Unicode lower-casing could change.
  const command = text.slice(0, length).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  return command + text.slice(length);
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
