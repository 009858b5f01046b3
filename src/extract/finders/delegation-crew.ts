/**
 * The people of a delegation that has no head: "the Kazakh delegation, represented by deputies A, B
 * and C, explored ...". When a report names the members of a delegation and no one who leads it, the
 * delegation acts as those people: a meeting whose subject the text leaves out ("During the meetings
 * with X and Y, ...") is theirs. A delegation with a head acts as its head instead (see sides.ts).
 */
import type { Doc, Sentence } from "../document.ts";
import { M } from "./mention-list.ts";

// "@m0 , represented by deputies @m1 , @m2 and @m3": the delegation mention, then its people.
const MEMBERS = new RegExp(
  String.raw`(${M}) , (?:represented by|consisting of|comprising|composed of|made up of|including) (?:[a-z]+ )?(${M}(?:(?: ,| and| , and)(?: [a-z]+)? ${M})*)`,
);
// Words that say someone leads a delegation: then the delegation is its head, not its members.
const HEADED =
  /\b(?:led|headed|chaired) by\b|\bhead(?:s|ed)? (?:of )?(?:the |a |an )?(?:[\w-]+ ){0,3}delegation\b|\blead(?:s|ing)? (?:the |a |an )?(?:[\w-]+ ){0,3}delegation\b/i;

/**
 * The local person ids of the members of the article's headless delegation (two or more people), or
 * undefined when the article names none or says who leads a delegation. `skeletonOf` gives a
 * sentence's skeleton ("@m0 , represented by deputies @m1 and @m2 , explored ...").
 */
export function headlessDelegationMembers(
  doc: Doc,
  skeletonOf: (s: Sentence) => string,
): number[] | undefined {
  if (doc.sentences.some((s) => HEADED.test(s.text))) return undefined;
  for (const s of doc.sentences) {
    if (!/represented by|consisting of|comprising|composed of|made up of|including/.test(s.text)) continue;
    const m = MEMBERS.exec(skeletonOf(s));
    if (!m) continue;
    const side = s.mentions[Number(m[1]?.slice(2))];
    if (side?.kind !== "group" || !/\bdelegation\b/i.test(side.description ?? "")) continue;
    const people = [...(m[2] ?? "").matchAll(/@m(\d+)/g)]
      .map((x) => s.mentions[Number(x[1])]?.person)
      .filter((p): p is number => p !== undefined);
    const distinct = [...new Set(people)];
    if (distinct.length >= 2) return distinct;
  }
  return undefined;
}
