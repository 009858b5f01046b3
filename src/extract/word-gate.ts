/**
 * A literal-word gate for rule patterns: a pattern that cannot match without one of a few words is
 * run only on a text that holds one of them.
 *
 * Why: extraction runs some 2,000 small regex searches an article, most of them over a whole sentence
 * (or its skeleton) and most of them matching nothing. Many rule patterns name the word they report
 * ("today", "signed", "summed up", "the sides"): where none of those words is in the sentence, the
 * search is bound to fail, and V8 still walks the sentence once per alternative. The words of a
 * text are read once (remembered for the last few texts asked about) into a small bit table, a Bloom
 * filter: each word sets two bits chosen by its hash, and each gated pattern looks up the bits of
 * its words before it runs, a few array reads instead of a search. The table allocates nothing
 * (a first version kept a Set of word strings per text: the strings cost more in garbage collection
 * than the searches they saved). Two words may share bits: then the pattern runs for nothing, which
 * changes no result; a word that is there is never missed.
 *
 * What makes it exact (the gate never changes what a pattern matches):
 * - a word of the text is a maximal run of ASCII letters and digits, lower-cased by hand (a run
 *   between marks, spaces, underscores, apostrophes or letters outside ASCII, which no `\b` of a
 *   pattern without the `u` flag counts as word characters either: only more words come out, never fewer);
 * - a pattern's trigger words must be such that every match of the pattern contains one of them
 *   standing as a whole word: in the pattern, the literal has a word boundary, a space or the end of
 *   the pattern on both sides (`\bsigned\b`, `results\s+of`). A stem the pattern lets run on
 *   (`invit\w*`, `participa`) is no trigger word; such a pattern is not gated;
 * - the two characters that case-insensitive Unicode patterns fold to ASCII letters ("ſ" to "s",
 *   the Kelvin sign to "k") open every gate, so that "ſigned" is searched as before;
 * - a trigger word must be lower-case ASCII letters or digits (checked when the gate is made): any
 *   other could never be found, and the rule would silently never run.
 *
 * `tests/extract/word-gate.test.ts` checks each gated pattern on sentences with and without its
 * words; the facts of the development corpus are byte-identical with and without the gates.
 */
import { allMatches } from "./all-matches.ts";

/**
 * Whether `word` (lower-case ASCII letters or digits) may be a word of `text` as the gate sees it (see
 * the module comment): false means it certainly is not; true, that it is or shares its bits with one.
 */
export function mayHaveWord(text: string, word: string): boolean {
  return hasBits(bitsOf(text), wordHash(word));
}

// Bits per text: a sentence has some 25 words, so two bits a word leave a false positive per look-up
// below one in a thousand.
const TABLE_WORDS = 64; // 32-bit words: 2,048 bits
const BIT_MASK = TABLE_WORDS * 32 - 1;

// The texts rules ask about are a sentence's text and its skeleton, asked again by each pass over the
// sentences (and some rules ask about a slice of the text): each table is kept until a thousand more
// texts have been read, a few articles, so that a text is read once however many passes ask.
const RECENT_LIMIT = 1024;
const recent = new Map<string, Int32Array>();

// Every text with one of these opens every gate: /iu patterns match them as "s" and "k".
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

function bitsOf(text: string): Int32Array {
  let bits = recent.get(text);
  if (bits === undefined) {
    bits = new Int32Array(TABLE_WORDS);
    fillBits(text, bits);
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(text, bits);
  }
  return bits;
}

// FNV-1a over the lower-cased characters of each maximal run of ASCII letters and digits.
function fillBits(text: string, bits: Int32Array): void {
  let h = FNV_OFFSET;
  let inWord = false;
  let other = false;
  // (The loop reads only within the text: a read past its end would make V8 drop the loop's compiled code.)
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = charCodeAt.call(text, i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (c >= 128) other = true;
    if (inWord) {
      setBits(bits, h);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) setBits(bits, h);
  if (other && FOLDS_TO_ASCII.test(text)) bits.fill(-1);
}
// Called through the prototype's own function: texts come as strings of several kinds (sliced, joined,
// flat), and `text.charCodeAt` read on each of them would make V8 look the method up anew at every
// character, a generic look-up that cost more than the searches the gate saves.
const charCodeAt = String.prototype.charCodeAt;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

// The two bits of a hash: its low eleven bits and the eleven above them.
function setBits(bits: Int32Array, h: number): void {
  const a = h & BIT_MASK;
  const b = (h >>> 11) & BIT_MASK;
  bits[a >>> 5] = (bits[a >>> 5] as number) | (1 << (a & 31));
  bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
}

function hasBits(bits: Int32Array, h: number): boolean {
  const a = h & BIT_MASK;
  const b = (h >>> 11) & BIT_MASK;
  return (
    ((bits[a >>> 5] as number) & (1 << (a & 31))) !== 0 && ((bits[b >>> 5] as number) & (1 << (b & 31))) !== 0
  );
}

/** A rule pattern with the words it cannot match without. */
export interface GatedPattern {
  readonly pattern: RegExp;
  /** Lower-case words; every match of the pattern holds one of them as a whole word. */
  readonly words: readonly string[];
  /** Whether the text holds one of the words: if not, the pattern cannot match it. */
  mayMatch(text: string): boolean;
  /** `pattern.test(text)`, without the search where none of the words is in the text. */
  test(text: string): boolean;
  /** `pattern.exec(text)`, without the search where none of the words is in the text. */
  exec(text: string): RegExpExecArray | null;
  /** `text.search(pattern)`, without the search where none of the words is in the text. */
  search(text: string): number;
  /** {@link allMatches} of the (global) pattern, without the search where none of the words is in the text. */
  all(text: string): RegExpExecArray[];
}

/**
 * Gates `pattern` by `words` (see the module comment for what the words must be). The words are
 * checked: each must be lower-case ASCII letters or digits.
 */
export function gated(pattern: RegExp, words: readonly string[]): GatedPattern {
  for (const w of words)
    if (!/^[a-z0-9]+$/.test(w)) throw new Error(`gate word "${w}" of ${pattern} is no lower-case ASCII word`);
  const hashes = words.map(wordHash);
  const mayMatch = (text: string) => {
    const bits = bitsOf(text);
    for (const h of hashes) if (hasBits(bits, h)) return true;
    return false;
  };
  // What a failed search leaves behind: a global or sticky pattern starts again from 0.
  const failed = () => {
    if (pattern.global || pattern.sticky) pattern.lastIndex = 0;
  };
  return {
    pattern,
    words,
    mayMatch,
    test(text) {
      if (mayMatch(text)) return pattern.test(text);
      failed();
      return false;
    },
    exec(text) {
      if (mayMatch(text)) return pattern.exec(text);
      failed();
      return null;
    },
    search: (text) => (mayMatch(text) ? text.search(pattern) : -1),
    all: (text) => (mayMatch(text) ? allMatches(pattern, text) : []),
  };
}
