/**
 * Which language a text is written in, among the three parlbot speaks: Kazakh, Russian, English.
 * Kazakh is told from Russian by the letters only Kazakh has (ә, ғ, қ, ң, ө, ұ, ү, һ, і) and by a few
 * Kazakh words written without them; any other Cyrillic is Russian; Latin letters mean English.
 */

/** The languages of the interface and of replies. */
export const LANGUAGES = ["en", "ru", "kk"] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
// Kazakh words that happen to use only letters Russian has too.
const KAZAKH_WORDS =
  /(^|[^\p{L}])(кездесті|кездесу|кездесулер|жылы|туралы|мен|пен|бен|кім|не|жоқ|бар|сәлем|рахмет|көмек|ма|ме|ба|бе|па|пе)(?=$|[^\p{L}])/iu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
// "не" and "мен" also occur in Russian sentences: they count only when no Russian-only word is there.
const RUSSIAN_WORDS =
  /(^|[^\p{L}])(кто|что|когда|где|с|в|и|встреч\p{L}*|о|об|ли|такой|такая)(?=$|[^\p{L}])/iu;

/** Whether a string names one of the languages parlbot speaks. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a text is written in, or undefined when it has no letters to tell by. The words typed
 * in lower case decide (names may be typed in any script: "who met Матвиенко?" is English), and
 * among them the most words in one script.
 */
export function detectLanguage(text: string): Language | undefined {
  const words = text.match(/\p{L}+/gu) ?? [];
  const lower = words.filter((w) => !/^\p{Lu}/u.test(w));
  const pool = lower.length ? lower : words;
  const cyrillic = pool.filter((w) => CYRILLIC.test(w));
  const latin = pool.filter((w) => LATIN.test(w)).length;
  if (!cyrillic.length && !latin) return undefined;
  if (latin > cyrillic.length) return "en";
  // Kazakh letters tell in any word, also a capitalised one ("Сәлеметсіз бе?", "Қошанов кіммен кездесті?").
  const kazakh = words.some((w) => KAZAKH_LETTERS.test(w));
  const sample = cyrillic.join(" ");
  return kazakh || (KAZAKH_WORDS.test(sample) && !RUSSIAN_WORDS.test(sample)) ? "kk" : "ru";
}

/**
 * A language code as Telegram (`language_code`, IETF: "ru", "kk", "en-GB") or a POSIX locale
 * (`LANG`: "ru_RU.UTF-8") gives it, as one of parlbot's languages, or undefined.
 */
export function languageFromCode(code: string | undefined): Language | undefined {
  const base = code?.toLowerCase().split(/[-_.@]/)[0];
  if (base === "kz") return "kk";
  return isLanguage(base) ? base : undefined;
}

// Each language by its names, as a user may type one after /language ("русский", "English", "қазақша").
const LANGUAGE_NAMES: [Language, RegExp][] = [
  ["en", /^(english|eng|английский|англ|ағылшын(ша)?)$/],
  ["ru", /^(russian|rus|русский|рус|по-русски|орыс(ша)?)$/],
  ["kk", /^(kazakh|qazaq|kaz|қазақ(ша)?|казах(ский)?|по-казахски|қазақ тілі)$/],
];

/** A language named in words ("русский", "Kazakh", "қазақша"), or undefined. */
export function languageFromName(name: string): Language | undefined {
  const wanted = name.trim().toLowerCase();
  return LANGUAGE_NAMES.find(([, names]) => names.test(wanted))?.[0];
}

/**
 * The language to answer a text in: the text's own language when it has letters, else the chat's
 * chosen language, else the user's, else English.
 */
export function replyLanguage(text: string, ...fallbacks: (Language | undefined)[]): Language {
  return detectLanguage(text) ?? fallbacks.find((l) => l !== undefined) ?? "en";
}
