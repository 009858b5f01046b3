import { setImmediate as tick } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { collectGarbage, collectGarbageAbove } from "../../src/facts/full-collection.ts";

describe("collectGarbage", () => {
  it("frees an object nothing holds any more", async () => {
    const ref = (() => new WeakRef({ table: new Array(1000).fill(1) }))();
    // A WeakRef keeps its target for the rest of the job that made it.
    await tick();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it("keeps an object still held", async () => {
    const held = { table: [1, 2, 3] };
    const ref = new WeakRef(held);
    await tick();
    collectGarbage();
    expect(ref.deref()).toBe(held);
  });
});

describe("collectGarbageAbove", () => {
  it("collects when the heap holds more than the bound", async () => {
    const ref = (() => new WeakRef({ table: new Array(1000).fill(1) }))();
    await tick();
    collectGarbageAbove(0);
    expect(ref.deref()).toBeUndefined();
  });

  it("leaves a heap below the bound alone", async () => {
    const ref = (() => new WeakRef({ table: new Array(1000).fill(1) }))();
    await tick();
    collectGarbageAbove(Number.POSITIVE_INFINITY);
    expect(ref.deref()).toBeDefined();
  });
});
