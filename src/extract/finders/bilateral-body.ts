/**
 * A sitting of a body that two sides share: "X will take part in an expanded meeting of the commission
 * on cooperation between the Federation Council and Kazakhstan's Senate", "X attended the session of
 * the working group between Ostria and Chile". The body is named by its two sides, so taking part in
 * its meeting is meeting the other side. (A forum or an assembly of many names no "between A and B".)
 */
import type { Doc, Mention, Sentence } from "../document.ts";
import type { Found } from "../gazetteer.ts";
import { isSide, proseText, sideCountry } from "./sides.ts";

// Nouns of a standing body of two sides.
const BODIES = new Set(["commission", "council", "committee", "group", "board"]);
// How far "between" may stand after the body's noun ("commission on cooperation between").
const MAX_BODY_WORDS = 4;

/**
 * Marks, in sentence `s`, the body of two sides whose meeting the sentence's person takes part in as a
 * group mention of the other side's country (the side that is not the person's own). It stands after
 * "a meeting of", and the person before it is the last one named ahead of it.
 */
export function markBilateralBodies(doc: Doc, s: Sentence): void {
  const key = (i: number) => s.tokens[i]?.key ?? "";
  for (let k = 0; k < s.tokens.length; k++) {
    if (key(k) !== "between") continue;
    let noun = -1;
    for (let i = k - 1; i >= Math.max(0, k - 1 - MAX_BODY_WORDS) && noun < 0; i--)
      if (BODIES.has(key(i))) noun = i;
    if (noun < 0) continue;
    // "meeting of the (joint / working) commission": "of" a few words before the body's noun.
    let of = -1;
    for (let i = noun - 1; i >= Math.max(0, noun - 3) && of < 0; i--) if (key(i) === "of") of = i;
    const from = of + 1;
    if (of < 1 || !/^(?:meeting|session|sitting)$/.test(key(of - 1))) continue;
    const first = sideNear(s, k + 1);
    if (!first || key(first.to) !== "and") continue;
    const second = sideNear(s, first.to + 1);
    if (!second || s.mentions.some((m) => m.from < second.to && from < m.to)) continue;
    const subject = [...s.mentions].reverse().find((m) => m.kind === "person" && m.to <= from);
    const own = doc.people[subject?.person ?? -1]?.country;
    const sides = [sideCountry(first), sideCountry(second)];
    if (!own || !sides.includes(own) || sides[0] === sides[1]) continue;
    const country = sides.find((c) => c !== own) as string;
    const description = proseText(s, noun, second.to);
    s.mentions.push({ kind: "group", from, to: second.to, country, description });
    s.mentions.sort((a, b) => a.from - b.from);
  }
}

// The first side (a country, a body, an organisation) in the few words from token `i`: "the Federation
// Council", "the Senate of Chile".
function sideNear(s: Sentence, i: number): Found | undefined {
  return s.found.find((f) => f.from >= i && f.from <= i + SIDE_WORDS && isSide(f));
}
const SIDE_WORDS = 3;

/** "X will take part in an expanded meeting of @m": a person taking part in a meeting of a side. */
export const TAKES_PART_IN_SITTING =
  /(@m\d+)(?: [^@]{0,60}?)? (?:take|takes|took|taking) part in (?:an? |the )(?:[\w-]+ ){0,2}?(?:meeting|session|sitting) of (@m\d+)|(@m\d+)(?: [^@]{0,60}?)? (?:participate|participates|participated|attend|attends|attended) (?:in )?(?:an? |the )(?:[\w-]+ ){0,2}?(?:meeting|session|sitting) of (@m\d+)/g;

/** Whether a mention is a body of two sides that {@link markBilateralBodies} marked. */
export function isBilateralBody(m: Mention | undefined): boolean {
  return m?.kind === "group" && / between /.test(m.description ?? "");
}
