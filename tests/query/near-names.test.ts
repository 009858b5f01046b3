import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { NearNames } from "../../src/query/near-names.ts";

// Invented name tokens: a few alike ("talmenov", "talmanov") among many that are not.
const syllables = ["ta", "ro", "vek", "zul", "min", "dar", "oss", "ke", "lin", "bu", "sha", "nov"];
const tokens = syllables.flatMap((a) =>
  syllables.flatMap((b) => syllables.map((c) => `${a}${b}${c}`)).filter((t) => t.length >= 4),
);
tokens.push("talmenov", "talmanov", "talmenoff", "orvikson", "orviksen", "durnaglu");

describe("near names: fuse.js on the few tokens that can match", () => {
  const words = ["talmenov", "talmenof", "tlamenov", "orvikssen", "durnaglo", "rovekzul", "xyzq", "minvekta"];
  for (const threshold of [0.34, 0.5])
    it(`finds what fuse finds among all tokens, in its order (threshold ${threshold})`, () => {
      const all = new Fuse(tokens, { includeScore: true, threshold });
      const near = new NearNames(tokens, threshold);
      for (const word of words) {
        const expected = all.search(word, { limit: 8 }).map((h) => [h.item, h.score]);
        expect(near.search(word, 8).map((h) => [h.item, h.score])).toEqual(expected);
      }
    });
  it("finds a typo of a name", () => {
    expect(new NearNames(tokens, 0.34).search("talmenof", 8).map((h) => h.item)).toContain("talmenov");
  });
});
