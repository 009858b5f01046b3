/** The proposal of a meeting held between two people, which the article-level finders make. */
import type { Proposal } from "./meetings.ts";

/** A held meeting of people `a` and `b`, told in sentence `sentence`, as `finder` read it. */
export function heldPairProposal(sentence: number, a: number, b: number, finder: string): Proposal {
  return { sentence, people: [a, b], parties: [], planned: false, finder };
}
