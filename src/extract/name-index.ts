/**
 * An index of name words by their near variants, so that finding the people whose name may be
 * spelt like a given one costs the same however many people are known. Each word is filed under its
 * deletion neighbourhood (the word's comparable key with up to one letter left out, two for long
 * words): two words within the edit distance that `sameNameWord` accepts always share one such key
 * (a substitution is a deletion on each side, an insertion a deletion on the other), so a lookup
 * finds every candidate a comparison with everyone would find. Keys are stored as 30-bit hashes: a
 * collision only adds a candidate that the exact comparison then rejects.
 */
import { BoundedCache } from "../text/bounded-cache.ts";
import { MAX_SPELLED_LENGTH, nameKey } from "./similar.ts";

/**
 * How many letters may be left out of a word's key: none for words too short to be misspelt or too
 * long to be a name (they match only exactly), two where `sameNameWord` allows two edits (the longer
 * word has 9 letters or more), one otherwise.
 */
function deletionsFor(length: number): number {
  if (length < 4 || length > MAX_SPELLED_LENGTH) return 0;
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
  keysCache.set(word, keys);
  return keys;
}
const keysCache = new BoundedCache<string, number[]>(50_000);

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
 * Items filed under the near variants of their name words. A large base files millions of (key, item)
 * pairs, so they are kept in typed arrays, sorted by key, rather than in a hash table (which kept a
 * slot per key at most three quarters full, and a linked filing per shared key: some 50 MB at 16,000
 * articles, twice this). The sorted pairs take 6 bytes each: a directory by the key's top
 * {@link BUCKET_BITS} bits gives each bucket's range, where only the key's low bits are stored. New
 * pairs wait in a small hash table of their own until it is full, then are merged into the sorted
 * ones in place, at the end of buffers that grow without being copied (resizable ArrayBuffers, which
 * reserve their address space and take memory only as they grow).
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

  // The sorted pairs: the key's low bits and the item's number, by key, then in the order filed.
  private readonly lowBuffer = resizableBuffer(MAX_PAIRS * 2);
  private readonly itemBuffer = resizableBuffer(MAX_PAIRS * 4);
  private readonly low = new Uint16Array(this.lowBuffer);
  private readonly owner = new Int32Array(this.itemBuffer);
  /** Where each bucket's pairs start (and, at the next bucket's entry, end). */
  private readonly bucketStart = new Int32Array(BUCKETS + 1);
  private sorted = 0;

  // The pairs waiting to be merged: key, item, and the one filed before under the same key (-1 for none).
  private pendingKey = new Int32Array(MIN_PENDING);
  private pendingItem = new Int32Array(MIN_PENDING);
  private pendingBefore = new Int32Array(MIN_PENDING);
  private pending = 0;
  // Their hash table: per slot a key (-1 when free) and its latest waiting pair.
  private slotKey = new Int32Array(slotsFor(MIN_PENDING)).fill(-1);
  private slotLatest = new Int32Array(slotsFor(MIN_PENDING));

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
      if (this.pending === this.pendingKey.length) this.merge();
      const slot = this.slotOf(k);
      const waiting = this.slotKey[slot] === k;
      // An item's words are filed one after another: a repeat can only be the last one filed.
      const latest = waiting
        ? (this.pendingItem[this.slotLatest[slot] as number] as number)
        : this.lastSorted(k);
      if (latest === id) continue;
      const p = this.pending++;
      this.pendingKey[p] = k;
      this.pendingItem[p] = id;
      this.pendingBefore[p] = waiting ? (this.slotLatest[slot] as number) : -1;
      this.slotKey[slot] = k;
      this.slotLatest[slot] = p;
    }
  }

  /** The items filed under a word that may be a spelling of `word` (a superset; check each). */
  near(word: string): Set<T> {
    const out = new Set<T>();
    for (const k of nearKeys(word)) {
      const lowBits = k & LOW_MASK;
      for (let i = this.firstSorted(k), end = this.bucketEnd(k); i < end && this.low[i] === lowBits; i++)
        out.add(this.items[this.owner[i] as number] as T);
      const slot = this.slotOf(k);
      if (this.slotKey[slot] !== k) continue;
      for (let p = this.slotLatest[slot] as number; p >= 0; p = this.pendingBefore[p] as number)
        out.add(this.items[this.pendingItem[p] as number] as T);
    }
    return out;
  }

  /** How many filings a lookup of `word` would read (an upper bound of `near(word).size`, without reading them). */
  count(word: string): number {
    let n = 0;
    for (const k of nearKeys(word)) {
      const lowBits = k & LOW_MASK;
      const end = this.bucketEnd(k);
      let i = this.firstSorted(k);
      const first = i;
      while (i < end && this.low[i] === lowBits) i++;
      n += i - first;
      const slot = this.slotOf(k);
      if (this.slotKey[slot] !== k) continue;
      for (let p = this.slotLatest[slot] as number; p >= 0; p = this.pendingBefore[p] as number) n++;
    }
    return n;
  }

  // The end of the sorted pairs of the bucket of key `k`.
  private bucketEnd(k: number): number {
    return this.bucketStart[(k >>> LOW_BITS) + 1] as number;
  }

  // The first sorted pair of key `k`, or where it would be (binary search in its bucket).
  private firstSorted(k: number): number {
    const lowBits = k & LOW_MASK;
    let lo = this.bucketStart[k >>> LOW_BITS] as number;
    let hi = this.bucketEnd(k);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.low[mid] as number) < lowBits) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // The item of the last sorted pair of key `k` (the latest filed of them), or -1.
  private lastSorted(k: number): number {
    const lowBits = k & LOW_MASK;
    const end = this.bucketEnd(k);
    let i = this.firstSorted(k);
    if (i === end || this.low[i] !== lowBits) return -1;
    while (i + 1 < end && this.low[i + 1] === lowBits) i++;
    return this.owner[i] as number;
  }

  // The slot of a waiting key, or the free slot where it would go (keys are hashes already).
  private slotOf(key: number): number {
    const mask = this.slotKey.length - 1;
    let slot = key & mask;
    while (this.slotKey[slot] !== -1 && this.slotKey[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  // Merges the waiting pairs into the sorted ones and empties the waiting table (sized to the base).
  private merge(): void {
    const waiting = this.pending;
    // By key, then in the order filed: the key and the pair's number in one exact double, sorted natively.
    const order = new Float64Array(waiting);
    for (let p = 0; p < waiting; p++) order[p] = (this.pendingKey[p] as number) * PENDING_LIMIT + p;
    order.sort();
    const total = this.sorted + waiting;
    this.lowBuffer.resize(total * 2);
    this.itemBuffer.resize(total * 4);
    // From the last bucket back, each bucket's old pairs and new ones are merged into its new place at
    // the end, which never overtakes an old pair not yet moved.
    let w = total;
    let j = waiting - 1;
    let oldEnd = this.sorted;
    for (let b = BUCKETS - 1; b >= 0; b--) {
      const oldBegin = this.bucketStart[b] as number;
      this.bucketStart[b + 1] = w;
      let i = oldEnd - 1;
      for (; j >= 0; j--) {
        const v = order[j] as number;
        const k = Math.floor(v / PENDING_LIMIT);
        if (k >>> LOW_BITS !== b) break;
        const lowBits = k & LOW_MASK;
        // Among equal keys the old pairs come first: a new one goes after them.
        while (i >= oldBegin && (this.low[i] as number) > lowBits) {
          w--;
          this.low[w] = this.low[i] as number;
          this.owner[w] = this.owner[i] as number;
          i--;
        }
        w--;
        this.low[w] = lowBits;
        this.owner[w] = this.pendingItem[v - k * PENDING_LIMIT] as number;
      }
      for (; i >= oldBegin; i--) {
        w--;
        this.low[w] = this.low[i] as number;
        this.owner[w] = this.owner[i] as number;
      }
      oldEnd = oldBegin;
    }
    this.bucketStart[0] = 0;
    this.sorted = total;
    // About one waiting pair for sixteen sorted: merges grow rarer as the base grows, their cost stays linear.
    const size = Math.min(PENDING_LIMIT, Math.max(MIN_PENDING, total >>> 4));
    this.pendingKey = new Int32Array(size);
    this.pendingItem = new Int32Array(size);
    this.pendingBefore = new Int32Array(size);
    this.pending = 0;
    this.slotKey = new Int32Array(slotsFor(size)).fill(-1);
    this.slotLatest = new Int32Array(slotsFor(size));
  }
}

// Keys are 30-bit hashes: the top BUCKET_BITS bits pick a bucket of the directory, the low ones are stored.
const BUCKET_BITS = 16;
const LOW_BITS = 30 - BUCKET_BITS;
const LOW_MASK = (1 << LOW_BITS) - 1;
const BUCKETS = 1 << BUCKET_BITS;
// The most pairs an index can hold (the buffers reserve address space for them, not memory).
const MAX_PAIRS = 2 ** 28;
// The fewest and the most pairs that wait to be merged (the most keeps key * limit + pair exact in a double).
const MIN_PENDING = 4096;
const PENDING_LIMIT = 2 ** 22;

// A hash table for `pairs` waiting keys, at most half full.
const slotsFor = (pairs: number) => 2 ** Math.ceil(Math.log2(pairs * 2));

// An ArrayBuffer that can grow in place up to `maxByteLength` (ES2024; Node 20 has it, TypeScript's ES2022 library does not).
type ResizableArrayBuffer = ArrayBuffer & { resize(byteLength: number): void };
function resizableBuffer(maxByteLength: number): ResizableArrayBuffer {
  const Resizable = ArrayBuffer as unknown as new (
    length: number,
    options: { maxByteLength: number },
  ) => ResizableArrayBuffer;
  return new Resizable(0, { maxByteLength });
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
