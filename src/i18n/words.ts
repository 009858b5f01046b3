/**
 * The fixed words of replies in one language: catalogue messages, dates and lists. English dates are
 * written as before ("4 September 2025"); Russian and Kazakh ones as those languages write them in
 * lists, day.month.year ("04.09.2025"), with the long form ("4 сентября 2025 г.",
 * "2025 жылғы 4 қыркүйек") for dates that stand alone in a sentence.
 */
import { formatDate, formatRange } from "../query/format.ts";
import { type MessageVariables, translate } from "./catalogue.ts";
import type { Language } from "./language.ts";

/** What composers need to write a reply in one language. */
export interface Words {
  language: Language;
  /** A catalogue message. */
  t(key: string, variables?: MessageVariables): string;
  /** A day ("2025-09-04") as the language writes it in a list. */
  date(iso: string): string;
  /** A range of days; one day when `end` is missing or equal. */
  range(start: string, end?: string): string;
  /** "A, B and C" in the language. */
  list(items: string[]): string;
}

const numeric = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

/** A day in words as the language writes it in a sentence: "4 сентября 2025 г.", "2025 жылғы 4 қыркүйек". */
export function longDate(language: Language, iso: string): string {
  if (language === "en") return formatDate(iso);
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === "kk") {
    // ICU writes "2025 ж. 4 қыркүйек"; the written language says "2025 жылғы 4 қыркүйек".
    const parts = new Intl.DateTimeFormat("kk", { day: "numeric", month: "long", timeZone: "UTC" }).format(
      date,
    );
    return `${date.getUTCFullYear()} жылғы ${parts.toLowerCase()}`;
  }
  return new Intl.DateTimeFormat(language, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

const cache = new Map<Language, Words>();

/** The words of one language (built once). */
export function wordsFor(language: Language): Words {
  let words = cache.get(language);
  if (!words) {
    const and = translate(language, "reply-and");
    const list = (items: string[]) =>
      items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
    words =
      language === "en"
        ? {
            language,
            t: (k, v) => translate(language, k, v),
            date: formatDate,
            range: formatRange,
            list: (items) => items.join(` ${and} `),
          }
        : {
            language,
            t: (k, v) => translate(language, k, v),
            date: numeric,
            range: (start, end) =>
              !end || end === start ? numeric(start) : `${numeric(start)}–${numeric(end)}`,
            list,
          };
    cache.set(language, words);
  }
  return words;
}

/** English words: the default of every composer, so that callers that say nothing get English. */
export const ENGLISH: Words = wordsFor("en");
