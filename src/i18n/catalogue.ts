/**
 * The message catalogue: one Fluent file per language in `locales/` (en, ru, kk). The answering
 * core, the terminal and notifications read it through {@link translate}; the bot hands the same
 * folder ({@link LOCALES_DIR}) to grammY's i18n plugin, so that every door says the same words.
 *
 * This module reads the files with Fluent's own library, not the plugin: the plugin loads a Deno
 * compatibility layer that costs a command line question a tenth of a second. Fluent itself is
 * required, and each language's file parsed, only when a message of that language is first asked
 * for, so that an English question, whose replies come from the answering core's own table, reads
 * none of it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { FluentBundle, FluentVariable } from "@fluent/bundle";
import type { Language } from "./language.ts";

/** The folder of the Fluent files, `<language>.ftl` (the build copies it next to the code). */
export const LOCALES_DIR = fileURLToPath(new URL("./locales", import.meta.url));

/** The language whose message stands in for one another language lacks. */
const FALLBACK: Language = "en";

// The messages English has (every language falls back to it), read from its file's "key =" lines
// on first use.
let keys: Set<string> | undefined;

/** Whether the catalogue has a message (in English, and so in every language through the fallback). */
export function hasMessage(key: string): boolean {
  keys ??= new Set(
    [...readFileSync(`${LOCALES_DIR}/en.ftl`, "utf8").matchAll(/^([a-z][\w-]*)\s*=/gm)].map(
      (m) => m[1] as string,
    ),
  );
  return keys.has(key);
}

/** Variables of a message. */
export type MessageVariables = Record<string, string | number>;

const bundles = new Map<Language, FluentBundle>();

/** A language's messages, parsed on first use. */
function bundle(language: Language): FluentBundle {
  let found = bundles.get(language);
  if (!found) {
    // @fluent/bundle is CommonJS (UMD): required synchronously, so that translate stays synchronous.
    const fluent = createRequire(import.meta.url)("@fluent/bundle") as typeof import("@fluent/bundle");
    // No Unicode isolation marks around values: replies are also plain text for the terminal and tools.
    found = new fluent.FluentBundle(language, { useIsolating: false });
    const source = readFileSync(`${LOCALES_DIR}/${language}.ftl`, "utf8");
    const errors = found.addResource(new fluent.FluentResource(source));
    if (errors.length) throw new Error(`locales/${language}.ftl: ${errors.map((e) => e.message).join("; ")}`);
    bundles.set(language, found);
  }
  return found;
}

/**
 * A message of the catalogue in one language; English when the language lacks it, and `{key}`
 * (with a warning) when no language has it, as grammY's plugin does.
 */
export function translate(language: Language, key: string, variables?: MessageVariables): string {
  for (const l of language === FALLBACK ? [language] : [language, FALLBACK]) {
    const b = bundle(l);
    const message = b.getMessage(key);
    if (message?.value) return b.formatPattern(message.value, variables as Record<string, FluentVariable>);
    console.warn(`Translation message "${key}" is missing in the following locale(s): ${l}.`);
  }
  console.warn(`The translation "${key}" is missing in the locales: ${language}`);
  return `{${key}}`;
}
