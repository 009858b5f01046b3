/** The proposal of a meeting between two people, which the article-level finders make. */
import type { Proposal } from "./meetings.ts";

/** A meeting of people `a` and `b`, told in sentence `sentence`, as `finder` read it; held unless `planned`. */
export function pairProposal(
  sentence: number,
  a: number,
  b: number,
  finder: string,
  planned = false,
): Proposal {
  return { sentence, people: [a, b], parties: [], planned, finder };
}
