/**
 * Kazakh endings that replies join to a name: the locative ("Сеулде", "Астанада", "Бішкекте") and
 * the "and / with" particle ("Қазақстан мен Моңғолия", "Египет пен Иран"). Kazakh chooses an
 * ending's vowel by the word's last vowel (vowel harmony) and its first consonant by the word's last
 * sound; these are the textbook rules, applied to the name's last word.
 */

const BACK_VOWELS = "аоұыяё";
const FRONT_VOWELS = "әеөүіэию";
const VOWELS = `${BACK_VOWELS}${FRONT_VOWELS}у`;
// Sounds after which the locative starts with "д" (vowels, sonorants, voiced "ж", "з"); after the
// others (voiceless, and "б", "в", "г", "ғ", "д", which sound voiceless at a word's end) with "т".
const VOICED_END = new Set([...VOWELS, ..."йлмнңрзж"]);
// Sounds after which the particle is "мен" (vowels and sonorants) and "бен" ("ж", "з"); else "пен".
const MEN_END = new Set([...VOWELS, ..."йлмнңр"]);

/** The last word of a name, in lower case, without a final soft or hard sign. */
function lastWord(name: string): string {
  return (
    name
      .trim()
      .split(/[\s-]+/)
      .at(-1) ?? ""
  ).toLowerCase();
}

/**
 * Whether the word's endings take front vowels ("е"): its last vowel is front, or a soft sign follows
 * that vowel ("Стокгольм"). "у" is both a back and a front vowel in Kazakh spelling, so the vowel
 * before it decides ("Мәскеу" front, "Ақтау" back); a word with no other vowel takes back ones.
 */
function takesFrontVowels(word: string): boolean {
  for (const letter of [...word].reverse()) {
    if (letter === "ь") return true;
    if (BACK_VOWELS.includes(letter)) return false;
    if (FRONT_VOWELS.includes(letter)) return true;
  }
  return false;
}

/** The last letter that is a sound ("ь" and "ъ" are not), in lower case. */
function lastSound(word: string): string {
  return word.replace(/[ьъ]+$/u, "").at(-1) ?? "";
}

/**
 * A Cyrillic name in the locative case, "in …": "Сеул" → "Сеулде", "Астана" → "Астанада", "Бішкек" →
 * "Бішкекте", "Ұланбатыр" → "Ұланбатырда", "Мәскеу" → "Мәскеуде". Only the name's last word changes.
 * A name of several words ending in "ы" / "і" ends in a possessive ("Америка Құрама Штаттары",
 * "Корея Республикасы"), after which the ending is "-нда" / "-нде".
 */
export function kazakhLocative(name: string): string {
  const trimmed = name.trim();
  const word = lastWord(trimmed);
  const vowel = takesFrontVowels(word) ? "е" : "а";
  if (/\s/.test(trimmed) && /[ыі]$/.test(word)) return `${trimmed}нд${vowel}`;
  const consonant = VOICED_END.has(lastSound(word)) ? "д" : "т";
  return `${trimmed}${consonant}${vowel}`;
}

/**
 * The particle "and" that follows a Cyrillic name ("Қазақстан мен", "Моңғолия мен", "Египет пен",
 * "Тараз бен"): "мен" after a vowel or a sonorant, "бен" after "ж" or "з", "пен" after the others.
 * Its vowel is always "е".
 */
export function kazakhAnd(name: string): string {
  const sound = lastSound(lastWord(name));
  if (MEN_END.has(sound)) return "мен";
  return sound === "ж" || sound === "з" ? "бен" : "пен";
}
