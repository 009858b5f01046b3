/**
 * Tokens with their offsets, and the text normalisation every matcher shares: both come from
 * `src/text/normalize.ts`, the one place where parlbot folds text (here under extraction's names).
 */
export { foldKey as fold, type TokenSpan as Token, tokenSpans as tokenize } from "../text/normalize.ts";

/** Whether a word starts with a capital letter. */
export const isCapitalized = (w: string): boolean => {
  // Asked of most words of every sentence, and most are ASCII: A to Z are its only capitals.
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL_FIRST.test(w);
};
const CAPITAL_FIRST = /^\p{Lu}/u;

/** Whether a word is written in capitals only (two letters or more). */
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.'’-]{2,}$/u.test(w) && /\p{Lu}{2}/u.test(w);

/**
 * The words of tokens `from` up to `to` (excluded) as the article wrote them: the sentence's own text
 * between the first token's start and the last one's end, its runs of spaces made one. Joining the
 * tokens with spaces would put one where the article has none ("People ’s", "U.S .").
 */
export function spanText(
  text: string,
  tokens: readonly { start: number; end: number }[],
  from: number,
  to: number,
): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last || to <= from) return "";
  return text.slice(first.start, last.end).replace(/\s+/g, " ");
}
