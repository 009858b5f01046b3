/**
 * The key a name keeps whatever transliteration spells it: "Dzhakupov" and "Jakupov", "Shentop" and
 * "Şentop", "Chavushoglu" and "Çavuşoğlu", "Matvienko" and "Matviyenko" have one key. Outlets write a
 * Kazakh, Russian or Turkish name in English each their own way; a reader types one of them.
 */

// Letter groups that one sound is written with in one system and a single letter in another, in the
// order they are replaced (longest first).
const SPELLINGS: [RegExp, string][] = [
  [/dzh|dj|zh/g, "j"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/sh/g, "s"],
  [/ch/g, "c"],
  [/ph/g, "f"],
  [/ck|q/g, "k"],
  [/w/g, "v"],
  [/ou/g, "u"],
  [/y/g, "i"],
];

/** The transliteration key of a folded word (lower-case Latin letters). */
export function spellingKey(word: string): string {
  let key = word;
  for (const [group, letter] of SPELLINGS) key = key.replace(group, letter);
  // Doubled letters are a spelling ("Kassymaliyeva", "Kasymalieva"), not a sound.
  return key.replace(/(.)\1+/g, "$1");
}
