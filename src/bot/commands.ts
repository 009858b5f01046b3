/**
 * /start and /help, the list of commands for Telegram's menu, and a reply to commands nobody
 * handles. Extra commands (subscriptions, ingest) are handled by extensions; they are listed here.
 */
import { Composer } from "grammy";
import type { BotCommand } from "grammy/types";
import { hasMessage } from "../i18n/catalogue.ts";
import type { Answerer } from "../query/index.ts";
import type { ParlbotContext } from "./context.ts";
import { examplesKeyboard } from "./paging.ts";
import { helpText, replies, welcomeText } from "./texts.ts";

/** The bot's own commands. */
export const OWN_COMMANDS: BotCommand[] = [
  { command: "start", description: "what I know, with example questions" },
  { command: "help", description: "what you can ask me, and the commands" },
  { command: "language", description: "choose the language: /language en, ru or kk" },
];

/** Every command the bot answers: its own, then the extensions'. */
export function allCommands(extra: BotCommand[] = []): BotCommand[] {
  return [...OWN_COMMANDS, ...extra];
}

/** Handlers for /start and /help. */
export function commands(answerer: Answerer, extra: BotCommand[] = []): Composer<ParlbotContext> {
  const composer = new Composer<ParlbotContext>();
  composer.command("start", async (ctx) => {
    ctx.notes.intent = "start";
    await ctx.reply(welcomeText(answerer.stats(), ctx.language), {
      parse_mode: "HTML",
      reply_markup: examplesKeyboard(answerer.examples(ctx.language), ctx.language),
    });
  });
  composer.command("help", async (ctx) => {
    ctx.notes.intent = "help";
    const described = allCommands(extra).map((c) => ({
      command: c.command,
      // Commands the catalogue describes are described in the chat's language; others as they come.
      description: hasMessage(`command-${c.command}`) ? ctx.t(`command-${c.command}`) : c.description,
    }));
    await ctx.reply(helpText(answerer.examples(ctx.language), described, ctx.language), {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    });
  });
  return composer;
}

/**
 * A reply to a command that no handler took ("/foo"), so that it is not read as a question.
 * Commands addressed to another bot in a group ("/help@OtherBot") are left alone; in a private chat,
 * where no other bot can read them, the user is told whom the command was for.
 */
export function unknownCommands(): Composer<ParlbotContext> {
  const composer = new Composer<ParlbotContext>();
  composer.on("message::bot_command", async (ctx, next) => {
    const entities = ctx.msg.entities ?? ctx.msg.caption_entities ?? [];
    const entity = entities.find((e) => e.type === "bot_command" && e.offset === 0);
    if (!entity) return next();
    const text = ctx.msg.text ?? ctx.msg.caption ?? "";
    const [command = "", target] = text.slice(1, entity.length).split("@");
    if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) {
      if (ctx.chat?.type !== "private") return;
      ctx.notes.intent = "other-bot-command";
      await ctx.reply(replies(ctx.language).otherBot(command, target), { parse_mode: "HTML" });
      return;
    }
    ctx.notes.intent = "unknown-command";
    await ctx.reply(replies(ctx.language).unknownCommand(command), { parse_mode: "HTML" });
  });
  return composer;
}
