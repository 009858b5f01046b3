/**
 * Title Case lines: a headline that capitalises every content word ("Speaker Arrives In Ostria On
 * Official Visit") makes a verb or a common noun look like a name. In such a line a lone capitalised
 * word is a name only if the report names that person elsewhere, as it always does for the people a
 * headline is about.
 */
import type { NameSpan } from "./names.ts";
import type { Token } from "./text.ts";

// Short words that Title Case may leave in lower case ("of", "in", "and", "for").
const MINOR_WORD = /^(?:a|an|the|of|in|on|at|to|by|for|and|or|but|as|with|from|into|over|per|via|vs)$/;

/**
 * Whether a line capitalises all its words but minor ones: at least three words of letters, none of
 * them a lower-case content word.
 */
export function isTitleCaseLine(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || MINOR_WORD.test(w));
}

/**
 * The name candidates of a headline, where a Title Case headline's one-word candidates become weak
 * (a name only once the article names it in full): "Head Arrives", "Speaker Attends" are no people.
 */
export function titleCaseWeakened(spans: NameSpan[], tokens: Token[], headline: boolean): NameSpan[] {
  if (!headline || !spans.some((s) => s.to - s.from === 1) || !isTitleCaseLine(tokens)) return spans;
  return spans.map((s) => (s.to - s.from === 1 && !/\p{Lu}\./u.test(s.name) ? { ...s, weak: true } : s));
}
