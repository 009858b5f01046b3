/**
 * The members of a delegation named after the meeting it had: "The delegation also included MPs A
 * and B", "The delegation comprised deputies A, B and C". They took part in the meeting the report
 * told just before, beside the delegation's head.
 */

import { allMatches } from "../all-matches.ts";
import type { Sentence } from "../document.ts";

const M = String.raw`@m\d+`;
const MEMBERS = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(${M}) (?:also )?(?:included|includes|comprised|comprises|consisted of|consists of|(?:was|is) (?:composed|made up) of) (?:[^@]{0,40}? )?(${M}(?:(?: ,| and| , and) ${M})*)`,
);

/**
 * The mentions of the people a sentence names as members of a delegation ("the delegation
 * included A and B"), or none. The subject must be the delegation itself: the words "delegation" in its mention.
 */
export function delegationMembers(s: Sentence, sk: string): number[] {
  const m = MEMBERS.exec(sk);
  if (!m) return [];
  const subject = s.mentions[Number(m[1]?.slice(2))];
  if (!subject || subject.from < 0) return [];
  const words = s.tokens.slice(subject.from, subject.to).map((t) => t.key);
  if (!words.includes("delegation")) return [];
  return allMatches(/@m(\d+)/g, m[2] ?? "")
    .map((x) => Number(x[1]))
    .filter((n) => s.mentions[n]?.kind === "person");
}
