/**
 * The one item of a set or a list, for the rules that decide only when the article leaves no choice:
 * one country among the candidates, one body of that title, one family of offices.
 */

/** The one item of `items`, if it holds exactly one; undefined when it is empty or holds several. */
export function onlyOne<T>(items: ReadonlySet<T> | readonly T[]): T | undefined {
  const size = "size" in items ? items.size : items.length;
  if (size !== 1) return undefined;
  for (const item of items) return item;
  return undefined;
}
