/**
 * One copy of each repeated string that the fact base keeps. Role titles ("President", "Speaker of
 * the Senate"), bodies, countries, topics and occasions recur in thousands of records, each read out
 * of its own article as a string of its own: an interner hands back the first copy seen of each, so
 * that the base holds one.
 */
export class Interner {
  private readonly seen = new Map<string, string>();

  /** At most this many different strings are remembered: beyond it new strings pass through as they are. */
  constructor(private readonly limit = 50_000) {}

  /** The copy of `s` seen first (`s` itself when it is new). */
  get(s: string): string {
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    if (this.seen.size < this.limit) this.seen.set(s, s);
    return s;
  }
}
