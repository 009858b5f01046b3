/**
 * An index of the runs of two or three letters of a list of words: for each run, the words that hold
 * it, in list order. The near-name search (query/near-names.ts) reads it to find the few words that
 * can be spelled like a typed one; the index file beside a large fact base (facts/index-file.ts)
 * stores it, so that the first question with a typo does not build it.
 */

/** The words holding each run: words `words[start[k]]` to `words[start[k + 1] - 1]` for run number k. */
export interface LetterRunIndex {
  start: Int32Array;
  words: Int32Array;
}

// Runs of letters are numbered: a–z are 1–26, digits 27–36 and every other character 37 (such runs
// share a number, which only makes a list longer, never drops a word from it).
const RUN_RADIX = 38;

/** How many run numbers there are (three-letter runs, then two-letter ones). */
export const RUN_KEYS = RUN_RADIX ** 3 + RUN_RADIX ** 2;

function runLetter(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 48 && c <= 57) return c - 21;
  return 37;
}

/** The number of the run of `length` (2 or 3) letters at `i`: three-letter runs below RUN_RADIX³, two-letter ones above. */
export function runKey(text: string, i: number, length: number): number {
  const pair = runLetter(text.charCodeAt(i)) * RUN_RADIX + runLetter(text.charCodeAt(i + 1));
  return length === 2 ? RUN_RADIX ** 3 + pair : pair * RUN_RADIX + runLetter(text.charCodeAt(i + 2));
}

/**
 * The {@link LetterRunIndex} of some words (lower case): two passes over the runs of every word
 * (count, then place), numbers only, no strings made.
 */
export function letterRunIndex(words: readonly string[]): LetterRunIndex {
  const lastWord = new Int32Array(RUN_KEYS).fill(-1);
  const counts = new Int32Array(RUN_KEYS + 1);
  const eachRun = (visit: (key: number, w: number) => void) =>
    words.forEach((word, w) => {
      for (let i = 0; i + 2 <= word.length; i++)
        for (let length = 2; length <= 3 && i + length <= word.length; length++) {
          const key = runKey(word, i, length);
          // Each run once per word.
          if (lastWord[key] === w) continue;
          lastWord[key] = w;
          visit(key, w);
        }
    });
  eachRun((key) => {
    (counts[key + 1] as number)++;
  });
  for (let k = 0; k < RUN_KEYS; k++) (counts[k + 1] as number) += counts[k] as number;
  const list = new Int32Array(counts[RUN_KEYS] as number);
  const next = counts.slice(0, RUN_KEYS);
  lastWord.fill(-1);
  eachRun((key, w) => {
    list[(next[key] as number)++] = w;
  });
  return { start: counts, words: list };
}
