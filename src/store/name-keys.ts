/**
 * Keys for matching a watched name ("Koshanof", "Кошанов") against the names of people in new
 * meetings, tolerant of case, diacritics, script and one typo per word. Each word of a watched
 * name is stored with every variant that drops one letter; two words within one edit share a
 * variant, so candidates come from an index lookup and only they are checked exactly.
 */
import transliterate from "@sindresorhus/transliterate";

/** Titles that are not part of a name. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "prof", "sir", "madam"]);

/** Words shorter than this must match exactly: one edit would turn them into other words. */
const MIN_FUZZY_LENGTH = 4;

/** The longest name a chat may follow, in characters, words and letters per word. */
export const NAME_LIMITS = { characters: 100, words: 6, wordLetters: 30 } as const;

/**
 * Why a name cannot be followed, or undefined when it is within {@link NAME_LIMITS}. The bounds
 * keep one chat message from storing an unbounded number of index keys (one per letter).
 */
export function nameLimitProblem(name: string): "characters" | "words" | "wordLetters" | undefined {
  const text = name.trim();
  if (text.length > NAME_LIMITS.characters) return "characters";
  if (text.split(/\s+/).length > NAME_LIMITS.words) return "words";
  if (nameWords(text).some((w) => w.length > NAME_LIMITS.wordLetters)) return "wordLetters";
  return undefined;
}

/** The words of a name, lower-case Latin without diacritics: "Erlan Koshanov" → ["erlan", "koshanov"]. */
export function nameWords(name: string): string[] {
  // Diacritics go first, so that "ü" becomes "u" rather than the German "ue" transliteration gives.
  return transliterate(name.normalize("NFKD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2 && !HONORIFICS.has(w));
}

/** The canonical key of a watched name: its words joined by spaces. */
export function nameKey(name: string): string {
  return nameWords(name).join(" ");
}

/** A word and every variant of it with one letter dropped (only the word itself when it is short). */
export function wordVariants(word: string): string[] {
  if (word.length < MIN_FUZZY_LENGTH) return [word];
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/**
 * Every index key of a watched name's key (the variants of each of its words). Bounded whatever
 * the key: at most {@link NAME_LIMITS}.words words of at most wordLetters letters are indexed.
 */
export function watchKeysOf(key: string): string[] {
  const words = key.split(" ").filter(Boolean).slice(0, NAME_LIMITS.words);
  return [...new Set(words.map((w) => w.slice(0, NAME_LIMITS.wordLetters)).flatMap(wordVariants))];
}

/** Whether two words are the same name word, allowing one edit (or a swap of neighbours) in longer words. */
export function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_FUZZY_LENGTH || b.length < MIN_FUZZY_LENGTH) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

/**
 * Whether a watched name (its key) names a person known by these names: every word of the
 * watched name must match some word of the person's name or aliases.
 */
export function watchedNameMatches(key: string, personNames: string[]): boolean {
  const words = personNames.flatMap(nameWords);
  const watched = key.split(" ").filter(Boolean);
  return watched.length > 0 && watched.every((w) => words.some((p) => wordsMatch(w, p)));
}

// Optimal string alignment distance ≤ 1, in one pass: lengths differ by at most one here.
function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const restSame = a.slice(i + 1) === b.slice(i + 1);
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return restSame || swapped;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}
