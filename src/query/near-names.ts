/**
 * fuse.js over the name tokens of a fact base, without scanning all of them for every word: fuse
 * scores every token with its bitap matcher, and a base of 10,000 articles has tens of thousands of
 * name tokens, so one look-up took tens of milliseconds. A token fuse can return contains the word
 * with at most `threshold × length` edits (bitap finds a part of the token within that many edits
 * of the word); of one separate piece more than that, one then stands in the token unchanged (each
 * edit spoils at most one piece). The pieces are runs of two or three letters chosen for the shortest
 * token lists (an index of runs), or single letters where the word is too short for enough runs; the
 * tokens on those lists are then checked, first by the letters they lack (LetterCount), then by fuse's
 * own bound on edits and place (FuseReach), and only those that pass are given to fuse, in their original order, so that fuse ranks and ties them exactly as it
 * would among all tokens. The search goes by edits, fewest first: a known name has its best `limit`
 * a letter or two off, found from one or two long pieces with short lists; more edits, with more and
 * shorter pieces, are searched only when those do not settle the ranking.
 */
import Fuse, { type FuseResult } from "fuse.js";
import { type LetterRunIndex, letterRunIndex, runKey } from "../text/letter-runs.ts";
import { FuseReach } from "./fuse-reach.ts";
import { LetterCount, type LetterLists, letterBit, letterLists, letterMask } from "./letter-count.ts";

// fuse's bitap works on patterns of up to 32 letters. No name word is longer: a longer "word" is a
// question typed without spaces, which fuse would cut into pieces of 32 and match each against every
// token (a token then found by one piece alone, "v" of the tail), seconds for a line of 500 letters.
const BITAP_LIMIT = 32;

/** Tokens spelled like a word, as fuse.js finds them among all tokens, from a few candidates. */
export class NearNames {
  private all: Fuse<string> | undefined;
  private readonly lowered: string[];
  // The tokens that hold each run of two or three letters (see runKey): tokens runStart[k] to
  // runStart[k + 1] of runTokens, in token order.
  private runStart: Int32Array | undefined;
  private runTokens: Int32Array | undefined;
  // The search each token was last looked at in: marks tokens already checked without a set per search.
  private seenIn: Uint32Array | undefined;
  // The letters each token has, one bit a letter (see letterMask), and the tokens of each letter.
  private letterMasks: Int32Array | undefined;
  private letterLists: LetterLists | undefined;
  private searches = 0;
  // Questions repeat words ("latest", a popular surname), and a word no piece narrows costs a full scan.
  private readonly cache = new Map<string, FuseResult<string>[]>();

  /** `runs`: the {@link LetterRunIndex} of the tokens in lower case, when stored with the fact base. */
  constructor(
    private readonly tokens: string[],
    private readonly runs?: LetterRunIndex,
  ) {
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
    if (pattern.length > BITAP_LIMIT) return [];
    if (pattern.length < 2) {
      // Built on the first such word only: loading a fact base does not pay for it.
      this.all ??= new Fuse(this.tokens, { includeScore: true, threshold });
      return new Fuse(this.tokens, { includeScore: true, threshold }, this.all.getIndex()).search(word, {
        limit,
      });
    }
    const m = pattern.length;
    const edits = Math.floor(threshold * m + 1e-9);
    // Fewest edits first: the best `limit` are usually a letter or two off, and a search for fewer edits
    // needs fewer, longer pieces of the word, whose token lists are far shorter (see settledBelow).
    for (let level = 0; level <= edits; level++) {
      const last = level === edits;
      // A level below the last only knows the tokens fuse scores under (level + 1) / length.
      const below = last ? threshold : (level + 1) / m;
      const candidates = this.candidates(pattern, Math.min(threshold, below), level, last);
      if (candidates === undefined) continue;
      if (!last && candidates.length < limit) continue;
      const hits =
        candidates.length === 0
          ? []
          : new Fuse(
              fewestToRank(candidates, limit, (some) => fuseSearch(some, word, limit, threshold)),
              { includeScore: true, threshold },
            ).search(word, { limit });
      if (last || settledBelow(hits, limit, below)) return hits;
    }
    return [];
  }

  // The tokens that hold, unchanged, one of (edits + 1) separate pieces of the word, and that fuse's
  // bound on edits and place (at most `ceiling`) lets through, with that bound. Undefined when every
  // token would be checked and this is not the last level: the last scans every token, once.
  private candidates(
    pattern: string,
    ceiling: number,
    edits: number,
    last: boolean,
  ): Candidate[] | undefined {
    const reach = new FuseReach(pattern, ceiling);
    const found: number[] = [];
    const bounds = new Map<number, number>();
    this.buildRunIndex();
    const masks = this.letterMasks as Int32Array;
    const letters = new LetterCount(pattern);
    // Letters of the word that the token lacks cost an edit each: a cheap test before the exact one.
    const check = (t: number) => {
      if (letters.missing(masks[t] as number) > edits) return;
      // The quick test (it stops at the first place that may match) first; the exact bound only for the
      // few tokens that pass.
      const token = this.lowered[t] as string;
      if (!reach.mayMatch(token)) return;
      found.push(t);
      bounds.set(t, reach.bound(token));
    };
    const withBounds = (ts: number[]) =>
      ts.map((t) => ({ token: this.tokens[t] as string, bound: bounds.get(t) as number }));
    const pieces = rarestPieces(pattern, edits + 1, (run) => this.listOf(run).length);
    // A word of fewer letters than (edits + 1): no piece is sure to survive, and every token is checked,
    // once, at the last level. So is every token when the pieces' lists are as long as all.
    const all =
      !pieces || pieces.reduce((sum, piece) => sum + this.listOf(piece).length, 0) >= this.tokens.length;
    if (all && !last) return undefined;
    if (all || !pieces) {
      for (let t = 0; t < this.tokens.length; t++) check(t);
      return withBounds(found);
    }
    const seen = this.seenIn as Uint32Array;
    const search = ++this.searches;
    for (const piece of pieces) {
      const { list, from, length } = this.listOf(piece);
      for (let at = from; at < from + length; at++) {
        const t = list[at] as number;
        if (seen[t] === search) continue;
        seen[t] = search;
        check(t);
      }
    }
    return withBounds(found.sort((a, b) => a - b));
  }

