/**
 * Escaping text for use inside a regular expression.
 */

/** `text` with every character that has a meaning in a regular expression escaped, so it matches itself. */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
