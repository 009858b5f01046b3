import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { FuseReach } from "../../src/query/fuse-reach.ts";
import { fewestToRank, NearNames, rarestPieces } from "../../src/query/near-names.ts";

// Invented name tokens: a few alike ("talmenov", "talmanov") among many that are not.
const syllables = ["ta", "ro", "vek", "zul", "min", "dar", "oss", "ke", "lin", "bu", "sha", "nov"];
const tokens = syllables.flatMap((a) =>
  syllables.flatMap((b) => syllables.map((c) => `${a}${b}${c}`)).filter((t) => t.length >= 4),
);
tokens.push("talmenov", "talmanov", "talmenoff", "orvikson", "orviksen", "durnaglu", "abuzulminovich");

// A small deterministic generator, so that a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

// Words a user might type for these tokens: typos (a letter dropped, doubled, changed or two swapped; two slips),
// parts of a token (its start, its end, its middle) and words made of other syllables.
function typedWords(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const t = pick(tokens);
    const i = Math.floor(next() * t.length);
    const kind = n % 8;
    if (kind === 0) out.push(t.slice(0, i) + t.slice(i + 1));
    else if (kind === 1) out.push(t.slice(0, i) + pick(["a", "e", "o", "k", "z"]) + t.slice(i + 1));
    else if (kind === 2 && i > 0) out.push(t.slice(0, i - 1) + t[i] + t[i - 1] + t.slice(i + 1));
    else if (kind === 3) out.push(t.slice(Math.min(i, t.length - 2)));
    else if (kind === 4) out.push(t.slice(0, Math.max(2, i)));
    else if (kind === 5) out.push(pick(syllables) + pick(syllables) + pick(syllables) + pick(syllables));
    else if (kind === 6) {
      // Two slips: a letter dropped and another changed.
      const dropped = t.slice(0, i) + t.slice(i + 1);
      const j = Math.floor(next() * dropped.length);
      out.push(dropped.slice(0, j) + pick(["a", "u", "y"]) + dropped.slice(j + 1));
    } else out.push(t + t[i]);
  }
  return out;
}

describe("near names: fuse.js on the few tokens that can match", () => {
  const words = [
    "talmenov",
    "talmenof",
    "tlamenov",
    "orvikssen",
    "durnaglo",
    "rovekzul",
    "xyzq",
    "minvekta",
    ...typedWords(80, 11),
  ];
  for (const threshold of [0.34, 0.5])
    it(`finds what fuse finds among all tokens, in its order (threshold ${threshold})`, () => {
      const all = new Fuse(tokens, { includeScore: true, threshold });
      const near = new NearNames(tokens);
      for (const word of words)
        for (const limit of [8, 5000]) {
          const expected = all.search(word, { limit }).map((h) => [h.item, h.score]);
          expect(
            near.search(word, limit, threshold).map((h) => [h.item, h.score]),
            word,
          ).toEqual(expected);
        }
    });
  it("stops at the fewest edits that settle the best `limit`, with fuse's own answer", () => {
    // Invented: many one-letter variants of one name, and names that hold another whole.
    const variants = [..."abcdefgijkprsuwyz"].map((c) => `ta${c}menov`);
    const holders = ["kurdal", "kurdalov", "kurdalova", "kurdalyan", "kurdaluly", "kurdalski"];
    const dense = [...tokens, ...variants, ...holders, ...holders.map((h) => `${h}ic`)];
    const all = new Fuse(dense, { includeScore: true, threshold: 0.34 });
    const near = new NearNames(dense);
    for (const word of ["talmenov", "talmenv", "kurdal", "kurdalov", "kurdalovna", "tazmenof"])
      for (const limit of [3, 8, 5000])
        expect(
          near.search(word, limit, 0.34).map((h) => [h.item, h.score]),
          word,
        ).toEqual(all.search(word, { limit }).map((h) => [h.item, h.score]));
  });
  it("finds a typo of a name", () => {
    expect(new NearNames(tokens).search("talmenof", 8, 0.34).map((h) => h.item)).toContain("talmenov");
  });
});

