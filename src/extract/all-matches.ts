/**
 * The matches of a global pattern, read with the pattern itself. `text.matchAll(pattern)` copies the
 * pattern into a new RegExp object on every call; extraction runs a few dozen patterns over every
 * sentence, most of them matching nothing, and that copy cost more than the search itself.
 */

/**
 * Every match of `pattern` (which must be global) in `text`, as `[...text.matchAll(pattern)]` gives
 * them. The pattern's `lastIndex` is where the search starts, as with matchAll, and is back at 0 after.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0] === "") pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode);
  }
  return out;
}

// The index after the character at `i` (a surrogate pair is one character to a Unicode pattern).
function stepOver(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
