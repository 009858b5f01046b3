/**
 * Tokens with their offsets, and the text normalisation every matcher shares: both come from
 * `src/text/normalize.ts`, the one place where parlbot folds text (here under extraction's names).
 */
export { foldKey as fold, type TokenSpan as Token, tokenSpans as tokenize } from "../text/normalize.ts";

/** Whether a word starts with a capital letter. */
export const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Whether a word is written in capitals only (two letters or more). */
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.'’-]{2,}$/u.test(w) && /\p{Lu}{2}/u.test(w);
