/**
 * Name similarity: the edit distance that decides whether two spellings are one name
 * ("Nigmatulin" / "Nigmatullin", "Koshanov" / "Koashanov", "Amarbaysgalan" / "Amarbayasgalan").
 */
import { BoundedCache } from "../text/bounded-cache.ts";
import { rememberedAnswers } from "./pattern-cache.ts";
import { fold } from "./text.ts";

/**
 * Levenshtein distance between two strings. Given `max`, stops as soon as the distance is known to
 * exceed it and returns `max + 1` (exact at or below `max`).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  // One row of the table, reused from call to call (names are compared millions of times).
  if (row.length <= b.length) row = new Float64Array(b.length + 1);
  const prev = row;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j] as number;
      prev[j] = Math.min(tmp + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, prev[j] as number);
      diag = tmp;
    }
    // No later row is below this one's least value.
    if (rowMin > max) return max + 1;
  }
  return prev[b.length] as number;
}
let row = new Float64Array(64);

/** A name word in comparable form: folded, without apostrophes, "y"/"i" and "zh"/"j" spellings merged. */
export function nameKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const key = fold(word)
    .replace(/['’.]/g, "")
    // The Prophet's name, the commonest given name, in its transliterations: Muhammad, Mohammed,
    // Mohamad, Muhammed, Mukhammad (also opening a compound: Mohammadreza, Mukhammadali).
    .replace(/^m[ou]k?ham+[ae]d/, "muhamad")
    .replace(/^(ye|e)(?=r)/, "e") // Yerlan / Erlan
    .replace(/q/g, "k")
    .replace(/dzh|dj/g, "j") // Dzhakupov / Djakupov / Jakupov
    .replace(/zh/g, "j")
    .replace(/ts/g, "c")
    .replace(/(?<=.{3})(iy|ii)$/, "y") // Dmitriy / Dmitrii / Dmitry, Yuriy / Yurii / Yury
    .replace(/(.)\1/g, "$1") // Nigmatullin / Nigmatulin
    .replace(/(?<=.{5})(iin|yn)$/, "") // Mongolian genitive: Dashzegviin / Dashzegve
    // The Kazakh forms of a surname, "son of" / "daughter of", and their Russian ones: Tokbergenuly /
    // Tokbergenov, Abenkyzy / Abenova.
    .replace(/(?<=.{4})uly$/, "ov")
    .replace(/(?<=.{4})kyzy$/, "ova");
  keyCache.set(word, key);
  return key;
}
const keyCache = new BoundedCache<string, string>(100_000);

/**
 * The longest name word (its {@link nameKey}) that is matched with a spelling one or two letters apart;
 * a longer one matches only itself. No name word is this long ("Wolfeschlegelsteinhausenbergerdorff"
 * has 35 letters); a "word" of hundreds of letters is a text without spaces, and the near variants of a
 * word grow with the square of its length (name-index.ts), so filing such a word would take minutes.
 */
export const MAX_SPELLED_LENGTH = 40;

/** Whether two name words are the same word spelt differently (one or two letters apart, by length). */
export function sameNameWord(a: string, b: string): boolean {
  return sameNameKey(nameKey(a), nameKey(b));
}

/** {@link sameNameWord} of two words given by their {@link nameKey}s (for callers that keep the keys). */
export function sameNameKey(x: string, y: string): boolean {
  if (x === y) return true;
  // "Nazarbayev" and "Nazarbayeva" are two people (a man and a woman of one family).
  if ((x.endsWith("a") && x.slice(0, -1) === y) || (y.endsWith("a") && y.slice(0, -1) === x)) return false;
  const longest = Math.max(x.length, y.length);
  if (longest < 5 || longest > MAX_SPELLED_LENGTH || Math.abs(x.length - y.length) > 2) return false;
  const limit = longest >= 9 ? 2 : 1;
  // One edit changes the first letter or the last one, never both: most pairs of unrelated words
  // end here, before the table of edits is filled.
  if (limit === 1 && x[0] !== y[0] && x[x.length - 1] !== y[y.length - 1]) return false;
  return editDistance(x, y, limit) <= limit;
}

/**
 * A name word's {@link nameKey} with the letters that transliterations of one name swap merged: g, k,
 * q and h ("Asgarov" / "Askerov", "Hasanov" / "Gasanov", "Ibrahimov" / "Ibragimov"), e and a (the
 * Azerbaijani "ə" written either way), i and y ("Huseynov" / "Guseinov"), "kh" and "h", "dj" and "j".
 * Two words with one such form are one name in two transliterations; used within one article only,
 * where two people whose names differ by exactly those letters are not expected.
 * Made once per word: each new name of an article is compared with every name of its people so far,
 * and each comparison asks for the keys of all their words again (six replacements a word).
 */
export const transliterationKey: (word: string) => string = rememberedAnswers(
  (word) =>
    nameKey(word)
      .replace(/dj/g, "j")
      .replace(/kh/g, "h")
      .replace(/[gkh]/g, "k")
      .replace(/e/g, "a")
      .replace(/y/g, "i")
      .replace(/(.)\1/g, "$1"),
  100_000,
);
