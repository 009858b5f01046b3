/**
 * A lower bound of the edits between a word and any part of a token, from the letters alone: every
 * letter of the word that the token lacks must be changed or dropped. Letters are bits of a 32-bit
 * mask (a–z, digits sharing the rest), so the test costs a few operations a token; digits sharing a
 * bit, or characters outside a–z and 0–9 (never counted), only make the bound lower, never wrong.
 */

/** The bit of a character: a–z are bits 0–25, digits share bits 26–31, anything else has none (-1). */
export function letterBit(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + ((c - 48) % 6);
  return -1;
}

/** The letters a lower-case token has, one bit each. */
export function letterMask(token: string): number {
  let mask = 0;
  for (let i = 0; i < token.length; i++) {
    const bit = letterBit(token.charCodeAt(i));
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** How many letters of one word a token lacks (counted with repeats), from the token's letterMask. */
export class LetterCount {
  private readonly mask: number;
  // How often each bit's letter occurs in the word.
  private readonly counts = new Uint8Array(32);

  constructor(word: string) {
    let mask = 0;
    for (let i = 0; i < word.length; i++) {
      const bit = letterBit(word.charCodeAt(i));
      if (bit < 0) continue;
      mask |= 1 << bit;
      (this.counts[bit] as number)++;
    }
    this.mask = mask;
  }

  /** The letters of the word (with repeats) that a token with this mask does not have. */
  missing(tokenMask: number): number {
    let lacking = this.mask & ~tokenMask;
    let count = 0;
    while (lacking !== 0) {
      const bit = 31 - Math.clz32(lacking & -lacking);
      count += this.counts[bit] as number;
      lacking &= lacking - 1;
    }
    return count;
  }
}

/** The tokens that have each letter bit: tokens `tokens[start[b]]` to `tokens[start[b + 1] - 1]`, in order. */
export interface LetterLists {
  start: Int32Array;
  tokens: Int32Array;
}

/** The {@link LetterLists} of tokens given by their letterMask. */
export function letterLists(masks: Int32Array): LetterLists {
  const start = new Int32Array(33);
  for (const mask of masks) for (let b = 0; b < 32; b++) if (mask & (1 << b)) (start[b + 1] as number)++;
  for (let b = 0; b < 32; b++) (start[b + 1] as number) += start[b] as number;
  const next = start.slice(0, 32);
  const tokens = new Int32Array(start[32] as number);
  masks.forEach((mask, t) => {
    for (let b = 0; b < 32; b++) if (mask & (1 << b)) tokens[(next[b] as number)++] = t;
  });
  return { start, tokens };
}
