/**
 * How long V8 watches a function before its optimising compiler (TurboFan) compiles it, for a batch
 * extraction. With V8's default (an interrupt budget of 66 KB of bytecode run) the extraction's large
 * rule functions were compiled before they had seen the variety of their input (an empty list and a
 * full one, a sentence with no mention and one with several), then thrown away at the first new case
 * and compiled again: some 40% of the CPU of a 1,000-article run went to that compiler, on its own
 * threads. Eight times the budget lets a function gather that feedback first; the code runs no slower
 * once compiled, and the facts are the same (only when code is compiled changes, never what it computes).
 */
import { setFlagsFromString } from "node:v8";

/** V8's interrupt budget while extracting a corpus, in bytes of bytecode run (V8's default: 67,584). */
export const EXTRACTION_INTERRUPT_BUDGET = 540_672;

/**
 * Raises V8's interrupt budget for the rest of the process (a batch command that extracts and exits).
 * V8 reads the flag each time it resets a function's budget, so it holds for code already loaded.
 */
export function raiseOptimiserBudget(): void {
  setFlagsFromString(`--interrupt-budget=${EXTRACTION_INTERRUPT_BUDGET}`);
}
