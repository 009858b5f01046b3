/**
 * The meetings each article reports, looked up by article id. Quoting asks this of every sentence it
 * weighs; a scan of every meeting of a large base (tens of thousands) for each was the slowest part of
 * answering "what did X and Y discuss?". Built once per fact index, on first use.
 */
import type { FactIndex } from "../facts/index.ts";
import type { Meeting } from "../facts/types.ts";

const byIndex = new WeakMap<FactIndex, Map<string, Meeting[]>>();
const NONE: readonly Meeting[] = [];

/** The meetings an article reports, in the fact base's order (empty when it reports none). */
export function meetingsOfArticle(index: FactIndex, articleId: string): readonly Meeting[] {
  let table = byIndex.get(index);
  if (!table) {
    table = new Map();
    for (const m of index.base.meetings) {
      const list = table.get(m.articleId);
      if (list) list.push(m);
      else table.set(m.articleId, [m]);
    }
    byIndex.set(index, table);
  }
  return table.get(articleId) ?? NONE;
}
