import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/extract/all-matches.ts";

// The matches as String.prototype.matchAll gives them, for comparison.
const viaMatchAll = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => ({ index: m.index, groups: [...m] }));
const viaAllMatches = (re: RegExp, text: string) =>
  allMatches(re, text).map((m) => ({ index: m.index, groups: [...m] }));

describe("allMatches", () => {
  it("finds what matchAll finds, with groups and positions", () => {
    const re = /@m(\d+)/g;
    const text = "@m0 met @m12 and @m3";
    expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
    expect(allMatches(re, text).map((m) => m[1])).toEqual(["0", "12", "3"]);
  });

  it("steps over empty matches, a surrogate pair as one character under the u flag", () => {
    for (const re of [/x*/g, /x*/gu, /(?:)/gu])
      for (const text of ["axxb", "", "a😀b", "😀x😀"])
        expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
  });

  it("leaves the pattern ready for the next text", () => {
    const re = /a/g;
    expect(allMatches(re, "aaa")).toHaveLength(3);
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, "a")).toHaveLength(1);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});
