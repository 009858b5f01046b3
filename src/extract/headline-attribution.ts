/**
 * A title line's source: "Speaker Arrives In Ostria On Official Visit - Ostrian Senator" ends with who
 * said it, as some agencies print their titles. The person there is the source of the news, not a side
 * of the encounter the title reports.
 */
import type { Sentence } from "./document.ts";

// A spaced dash, then one to five words and nothing else.
const TRAILING_SOURCE = /\s[-–—]\s+((?:[\p{L}.'’-]+\s*){1,5})$/u;

/**
 * The first token of a title line's trailing source ("... - Ostrian Senator"), or the line's length
 * when it has none. A body sentence has none.
 */
export function headlineSourceFrom(s: Sentence): number {
  if (!s.headline) return s.tokens.length;
  const m = TRAILING_SOURCE.exec(s.text);
  if (!m || m.index === 0) return s.tokens.length;
  const start = m.index + m[0].length - (m[1]?.length ?? 0);
  const at = s.tokens.findIndex((t) => t.start >= start);
  return at < 0 ? s.tokens.length : at;
}
