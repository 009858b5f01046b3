/**
 * Tokens with their offsets, and the text normalisation every matcher shares.
 */

/** A word or punctuation mark of a sentence, with where it stands. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens and dots of initials ("Sye-kyun", "ash-Sheikh", "K.Tokayev", "d'Ivoire").
const TOKEN = /[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*\.?|[^\s\p{L}\p{M}\d]/gu;

/** Splits a sentence into tokens. A trailing full stop stays on a one-letter initial ("K."). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let start = m.index as number;
    // Keep the dot only on initials and known abbreviations; otherwise it is punctuation.
    if (word.length > 1 && word.endsWith(".") && !/^(\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof)\.$/u.test(word)) {
      out.push({ text: word.slice(0, -1), start, end: start + word.length - 1 });
      start += word.length - 1;
      word = ".";
    }
    // A possessive is a token of its own, so that "Kyrgyzstan’s" is found as a country.
    const possessive = /^(.{2,})(['’]s)$/u.exec(word);
    if (possessive) {
      const stem = possessive[1] as string;
      out.push({ text: stem, start, end: start + stem.length });
      out.push({ text: possessive[2] as string, start: start + stem.length, end: start + word.length });
      continue;
    }
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

/** Lower case without diacritics or apostrophe variants: the key every lookup uses. */
export function fold(s: string): string {
  // Words repeat endlessly across articles: remember the folds of short strings.
  const cached = foldCache.get(s);
  if (cached !== undefined) return cached;
  const folded = /^[a-z0-9 .,'-]*$/.test(s)
    ? s
    : s
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[’`´]/g, "'")
        .toLowerCase();
  if (s.length <= 40) {
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(s, folded);
  }
  return folded;
}
const foldCache = new Map<string, string>();

/** Whether a word starts with a capital letter. */
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Whether a word is written in capitals only (two letters or more). */
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.'’-]{2,}$/u.test(w) && /\p{Lu}{2}/u.test(w);