describe("fewest to rank: fuse's best among the candidates, scoring only those that may be", () => {
  it("leaves the best `limit` as fuse ranks them among all candidates, and leaves out most others", () => {
    let kept = 0;
    let given = 0;
    for (const threshold of [0.34, 0.5])
      for (const word of typedWords(60, 23)) {
        const reach = new FuseReach(word, threshold);
        const candidates = tokens
          .map((token) => ({ token, bound: reach.bound(token) }))
          .filter((c) => c.bound <= threshold + 1e-9);
        const rank = (some: string[]) =>
          new Fuse(some, { includeScore: true, threshold }).search(word, { limit: 8 });
        const fewer = fewestToRank(candidates, 8, rank);
        expect(
          rank(fewer).map((h) => [h.item, h.score]),
          word,
        ).toEqual(rank(candidates.map((c) => c.token)).map((h) => [h.item, h.score]));
        kept += fewer.length;
        given += candidates.length;
      }
    expect(kept / given).toBeLessThan(0.8);
  });
});

describe("fuse reach: the bound on edits and place", () => {
  it("never bounds below what fuse scores", () => {
    for (const word of typedWords(40, 9)) {
      const reach = new FuseReach(word, 0.5);
      for (const hit of new Fuse(tokens, { includeScore: true, threshold: 0.5 }).search(word))
        expect(reach.bound(hit.item), `${word} ${hit.item}`).toBeLessThanOrEqual((hit.score ?? 0) + 1e-12);
    }
  });
  it("never rules out a token that fuse matches, and rules out most of the others", () => {
    let ruledOut = 0;
    let unmatched = 0;
    for (const threshold of [0.34, 0.5])
      for (const word of typedWords(40, 5)) {
        const reach = new FuseReach(word, threshold);
        for (const token of tokens) {
          const matched = new Fuse([token], { threshold }).search(word).length > 0;
          if (matched) expect(reach.mayMatch(token), `${word} ${token}`).toBe(true);
          else {
            unmatched++;
            if (!reach.mayMatch(token)) ruledOut++;
          }
        }
      }
    expect(ruledOut / unmatched).toBeGreaterThan(0.5);
  });
  it("lets through a word found late in a long token only when the place costs little", () => {
    // "nov" stands at position 11 of the token: fuse's score is 0 + 11 / 100, within 0.34.
    expect(new FuseReach("nov", 0.34).mayMatch("abuzulminovich")).toBe(true);
    // Two edits in three letters are too many anywhere.
    expect(new FuseReach("nxx", 0.34).mayMatch("abuzulminovich")).toBe(false);
  });
});

describe("rarest pieces: separate runs with the shortest token lists", () => {
  // Invented list lengths: "zq" and "xvw" are rare, every other run common, and single letters commoner.
  const size = (run: string) => ({ zq: 1, xvw: 2 })[run] ?? (run.length === 1 ? 1000 : 100);
  it("chooses the rare runs, apart from each other, and as many as asked", () => {
    const pieces = rarestPieces("abzqcxvwde", 3, size) as string[];
    expect(pieces).toHaveLength(3);
    expect(pieces).toContain("zq");
    expect(pieces).toContain("xvw");
    // Separate: found one after another in the word without overlapping.
    let at = 0;
    for (const piece of pieces) {
      const i = "abzqcxvwde".indexOf(piece, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + piece.length;
    }
  });
  it("takes single letters only when the word cannot hold that many runs, and gives none for fewer letters", () => {
    expect(rarestPieces("abcdef", 3, size)).toEqual(["ab", "cd", "ef"]);
    const short = rarestPieces("abzqe", 3, size) as string[];
    expect(short).toHaveLength(3);
    expect(short).toContain("zq");
    expect(short.join("").length).toBeLessThanOrEqual(5);
    expect(rarestPieces("abcde", 6, size)).toBeUndefined();
  });
  it("never takes a run with no list", () => {
    const listed = (run: string) => (run.includes("-") ? Number.POSITIVE_INFINITY : 10 * (4 - run.length));
    expect(rarestPieces("ab-cd", 2, listed)).toEqual(["ab", "cd"]);
    expect(rarestPieces("ab-cd", 4, listed)).toEqual(["a", "b", "c", "d"]);
    expect(rarestPieces("a-b", 3, listed)).toBeUndefined();
  });
});
