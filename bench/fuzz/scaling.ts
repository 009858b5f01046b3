/**
 * How the time of one operation grows with the size of its input: timed at n, 2n, 4n and 8n, the
 * ratio of each doubling tells linear work (about 2) from quadratic (about 4) or worse. Shared by the
 * fuzz harness (bench/fuzz.ts), which flags the superlinear ones, and the odd-input benchmark.
 */

/** The figures of one input shape at growing sizes. */
export interface Growth {
  name: string;
  sizes: number[];
  /** Milliseconds at each size (the fastest of a few runs, so that a pause of the machine is not read as growth). */
  ms: number[];
  /** The time of each doubling over the one before (NaN where the times are too small to compare). */
  ratios: number[];
  /** Whether a doubling took more than {@link SUPERLINEAR_RATIO} times as long. */
  superlinear: boolean;
}

/** A doubling of the input that takes more than this many times as long is superlinear. */
export const SUPERLINEAR_RATIO = 3;
/** Below this many milliseconds the timer's noise is larger than the growth it would show. */
const NOISE_MS = 10;
/** A doubling is flagged only when it takes at least this many milliseconds. */
const JUDGED_MS = 50;
/** A size that takes longer than this is not doubled again (the growth is already plain). */
const STOP_MS = 4_000;

/**
 * The CPU milliseconds `run` takes, the fastest of `repeats` runs. CPU time, not the clock's: on a
 * machine whose cores other processes share, the clock counts their turns too.
 */
export function timeOf(run: () => void, repeats = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < repeats; k++) {
    const t0 = process.cpuUsage();
    run();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1e3);
    // A slow run is not repeated: the first figure is telling enough and CPU is shared.
    if (best > 500) break;
  }
  return best;
}

/**
 * Times `run` on the input `make(n)` for n = base, 2·base, 4·base, 8·base. A series that looks
 * superlinear is timed once more, and flagged only if it does again: a collection of garbage or a
 * compilation in one run can double a small time.
 */
export function growth(
  name: string,
  make: (n: number) => string,
  run: (input: string) => void,
  base: number,
  doublings = 3,
  repeats = 3,
): Growth {
  const first = timeSeries(name, make, run, base, doublings, repeats);
  if (!first.superlinear) return first;
  return timeSeries(name, make, run, base, doublings, repeats);
}

/** {@link growth} timed once, without the second look at a superlinear series (for benchmarks, which only report). */
export function timeSeries(
  name: string,
  make: (n: number) => string,
  run: (input: string) => void,
  base: number,
  doublings: number,
  repeats = 3,
): Growth {
  const sizes: number[] = [];
  const ms: number[] = [];
  for (let k = 0, n = base; k <= doublings; k++, n *= 2) {
    const input = make(n);
    sizes.push(input.length);
    const t = timeOf(() => run(input), repeats);
    ms.push(t);
    if (t > STOP_MS) break;
  }
  const ratios = ms.slice(1).map((t, i) => {
    const before = ms[i] as number;
    return t < NOISE_MS ? Number.NaN : t / Math.max(before, NOISE_MS / 2);
  });
  // A doubling is judged once its time is well above the noise (a pause of 20 ms can triple 10 ms).
  const superlinear = ratios.some((r, i) => r > SUPERLINEAR_RATIO && (ms[i + 1] as number) >= JUDGED_MS);
  return { name, sizes, ms, ratios, superlinear };
}

/** One line of figures for a growth: sizes, times and doubling ratios. */
export function growthLine(g: Growth): string {
  const size = (s: number) => (s < 10_000 ? String(s) : `${(s / 1000).toFixed(0)}k`);
  const cells = g.sizes.map((s, i) => `${size(s)} ${(g.ms[i] as number).toFixed(1)} ms`);
  const ratios = g.ratios.map((r) => (Number.isNaN(r) ? "-" : `×${r.toFixed(1)}`));
  return `${g.superlinear ? "SLOW " : "     "}${g.name.padEnd(34)} ${cells.join(", ")}  (${ratios.join(" ")})`;
}
