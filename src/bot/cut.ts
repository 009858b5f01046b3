/** Cutting a text to one of Telegram's length limits. */

/**
 * `text` cut to at most `limit` characters (UTF-16 units, as Telegram counts), ending in "…" when
 * cut, and never leaving half of a surrogate pair (an emoji) at the cut.
 */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}
