/**
 * The message catalogue: one Fluent file per language in `locales/` (en, ru, kk), read by grammY's
 * i18n plugin. The bot uses it as middleware; the answering core and the terminal read it through
 * {@link translate}, so that every door says the same words.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Language } from "./language.ts";

/** The plugin instance with every language loaded (English is the fallback for a missing message). */
export const catalogue = new I18n({
  defaultLocale: "en",
  // No Unicode isolation marks around values: replies are also plain text for the terminal and tools.
  fluentBundleOptions: { useIsolating: false },
  // The bot's language middleware decides (chosen language, then Telegram's) and sets ctx.language.
  localeNegotiator: (ctx) => (ctx as { language?: string }).language,
});
const LOCALES = fileURLToPath(new URL("./locales", import.meta.url));
catalogue.loadLocalesDirSync(LOCALES);

// The messages English has (every language falls back to it), read from its file's "key =" lines.
const KEYS = new Set(
  [...readFileSync(`${LOCALES}/en.ftl`, "utf8").matchAll(/^([a-z][\w-]*)\s*=/gm)].map((m) => m[1] as string),
);

/** Whether the catalogue has a message (in English, and so in every language through the fallback). */
export function hasMessage(key: string): boolean {
  return KEYS.has(key);
}

/** Variables of a message. */
export type MessageVariables = Record<string, string | number>;

/** A message of the catalogue in one language. */
export function translate(language: Language, key: string, variables?: MessageVariables): string {
  return catalogue.t(language, key, variables);
}
