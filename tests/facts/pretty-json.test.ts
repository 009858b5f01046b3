import { describe, expect, it } from "vitest";
import { compactJsonPieces, prettyJsonPieces } from "../../src/facts/pretty-json.ts";

const joined = (value: unknown, depth?: number) => [...prettyJsonPieces(value, depth)].join("");

describe("prettyJsonPieces", () => {
  const samples: Record<string, unknown> = {
    "a base-like object": {
      version: 1,
      generatedAt: "2026-01-02T03:04:05.000Z",
      articles: [{ id: "a", sentences: ["Line one.", "Zhanna’s “quoted” text — done.\nwith a break"] }],
      people: [],
      meetings: [{ id: "m", participants: ["x", "y"], parties: [], date: { start: "2020-01-01" } }],
    },
    "members JSON leaves out, and array elements it writes as null": {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 2, Symbol("s"), null, 0],
    },
    "empty containers at every level": { a: [], b: {}, c: [[], {}], d: [{ e: [] }] },
    "a value with toJSON": { when: new Date(0), nested: [new Date(1)] },
    "scalars and an array at the top": [1, "two", true, null, { three: [3] }],
    "a plain string": "just text",
    "an object with no prototype": Object.assign(Object.create(null), { x: [1, { y: 2 }] }),
  };
  for (const [name, value] of Object.entries(samples)) {
    it(`joins into JSON.stringify's text for ${name}`, () => {
      for (const depth of [0, 1, 2, 3]) expect(joined(value, depth)).toBe(JSON.stringify(value, null, 2));
    });
    it(`joins into JSON.stringify's compact text for ${name}`, () => {
      for (const depth of [0, 1, 2, 3])
        expect([...compactJsonPieces(value, depth)].join("")).toBe(JSON.stringify(value));
    });
  }

  it("takes the outer levels apart, one piece per element below them", () => {
    const pieces = [...prettyJsonPieces({ items: [{ a: 1 }, { b: 2 }] }, 2)];
    expect(pieces).toContain('{\n      "a": 1\n    }');
    expect(pieces.length).toBeGreaterThan(3);
  });

  it("yields nothing where JSON.stringify gives undefined", () => {
    expect([...prettyJsonPieces(undefined)]).toEqual([]);
  });
});
