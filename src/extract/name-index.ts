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

/**
 * Items filed under the near variants of their name words. The table holds millions of keys for a
 * large base, so it is kept in typed arrays (open addressing, one list of filings per key) rather
 * than in a Map with an entry per key, which cost several times the memory.
 */
export class NameIndex<T> {
  private readonly items: T[] = [];
  private readonly ids = new Map<T, number>();
  private readonly filed = new Map<T, Set<string>>();
  /** Per slot: the key (-1 when free), its latest filing, and how many filings it has. */
  private keys = new Int32Array(1024).fill(-1);
  private latest = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private used = 0;
  /** Per filing: the item's number and the filing of the same key before it (-1 for the first). */
  private filingItem = new Int32Array(1024);
  private filingNext = new Int32Array(1024);
  private filings = 0;

  /** Files `item` under a word (once per distinct comparable word). */
  add(word: string, item: T): void {
    const key = nameKey(word);
    const words = this.filed.get(item) ?? new Set<string>();
    if (words.has(key)) return;
    words.add(key);
    this.filed.set(item, words);
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.push(item) - 1;
      this.ids.set(item, id);
    }
    for (const k of nearKeys(word)) {
      let slot = this.slotOf(k);
      if (this.keys[slot] === -1) {
        slot = this.claim(k);
        this.latest[slot] = this.newFiling(id, -1);
        this.counts[slot] = 1;
        continue;
      }
      // An item's words are filed one after another: a repeat can only be the last one listed.
      if (this.filingItem[this.latest[slot] as number] === id) continue;
      this.latest[slot] = this.newFiling(id, this.latest[slot] as number);
      (this.counts[slot] as number)++;
    }
  }

  /** The items filed under a word that may be a spelling of `word` (a superset; check each). */
  near(word: string): Set<T> {
    const out = new Set<T>();
    for (const k of nearKeys(word)) {
      const slot = this.slotOf(k);
      if (this.keys[slot] === -1) continue;
      for (let f = this.latest[slot] as number; f >= 0; f = this.filingNext[f] as number)
        out.add(this.items[this.filingItem[f] as number] as T);
    }
    return out;
  }

  /** How many filings a lookup of `word` would read (an upper bound of `near(word).size`, without reading them). */
  count(word: string): number {
    let n = 0;
    for (const k of nearKeys(word)) {
      const slot = this.slotOf(k);
      if (this.keys[slot] !== -1) n += this.counts[slot] as number;
    }
    return n;
  }

  // The slot of a key, or the free slot where it would go (keys are hashes already: no rehashing).
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  // Takes a free slot for a new key, growing the table to keep it at most three quarters full.
  private claim(key: number): number {
    if (++this.used * 4 > this.keys.length * 3) this.grow();
    const slot = this.slotOf(key);
    this.keys[slot] = key;
    return slot;
  }

  private grow(): void {
    const [keys, latest, counts] = [this.keys, this.latest, this.counts];
    const size = keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.latest = new Int32Array(size);
    this.counts = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === -1) continue;
      const slot = this.slotOf(key);
      this.keys[slot] = key;
      this.latest[slot] = latest[i] as number;
      this.counts[slot] = counts[i] as number;
    }
  }

  private newFiling(id: number, before: number): number {
    if (this.filings === this.filingItem.length) {
      const size = Math.ceil(this.filings * 1.5);
      const item = new Int32Array(size);
      const next = new Int32Array(size);
      item.set(this.filingItem);
      next.set(this.filingNext);
      this.filingItem = item;
      this.filingNext = next;
    }
    this.filingItem[this.filings] = id;
    this.filingNext[this.filings] = before;
    return this.filings++;
  }
}
