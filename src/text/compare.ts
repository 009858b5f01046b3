/**
 * The one string order of parlbot for sorting ids, dates and words: plain code-unit order. It is
 * the order the stored tables of the fact index are sorted in (their binary searches assume it), and
 * it is much cheaper than `localeCompare` in big sorts.
 */

/** Compares two strings by code units (ISO dates, ids, index words): the order of `Array.prototype.sort` without a comparator. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
