/**
 * Lists stored at their exact length. V8 gives a list that grows by `push` room for some 16 more
 * items, about 150 bytes for a list of one: nothing for a list of one article, but the lists the
 * fact base and the cross-article registry keep for every person and meeting (tens of thousands at
 * 16,000 articles) were tens of megabytes of that room. A list that is kept is built by concat or
 * slice instead, which allocate exactly what the items take.
 */

// Past this length a list grows in place: copying it for every addition would cost time quadratic in
// its length (a person named in thousands of articles has thousands of roles), and the room that
// growth leaves is at most half of the list.
const COPY_UP_TO = 16;

/**
 * `list` with `items` added at its end: a new list of exactly their length while it is short (the
 * given one is left as it was), the given list grown in place once it is long. Callers keep the
 * returned list.
 */
export function withAdded<T>(list: T[], items: readonly T[]): T[] {
  if (!items.length) return list;
  if (list.length >= COPY_UP_TO) {
    for (const item of items) list.push(item);
    return list;
  }
  return list.concat(items);
}

/** A copy of a list that takes exactly its length (an empty list stays the shared-nothing `[]`). */
export function exactCopy<T>(list: readonly T[]): T[] {
  return list.slice();
}
