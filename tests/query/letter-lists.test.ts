import { describe, expect, it } from "vitest";
import { letterLists, letterMask } from "../../src/query/letter-count.ts";

describe("letter lists: the tokens that have each letter", () => {
  // Invented tokens.
  const tokens = ["tavrel", "ostim", "brekko", "zulta"];
  const lists = letterLists(Int32Array.from(tokens, letterMask));
  const holders = (letter: string) => {
    const bit = letter.charCodeAt(0) - 97;
    return [...lists.tokens.subarray(lists.start[bit], lists.start[bit + 1])];
  };
  it("lists each token once under every letter it has, in token order", () => {
    expect(holders("t")).toEqual([0, 1, 3]);
    expect(holders("k")).toEqual([2]);
    expect(holders("o")).toEqual([1, 2]);
    expect(holders("q")).toEqual([]);
  });
});