  // The tokens that hold a piece of one letter (by its letter bit: digits share theirs, which only
  // lengthens a list) or a run of two or three (letter-runs.ts); a piece of another character has none
  // listed: its list counts as endless, so that no search picks it.
  private listOf(piece: string): { list: Int32Array; from: number; length: number } {
    const letters = this.letterLists as LetterLists;
    if (piece.length === 1) {
      const bit = letterBit(piece.charCodeAt(0));
      if (bit < 0) return { list: letters.tokens, from: 0, length: Number.POSITIVE_INFINITY };
      const from = letters.start[bit] as number;
      return { list: letters.tokens, from, length: (letters.start[bit + 1] as number) - from };
    }
    const k = runKey(piece, 0, piece.length);
    const runStart = this.runStart as Int32Array;
    const from = runStart[k] as number;
    return { list: this.runTokens as Int32Array, from, length: (runStart[k + 1] as number) - from };
  }

  // Built on the first look-up (unless given), so that loading a fact base does not pay for it.
  private buildRunIndex(): void {
    if (this.runStart) return;
    const runs = this.runs ?? letterRunIndex(this.lowered);
    this.runStart = runs.start;
    this.runTokens = runs.words;
    this.seenIn = new Uint32Array(this.tokens.length);
    this.letterMasks = Int32Array.from(this.lowered, letterMask);
    this.letterLists = letterLists(this.letterMasks);
  }
}

/**
 * Whether the best `limit` hits among the tokens within some edits are the best among all tokens: every
 * token further off scores at least `below` (fuse's score for that many more edits at the first place),
 * so when `limit` hits already score less, none of those can rank among them.
 */
function settledBelow(hits: FuseResult<string>[], limit: number, below: number): boolean {
  return hits.length === limit && (hits[limit - 1]?.score ?? 1) < below;
}

/** A token fuse may match, and the least score it can give it (FuseReach.bound). */
interface Candidate {
  token: string;
  bound: number;
}

function fuseSearch(tokens: string[], word: string, limit: number, threshold: number): FuseResult<string>[] {
  return new Fuse(tokens, { includeScore: true, threshold }).search(word, { limit });
}

/**
 * The candidates (in their order) among which fuse ranks the best `limit` as it would among all of
 * them: fuse scores each token on its own, never below its bound. So when the `limit` tokens of least
 * bound score at most X, a token whose bound is above X cannot rank among the best `limit`, and is left
 * out; only tokens that may are scored. `search` ranks a few tokens the way fuse does.
 */
export function fewestToRank(
  candidates: Candidate[],
  limit: number,
  search: (tokens: string[]) => FuseResult<string>[],
): string[] {
  const all = candidates.map((c) => c.token);
  if (candidates.length <= 2 * limit) return all;
  // The `limit` tokens of least bound, in their order (ties by order, as fuse breaks them).
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => (candidates[a] as Candidate).bound - (candidates[b] as Candidate).bound || a - b);
  const probe = order
    .slice(0, limit)
    .sort((a, b) => a - b)
    .map((i) => (candidates[i] as Candidate).token);
  const scored = search(probe);
  if (scored.length < limit) return all;
  const worst = Math.max(...scored.map((hit) => hit.score ?? 1));
  return candidates.filter((c) => c.bound <= worst + 1e-12).map((c) => c.token);
}

/**
 * `count` separate runs of one, two or three letters of a word whose token lists are the shortest in
 * all (`size` gives a run's list length; infinite for a run not listed), or undefined when the word has
 * fewer letters than that. Any separate pieces do: each edit spoils at most one, so with `count` =
 * edits + 1 one stands in every token within that many edits, and the rarest ones name the fewest
 * tokens to check. A single letter has a long list, and is taken only where the word is too short for
 * longer runs ("smith" within two edits).
 */
export function rarestPieces(
  word: string,
  count: number,
  size: (run: string) => number,
): string[] | undefined {
  const n = word.length;
  if (count > n) return undefined;
  // best[p][i]: the least total list length of p runs within the first i letters, and the runs.
  const best: { cost: number; runs: string[] }[][] = [];
  for (let p = 0; p <= count; p++) {
    const row: { cost: number; runs: string[] }[] = [];
    for (let i = 0; i <= n; i++) {
      let choice = p === 0 ? { cost: 0, runs: [] as string[] } : { cost: Number.POSITIVE_INFINITY, runs: [] };
      if (p > 0 && i > 0 && (row[i - 1] as { cost: number }).cost < choice.cost)
        choice = row[i - 1] as typeof choice;
      for (const length of [1, 2, 3]) {
        const before = p > 0 && i >= length ? best[p - 1]?.[i - length] : undefined;
        if (!before || before.cost === Number.POSITIVE_INFINITY) continue;
        const run = word.slice(i - length, i);
        const cost = before.cost + size(run);
        if (cost < choice.cost) choice = { cost, runs: [...before.runs, run] };
      }
      row.push(choice);
    }
    best.push(row);
  }
  const result = best[count]?.[n];
  return result && result.cost !== Number.POSITIVE_INFINITY ? result.runs : undefined;
}
