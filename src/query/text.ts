/**
 * Word comparisons of the query core (similarity, typos) and the words of titles that never tell
 * people apart. Folding and splitting text is `src/text/normalize.ts`.
 */
import { editDistance } from "../extract/similar.ts";

/** Similarity of two words between 0 and 1 (1 - edit distance / longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

/**
 * Letters to change to turn one word into the other, a swap of two neighbours counting as one (the
 * optimal-string-alignment distance): "mzuani" is one slip from "muzani", as a typist would count it.
 */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = b.length;
  // Three rows of the table (two rows back, the last, this one), reused from call to call: names are
  // compared thousands of times a question.
  if (typoRows[0].length <= n)
    typoRows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let before = typoRows[0];
  let prev = typoRows[1];
  let row = typoRows[2];
  before.fill(0, 0, n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row[j] = d;
    }
    const oldest = before;
    before = prev;
    prev = row;
    row = oldest;
  }
  return prev[n] as number;
}
let typoRows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Whether a typed word is a typo of a name word: at most one slip in a short word, two in a word of six
 * letters or more (the letters typed are never fewer than four).
 */
export function isTypoOf(typed: string, name: string): boolean {
  if (typed.length < 4 || Math.abs(typed.length - name.length) > 2) return false;
  return typoDistance(typed, name) <= (Math.min(typed.length, name.length) >= 6 ? 2 : 1);
}
