/**
 * A full garbage collection on demand, for the few places that drop hundreds of megabytes of tables
 * at once and then build as many again (index-file.ts): left to itself, V8 grows the heap rather than
 * collect the old generation, so the dropped tables still count in the process's memory while the
 * next ones are built (at 16,000 articles, writing the index file then peaked some 160 MB higher).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/**
 * Collects all garbage now: with `gc` when node runs with --expose-gc, else with the same function
 * exposed at run time (the flag set, then `gc` taken from a fresh context, as the expose-gc package
 * does). Does nothing when neither works.
 */
export function collectGarbage(): void {
  if (collect === undefined) collect = exposedCollector();
  collect?.();
}

/**
 * Collects all garbage now ({@link collectGarbage}) only when the heap holds at least `minHeapBytes`.
 * The collections are there to keep a large base's peak memory down; in a small heap what they free
 * matters to no limit, while each costs a walk over the whole heap (some 20 ms at 1,000 articles, five
 * of them 1.5% of such a run).
 */
export function collectGarbageAbove(minHeapBytes: number): void {
  if (process.memoryUsage().heapUsed >= minHeapBytes) collectGarbage();
}

function exposedCollector(): (() => void) | null {
  const global = (globalThis as { gc?: () => void }).gc;
  if (typeof global === "function") return global;
  try {
    setFlagsFromString("--expose-gc");
    const exposed = runInNewContext("gc") as unknown;
    return typeof exposed === "function" ? (exposed as () => void) : null;
  } catch {
    return null;
  }
}
