/**
 * typoDistance (optimal string alignment) reuses its rows from call to call: each answer must be what
 * a fresh table gives, whatever words of whatever lengths came before. Words invented.
 */
import { describe, expect, it } from "vitest";
import { typoDistance } from "../../src/query/text.ts";

// The table built whole, as the definition reads.
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

describe("typoDistance", () => {
  it("counts a swap of neighbours as one slip", () => {
    expect(typoDistance("mzorvan", "mozrvan")).toBe(1);
    expect(typoDistance("telvari", "telvira")).toBe(2);
    expect(typoDistance("", "ostrel")).toBe(6);
    expect(typoDistance("ostrel", "")).toBe(6);
  });

  it("gives what a fresh table gives, call after call, short and long words mixed", () => {
    const words = [
      "dorvan",
      "dovran",
      "d",
      "",
      "quilenbrasko",
      "quilenbraskovitch",
      "ab",
      "ba",
      "a".repeat(80),
    ];
    words.push(`${"a".repeat(40)}b${"a".repeat(39)}`, "velmira", "vemlira", "velmiraa");
    for (const a of words) for (const b of words) expect(typoDistance(a, b)).toBe(reference(a, b));
  });
});
