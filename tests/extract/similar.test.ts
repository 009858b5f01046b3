import { describe, expect, it } from "vitest";
import { editDistance, sameNameWord } from "../../src/extract/similar.ts";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("koshanov", "koashanov")).toBe(1);
    expect(editDistance("temirbek", "temirbay")).toBe(2);
    expect(editDistance("abcdef", "uvwxyz")).toBe(6);
  });

  it("is exact up to a bound and above it once it is exceeded", () => {
    expect(editDistance("temirbek", "temirbay", 2)).toBe(2);
    expect(editDistance("abcdef", "uvwxyz", 1)).toBeGreaterThan(1);
    expect(editDistance("dorvilen", "dorvilan", 1)).toBe(1);
  });
});

describe("sameNameWord", () => {
  it("accepts one edit in a short word and two in a long one", () => {
    expect(sameNameWord("Temirbekov", "Temirbekova")).toBe(false); // a woman of the family
    expect(sameNameWord("Dorvilenko", "Dorvilanki")).toBe(true);
    expect(sameNameWord("Zhanbek", "Zhanbak")).toBe(true);
    expect(sameNameWord("Zhanbek", "Zhonbak")).toBe(false);
  });
});
