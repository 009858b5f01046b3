/**
 * The chat's language: chosen with /language (kept in the store), else the user's Telegram
 * `language_code`, else English. It is put on the context (`ctx.language`) and handed to grammY's
 * i18n plugin, so that `ctx.t` speaks it. Answers to questions follow the question's own language.
 */
import { Composer } from "grammy";
import { catalogue } from "../i18n/catalogue.ts";
import { isLanguage, type Language, languageFromCode } from "../i18n/language.ts";
import type { ChatLanguages } from "../store/chat-languages.ts";
import type { ParlbotContext } from "./context.ts";

/** The language of an update's chat, without the i18n plugin (for code that only has a context). */
export function chatLanguage(ctx: ParlbotContext, languages: ChatLanguages): Language {
  const chosen = ctx.chat ? languages.get(ctx.chat.id) : undefined;
  return chosen ?? languageFromCode(ctx.from?.language_code) ?? "en";
}

/** Sets `ctx.language`, installs the i18n plugin, and answers /language. */
export function language(languages: ChatLanguages): Composer<ParlbotContext> {
  const composer = new Composer<ParlbotContext>();
  composer.use((ctx, next) => {
    ctx.language = chatLanguage(ctx, languages);
    return next();
  });
  composer.use(
    // The plugin's negotiator (see catalogue.ts) reads what the middleware above decided.
    catalogue.middleware() as unknown as Parameters<Composer<ParlbotContext>["use"]>[0],
  );
  composer.command("language", async (ctx) => {
    ctx.notes.intent = "language";
    const wanted = ctx.match.trim().toLowerCase();
    const chosen = isLanguage(wanted) ? wanted : languageFromCode(wanted);
    if (!chosen) {
      await ctx.reply(ctx.t("language-usage", { current: ctx.language }));
      return;
    }
    languages.set(ctx.chat.id, chosen);
    ctx.language = chosen;
    ctx.i18n.useLocale(chosen);
    await ctx.reply(ctx.t("language-set"));
  });
  return composer;
}
