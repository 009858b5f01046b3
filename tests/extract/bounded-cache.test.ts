/** The bounded caches of name words: forgetful past their limit, emptied together, never changing an answer. */
import { describe, expect, it } from "vitest";
import { nameWordKeys } from "../../src/extract/people.ts";
import { BoundedCache, clearNameCaches } from "../../src/text/bounded-cache.ts";

describe("bounded caches", () => {
  it("forget everything when they grow past their limit", () => {
    const cache = new BoundedCache<string, number>(2);
    for (const [k, v] of [
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ] as const)
      cache.set(k, v);
    expect(cache.get("a")).toBe(1);
    cache.set("d", 4);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("d")).toBe(4);
  });

  it("are emptied together, and answer the same once filled again", () => {
    const cache = new BoundedCache<string, number>(10);
    cache.set("x", 1);
    const before = nameWordKeys("Dariusz Temirbekov-Ollanova");
    clearNameCaches();
    expect(cache.get("x")).toBeUndefined();
    expect(nameWordKeys("Dariusz Temirbekov-Ollanova")).toEqual(before);
  });
});
