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
 * than in a Map with an entry per key, which cost several times the memory. Most keys belong to one
 * item only (a variant of one rare name): such a key holds its item in its slot, with no filing.
 */
export class NameIndex<T> {
  private readonly items: T[] = [];
  private readonly ids = new Map<T, number>();
  /**
   * The comparable words filed for each item, by its number, joined by a line break (no name word
   * holds one): one string per item, where a list of a few words and their own strings cost several
   * times that for tens of thousands of people.
   */
  private readonly filed: string[] = [];
  /**
   * Per slot: the key (-1 when free) and its latest filing, or, for a key of one item, -1 - the
   * item's number.
   */
  private keys = new Int32Array(1024).fill(-1);
  private latest = new Int32Array(1024);
  private used = 0;
  /**
   * Per filing, in chunks that are never copied: the item's number, the filing of the same key
   * before it (-1 for the first), and how many filings the key has up to this one.
   */
  private readonly filingItem: Int32Array[] = [];
  private readonly filingNext: Int32Array[] = [];
  private readonly filingCount: Int32Array[] = [];
  private filings = 0;

  /** Files `item` under a word (once per distinct comparable word). */
  add(word: string, item: T): void {
    const key = nameKey(word);
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.push(item) - 1;
      this.ids.set(item, id);
      this.filed.push(key);
    } else {
      const words = this.filed[id] as string;
      if (isListed(words, key)) return;
      // Joined by join, which writes one flat string (`+` would keep a pair pointing at the two halves).
      this.filed[id] = [words, key].join(WORD_BREAK);
    }
    for (const k of nearKeys(word)) {
      let slot = this.slotOf(k);
      if (this.keys[slot] === -1) {
        slot = this.claim(k);
        this.latest[slot] = -1 - id;
        continue;
      }
      const latest = this.latest[slot] as number;
      // An item's words are filed one after another: a repeat can only be the last one listed.
      if (this.lastItem(latest) === id) continue;
      // A key of one item gets its filings list when a second item comes.
      const before = latest < 0 ? this.newFiling(-1 - latest, -1) : latest;
      this.latest[slot] = this.newFiling(id, before);
    }
  }

  /** The items filed under a word that may be a spelling of `word` (a superset; check each). */
  near(word: string): Set<T> {
    const out = new Set<T>();
    for (const k of nearKeys(word)) {
      const slot = this.slotOf(k);
      if (this.keys[slot] === -1) continue;
      const latest = this.latest[slot] as number;
      if (latest < 0) {
        out.add(this.items[-1 - latest] as T);
        continue;
      }
      for (let f = latest; f >= 0; f = this.at(this.filingNext, f))
        out.add(this.items[this.at(this.filingItem, f)] as T);
    }
    return out;
  }

  /** How many filings a lookup of `word` would read (an upper bound of `near(word).size`, without reading them). */
  count(word: string): number {
    let n = 0;
    for (const k of nearKeys(word)) {
      const slot = this.slotOf(k);
      if (this.keys[slot] === -1) continue;
      const latest = this.latest[slot] as number;
      n += latest < 0 ? 1 : this.at(this.filingCount, latest);
    }
    return n;
  }

  // The item a slot's latest filing (or its one item) is of.
  private lastItem(latest: number): number {
    return latest < 0 ? -1 - latest : this.at(this.filingItem, latest);
  }

  // The value of filing `f` in one of the chunked filing arrays.
  private at(chunks: Int32Array[], f: number): number {
    return (chunks[f >>> CHUNK_BITS] as Int32Array)[f & CHUNK_MASK] as number;
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
    const [keys, latest] = [this.keys, this.latest];
    const size = keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.latest = new Int32Array(size);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === -1) continue;
      const slot = this.slotOf(key);
      this.keys[slot] = key;
      this.latest[slot] = latest[i] as number;
    }
  }

  private newFiling(id: number, before: number): number {
    const f = this.filings++;
    const chunk = f >>> CHUNK_BITS;
    if (chunk === this.filingItem.length) {
      this.filingItem.push(new Int32Array(CHUNK_SIZE));
      this.filingNext.push(new Int32Array(CHUNK_SIZE));
      this.filingCount.push(new Int32Array(CHUNK_SIZE));
    }
    const k = f & CHUNK_MASK;
    (this.filingItem[chunk] as Int32Array)[k] = id;
    (this.filingNext[chunk] as Int32Array)[k] = before;
    (this.filingCount[chunk] as Int32Array)[k] = before < 0 ? 1 : this.at(this.filingCount, before) + 1;
    return f;
  }
}

// What separates the words of an item in `filed` (a name word never holds a line break).
const WORD_BREAK = "\n";

// Whether `word` is one of the words joined in `words`.
function isListed(words: string, word: string): boolean {
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || words[at - 1] === WORD_BREAK) && (end === words.length || words[end] === WORD_BREAK))
      return true;
  }
  return false;
}

// Filings are stored in chunks of 2^16.
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;
