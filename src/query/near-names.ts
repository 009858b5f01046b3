/**
 * fuse.js over the name tokens of a fact base, without scanning all of them for every word: fuse
 * scores every token with its bitap matcher, and a base of 10,000 articles has tens of thousands of
 * name tokens, so one look-up took tens of milliseconds. A token fuse can return contains the word
 * with at most `threshold × length` edits (bitap finds a part of the token within that many edits
 * of the word); cut into one piece more than that, the word then has a piece that stands in the
 * token unchanged (each edit spoils at most one piece). The tokens holding some piece (found through
 * an index of runs of two and three letters) are then checked with fuse's own bound on edits and
 * place (FuseReach), and only those that pass are given to fuse, in their original order, so that
 * fuse ranks and ties them exactly as it would among all tokens.
 */
import Fuse, { type FuseResult } from "fuse.js";
import { FuseReach } from "./fuse-reach.ts";

// fuse's bitap works on patterns of up to 32 letters; longer words are searched among all tokens.
const BITAP_LIMIT = 32;

/** Tokens spelled like a word, as fuse.js finds them among all tokens, from a few candidates. */
export class NearNames {
  private all: Fuse<string> | undefined;
  private readonly lowered: string[];
  private byRun: Map<string, number[]> | undefined;
  // The search each token was last looked at in: marks tokens already checked without a set per search.
  private seenIn: Uint32Array | undefined;
  private searches = 0;
  // Questions repeat words ("latest", a popular surname), and a word no piece narrows costs a full scan.
  private readonly cache = new Map<string, FuseResult<string>[]>();

  constructor(private readonly tokens: string[]) {
    this.lowered = tokens.map((t) => t.toLowerCase());
  }

  /** The best `limit` tokens spelled like `word`, as fuse.js ranks them with `threshold`. */
  search(word: string, limit: number, threshold: number): FuseResult<string>[] {
    const key = `${threshold} ${limit} ${word}`;
    let hits = this.cache.get(key);
    if (!hits) {
      hits = this.searchAnew(word, limit, threshold);
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(key, hits);
    }
    return hits;
  }

  private searchAnew(word: string, limit: number, threshold: number): FuseResult<string>[] {
    const pattern = word.toLowerCase();
    if (pattern.length > BITAP_LIMIT || pattern.length < 2) {
      // Built on the first such word only: loading a fact base does not pay for it.
      this.all ??= new Fuse(this.tokens, { includeScore: true, threshold });
      return new Fuse(this.tokens, { includeScore: true, threshold }, this.all.getIndex()).search(word, {
        limit,
      });
    }
    const candidates = this.candidates(pattern, threshold);
    if (candidates.length === 0) return [];
    return new Fuse(candidates, { includeScore: true, threshold }).search(word, { limit });
  }

  // The tokens that hold, unchanged, one of the pieces of the word cut into (edits + 1) pieces, and
  // that fuse's bound on edits and place lets through.
  private candidates(pattern: string, threshold: number): string[] {
    const reach = new FuseReach(pattern, threshold);
    const edits = Math.floor(threshold * pattern.length + 1e-9);
    const pieces = Math.min(edits + 1, Math.floor(pattern.length / 2));
    const found: number[] = [];
    // With fewer pieces than edits + 1 (a word too short to cut into pairs), no piece is sure to
    // survive: every token is checked.
    if (pieces < edits + 1) {
      this.lowered.forEach((token, t) => {
        if (reach.mayMatch(token)) found.push(t);
      });
      return found.map((t) => this.tokens[t] as string);
    }
    const index = this.runIndex();
    const seen = this.seenIn as Uint32Array;
    const search = ++this.searches;
    for (let k = 0; k < pieces; k++) {
      const piece = pattern.slice(
        Math.floor((k * pattern.length) / pieces),
        Math.floor(((k + 1) * pattern.length) / pieces),
      );
      // The rarest run of three letters (or the pair, in a piece of two) names the fewest tokens to check.
      const run = Math.min(3, piece.length);
      let rarest: number[] | undefined;
      for (let i = 0; i + run <= piece.length; i++) {
        const list = index.get(piece.slice(i, i + run)) ?? [];
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const t of rarest ?? []) {
        if (seen[t] === search) continue;
        const token = this.lowered[t] as string;
        // Marked only once it holds a piece: a token without this piece may hold the next one.
        if (!token.includes(piece)) continue;
        seen[t] = search;
        if (reach.mayMatch(token)) found.push(t);
      }
    }
    return found.sort((a, b) => a - b).map((t) => this.tokens[t] as string);
  }

  // Built on the first look-up, so that loading a fact base does not pay for it.
  private runIndex(): Map<string, number[]> {
    if (this.byRun) return this.byRun;
    const index = new Map<string, number[]>();
    this.lowered.forEach((lower, t) => {
      const seen = new Set<string>();
      for (let i = 0; i + 2 <= lower.length; i++)
        for (const run of [lower.slice(i, i + 2), lower.slice(i, i + 3)]) {
          if (run.length < 2 || seen.has(run)) continue;
          seen.add(run);
          const list = index.get(run);
          if (list) list.push(t);
          else index.set(run, [t]);
        }
    });
    this.byRun = index;
    this.seenIn = new Uint32Array(this.tokens.length);
    return index;
  }
}
