/**
 * Cyrillic names written in Latin letters the way the fact base (from English news) writes them, so
 * that a name or city typed in Russian or Kazakh finds its English spelling ("Қошанов" → "koshanov").
 */
import { fold } from "../text/normalize.ts";

// Kazakh letters that the transliteration package does not know, as names are written in Latin.
const KAZAKH_LATIN: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
};

/**
 * A Cyrillic word folded the way the fact base's names are: Kazakh letters first made Russian ones,
 * then "ё" and a "е" that starts a syllable written as English news writes them ("Мирзиёев" →
 * "mirziyoyev", "Токаев" → "tokayev", "Ерлан" → "yerlan"), where the transliteration package would
 * give "mirzieev", too far from the articles' spelling for the fuzzy matcher.
 */
export function foldCyrillic(word: string): string {
  const russian = word.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g, (c) => {
    const r = KAZAKH_LATIN[c.toLowerCase()] as string;
    return c === c.toLowerCase() ? r : r.toUpperCase();
  });
  const english = russian
    .toLowerCase()
    .replace(/ё/g, "yo")
    .replace(/(^|[аеиоуыэюяaeiouьъ])е/g, (_, before: string) => `${before.replace(/[ьъ]/, "")}ye`);
  return fold(english).replace(/\s+/g, "");
}
