/**
 * The chat's language: chosen with /language (kept in the store), else the user's Telegram
 * `language_code`, else English. It is put on the context (`ctx.language`) and handed to grammY's
 * i18n plugin, so that `ctx.t` speaks it. Answers to questions follow the question's own language.
 */
import { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { LOCALES_DIR } from "../i18n/catalogue.ts";
import { isLanguage, type Language, languageFromCode, languageFromName } from "../i18n/language.ts";
import type { ChatLanguages } from "../store/chat-languages.ts";
import type { ParlbotContext } from "./context.ts";

/** grammY's i18n plugin over the catalogue's Fluent files, so that `ctx.t` says what {@link translate} says. */
const plugin = new I18n<ParlbotContext>({
  defaultLocale: "en",
  directory: LOCALES_DIR,
  // No Unicode isolation marks around values, as in the catalogue.
  fluentBundleOptions: { useIsolating: false },
  // The middleware below decides (chosen language, then Telegram's) and sets ctx.language.
  localeNegotiator: (ctx) => ctx.language,
});

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
    // The plugin's negotiator (above) reads what the middleware above decided.
    plugin.middleware() as unknown as Parameters<Composer<ParlbotContext>["use"]>[0],
  );
  composer.command("language", async (ctx) => {
    ctx.notes.intent = "language";
    const wanted = ctx.match.trim().toLowerCase();
    const chosen = isLanguage(wanted) ? wanted : (languageFromCode(wanted) ?? languageFromName(wanted));
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
