/**
 * Names of the fact base (written in Latin letters, as English news write them) in Cyrillic, as a
 * Russian or Kazakh reader would type them: "Koshanov" → "Кошанов", "Ashimbayev" → "Ашимбаев", and in
 * the Russian case a sentence needs ("с Кошановым", "с Нарбаевой"). The letters come from the
 * cyrillic-to-translit-js package (its reverse mode), the case forms and the gender from lvovich.
 */
import { createRequire } from "node:module";
import { getGender, inclineLastname } from "lvovich";
import { fold } from "../text/normalize.ts";
import { foldCyrillic } from "./fold-cyrillic.ts";

type Transliterator = ReturnType<typeof import("cyrillic-to-translit-js").default>;
let russian: Transliterator | undefined;

/** The package's Russian scheme, loaded at first use (an English question needs none of it). */
function transliterator(): Transliterator {
  if (!russian) {
    // CommonJS: required, as countries.ts requires its package, so that the build can leave it external.
    const make = createRequire(import.meta.url)(
      "cyrillic-to-translit-js",
    ) as typeof import("cyrillic-to-translit-js").default;
    russian = make({ preset: "ru" });
  }
  return russian;
}

/**
 * News write a "е" after a vowel as "ye" and a "й" after a vowel as "y" ("Tokayev", "Nikolay"), where
 * the package's scheme reads "y" as "ы": those two are written in Cyrillic before the package reads
 * the rest.
 */
function newsSpellingToScheme(latin: string): string {
  return latin
    .replace(/(?<=[aeiouy])ye/gi, (m) => (m[0] === "Y" ? "Е" : "е"))
    .replace(/(?<=[aeiou])y(?![aeiou])/gi, (m) => (m === "Y" ? "Й" : "й"));
}

/**
 * A name in Russian Cyrillic ("Ashimbayev" → "Ашимбаев"), or undefined when the letters cannot be
 * told for sure: when a Latin letter is left ("Tracy") or when the Cyrillic, written back in Latin
 * letters the way the question parser does, is not the name again (so that a question naming it finds
 * the same person).
 */
export function cyrillicName(latin: string): string | undefined {
  const cyrillic = cyrillicSpelling(latin);
  if (cyrillic === undefined) return undefined;
  const back = cyrillic.split(/\s+/).map(foldCyrillic).join(" ");
  return back === fold(latin) ? cyrillic : undefined;
}

/**
 * A name in Russian Cyrillic as the transliteration writes it, sure or not ("Tolbaeva" → "Толбаева",
 * which cyrillicName leaves out, as "Толбаева" reads back "Tolbayeva"); undefined when a Latin letter is
 * left. Good enough to count a reader's slips against, not to print.
 */
export function cyrillicSpelling(latin: string): string | undefined {
  const cyrillic = transliterator().reverse(newsSpellingToScheme(latin));
  return /^[\p{Script=Cyrillic}\s-]+$/u.test(cyrillic) ? cyrillic : undefined;
}

/** The grammatical gender of a person's name as lvovich tells it from the Cyrillic first name and surname, else undefined. */
export function nameGender(latinName: string): "male" | "female" | undefined {
  const words = latinName.trim().split(/\s+/);
  const last = cyrillicName(words.at(-1) ?? "");
  const first = words.length > 1 ? cyrillicName(words[0] as string) : undefined;
  if (!last && !first) return undefined;
  const gender = getGender({ first, last });
  return gender === "male" || gender === "female" ? gender : undefined;
}

/** A surname in Russian Cyrillic in the instrumental case ("с Кошановым", "с Нарбаевой"), for "кто встречался с …?". */
export function russianInstrumental(cyrillicSurname: string, gender?: "male" | "female"): string {
  return inclineLastname(cyrillicSurname, "instrumental", gender ?? null);
}
