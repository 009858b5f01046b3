/**
 * The words one slip away from a typed word (a letter missing, one too many, one wrong, or two
 * neighbours swapped), each looked up exactly among the name words. fuse.js ranks a short word by the
 * best place it fits inside a token, so for "mata" every longer name holding "mat…a" ties with
 * "matha", and the one name it is a slip of can fall outside the few hits kept; an exact look-up of
 * every one-slip variant cannot miss it, and costs a few hundred look-ups of a word.
 */

// The letters a slip may add or change: names are folded to plain Latin letters before they are compared.
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** The words one slip from `word` that `isName` knows, in a fixed order, without repeats. */
export function oneSlipNames(word: string, isName: (candidate: string) => boolean): string[] {
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== word && candidate.length >= 2 && !found.has(candidate) && isName(candidate))
      found.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    // A letter missing from what was typed: the name has one more.
    for (const letter of LETTERS) consider(`${head}${letter}${tail}`);
    if (i === word.length) break;
    const rest = word.slice(i + 1);
    // A letter typed too many, or a wrong one.
    consider(`${head}${rest}`);
    for (const letter of LETTERS) if (letter !== word[i]) consider(`${head}${letter}${rest}`);
    // Two neighbours swapped.
    if (i + 1 < word.length && word[i] !== word[i + 1])
      consider(`${head}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
  }
  return [...found];
}
