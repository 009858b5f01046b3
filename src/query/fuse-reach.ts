/**
 * Whether fuse.js could match a word to a token, decided without fuse. With fuse's default options
 * (location 0, distance 100) a token matches when some alignment of the word starting at position s
 * of the token, with e edits, scores e / length + s / 100 at most the threshold. A token whose every
 * start is further off than that never matches, so it need not be given to fuse at all. The edits
 * from each start are counted with Myers' bit-parallel algorithm, run over the token backwards (its
 * free start in the text is then the word's end), a few operations a letter; the test never rejects
 * a token fuse would accept.
 */

// fuse.js's defaults for where a match should start and how fast a later start costs.
const FUSE_LOCATION_DISTANCE = 100;
// Slack for rounding: accepting one token too many only costs fuse a comparison.
const EPSILON = 1e-9;

/** The bound of fuse's match test for one word (at most 32 letters), applied to token after token. */
export class FuseReach {
  // Bit i set where the reversed word has this character (character codes below 128).
  private readonly equal = new Int32Array(128);
  private readonly length: number;
  private readonly unusual: boolean;

  constructor(
    word: string,
    private readonly threshold: number,
  ) {
    const pattern = word.toLowerCase();
    this.length = pattern.length;
    if (this.length > 32) throw new Error("fuse-reach: a word of more than 32 letters");
    let unusual = false;
    for (let i = 0; i < this.length; i++) {
      const c = pattern.charCodeAt(this.length - 1 - i);
      if (c >= 128) unusual = true;
      else (this.equal[c] as number) |= 1 << i;
    }
    // A word with other characters is never ruled out: every token stays a candidate.
    this.unusual = unusual;
  }

  /** Whether fuse may match the word to this (lower-case) token; false only when it surely does not. */
  mayMatch(token: string): boolean {
    return this.bound(token, this.threshold + EPSILON) <= this.threshold + EPSILON;
  }

  /**
   * The least score fuse can give this (lower-case) token: no alignment it finds scores lower. The scan
   * stops as soon as the bound is at most `enough` (then the bound found so far is returned); 0 when the
   * word or the token has characters the test does not read.
   */
  bound(token: string, enough = Number.NEGATIVE_INFINITY): number {
    const m = this.length;
    const n = token.length;
    if (this.unusual || m === 0) return 0;
    let best = Number.POSITIVE_INFINITY;
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    // Step j reads the token's letter at s = n - 1 - j; the score is then the fewest edits of the word
    // into some stretch of the token that starts at s.
    for (let j = 0; j < n; j++) {
      const c = token.charCodeAt(n - 1 - j);
      if (c >= 128) return 0;
      const eq = this.equal[c] as number;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      // Computed as fuse computes its score (accuracy + proximity / distance), so that equal is equal.
      const here = score / m + (n - 1 - j) / FUSE_LOCATION_DISTANCE;
      if (here < best) best = here;
      if (best <= enough) return best;
    }
    return best;
  }
}
