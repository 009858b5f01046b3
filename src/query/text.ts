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
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Whether a typed word is a typo of a name word: at most one slip in a short word, two in a word of six
 * letters or more (the letters typed are never fewer than four).
 */
export function isTypoOf(typed: string, name: string): boolean {
  if (typed.length < 4 || Math.abs(typed.length - name.length) > 2) return false;
  return typoDistance(typed, name) <= (Math.min(typed.length, name.length) >= 6 ? 2 : 1);
}
