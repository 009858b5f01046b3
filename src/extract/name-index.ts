/**
 * An index of name words by their near variants, so that finding the people whose name may be
 * spelt like a given one costs the same however many people are known. Each word is filed under its
 * deletion neighbourhood (the word's comparable key with up to one letter left out, two for long
 * words): two words within the edit distance that `sameNameWord` accepts always share one such key
 * (a substitution is a deletion on each side, an insertion a deletion on the other), so a lookup
 * finds every candidate a comparison with everyone would find. Keys are stored as 30-bit hashes: a
 * collision only adds a candidate that the exact comparison then rejects.
 */
import { nameKey } from "./similar.ts";

/**
 * How many letters may be left out of a word's key: none for words too short to be misspelt (they
 * match only exactly), two where `sameNameWord` allows two edits (the longer word has 9 letters or
 * more), one otherwise.
 */
function deletionsFor(length: number): number {
  if (length < 4) return 0;
  return length >= 9 ? 2 : 1;
}

/** The hashed deletion neighbourhood of a name word ("Koshanov" → koshanov, oshanov, kshanov, ...). */
export function nearKeys(word: string): number[] {
  const cached = keysCache.get(word);
  if (cached) return cached;
  const key = nameKey(word);
  const out = new Set<number>([hashSkipping(key, -1, -1)]);
  const depth = deletionsFor(key.length);
  // Letters are skipped in place: no string is built for the hundred or so variants of a long word.
  for (let i = 0; depth >= 1 && i < key.length; i++) {
    out.add(hashSkipping(key, i, -1));
    for (let j = i + 1; depth >= 2 && j < key.length; j++) out.add(hashSkipping(key, i, j));
  }
  const keys = [...out];
  if (keysCache.size > 50_000) keysCache.clear();
  keysCache.set(word, keys);
  return keys;
}
const keysCache = new Map<string, number[]>();

// FNV-1a of the string without the letters at `a` and `b`, folded to 30 bits so that V8 keeps the
// key a small integer (no heap number per key).
function hashSkipping(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === a || i === b) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 2) & 0x3fffffff;
}

/** Items filed under the near variants of their name words. */
export class NameIndex<T> {
  // Most keys belong to one item: keep it bare, and make a list only when a second one arrives.
  private readonly byKey = new Map<number, T | T[]>();
  private readonly filed = new Map<T, Set<string>>();

  /** Files `item` under a word (once per distinct comparable word). */
  add(word: string, item: T): void {
    const key = nameKey(word);
    const words = this.filed.get(item) ?? new Set<string>();
    if (words.has(key)) return;
    words.add(key);
    this.filed.set(item, words);
    for (const k of nearKeys(word)) {
      const at = this.byKey.get(k);
      if (at === undefined) this.byKey.set(k, item);
      // An item's words are filed one after another: a repeat can only be the last one listed.
      else if (Array.isArray(at)) {
        if (at[at.length - 1] !== item) at.push(item);
      } else if (at !== item) this.byKey.set(k, [at, item]);
    }
  }

  /** The items filed under a word that may be a spelling of `word` (a superset; check each). */
  near(word: string): Set<T> {
    const out = new Set<T>();
    this.each(word, (x) => out.add(x));
    return out;
  }

  /** How many filings a lookup of `word` would read (an upper bound of `near(word).size`, without reading them). */
  count(word: string): number {
    let n = 0;
    for (const k of nearKeys(word)) {
      const at = this.byKey.get(k);
      if (at !== undefined) n += Array.isArray(at) ? at.length : 1;
    }
    return n;
  }

  private each(word: string, visit: (item: T) => void): void {
    for (const k of nearKeys(word)) {
      const at = this.byKey.get(k);
      if (at === undefined) continue;
      if (Array.isArray(at)) for (const x of at) visit(x);
      else visit(at);
    }
  }
}
