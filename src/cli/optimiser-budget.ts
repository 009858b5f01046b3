/**
 * How long V8 watches a function before its optimising compiler (TurboFan) compiles it, for a batch
 * extraction. With V8's default (an interrupt budget of 66 KB of bytecode run) the extraction's large
 * rule functions were compiled before they had seen the variety of their input (an empty list and a
 * full one, a sentence with no mention and one with several), then thrown away at the first new case
 * and compiled again: some 40% of the CPU of a 1,000-article run went to that compiler, on its own
 * threads. Eight times the budget let a function gather that feedback first; sixteen times cuts the
 * CPU time of extraction by a further 3–5% (measured in pairs run side by side on the same load, bundled
 * extraction of real-style articles: 1,000 articles 0.97–0.995 of the time, 4,000 articles 0.93–0.96),
 * while thirty-two times was no better. The code runs no slower once compiled, and the facts are the
 * same (only when code is compiled changes, never what it computes).
 *
 * Regular expressions too are compiled twice by default: to V8's regexp bytecode on first use, then,
 * once run again, to machine code. The rules hold hundreds of patterns (and one per mention number for
 * some, "@m3"), nearly all run on every article: Linux perf put some 8% of a 1,000-article extraction in
 * compiling them, most of it in the first few hundred articles; compiling each once, straight to machine
 * code, took that to 5% (353 → 222 samples of some 4,400). A pattern matches the same in either form.
 */
import { setFlagsFromString } from "node:v8";

/** V8's interrupt budget while extracting a corpus, in bytes of bytecode run (V8's default: 67,584). */
export const EXTRACTION_INTERRUPT_BUDGET = 1_081_344;

/**
 * Raises V8's interrupt budget for the rest of the process (a batch command that extracts and exits),
 * and has regular expressions compiled once, to machine code. V8 reads the budget each time it resets
 * a function's budget, so it holds for code already loaded.
 */
export function raiseOptimiserBudget(): void {
  setFlagsFromString(`--interrupt-budget=${EXTRACTION_INTERRUPT_BUDGET}`);
  // Read when a pattern is first compiled: holds for the patterns of modules already loaded too.
  setFlagsFromString("--no-regexp-tier-up");
}
