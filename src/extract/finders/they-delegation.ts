/**
 * "A delegation led by X has been visiting Ostria since Monday. They met with Y on Tuesday": a "they"
 * that opens a sentence right after the delegation is told is that delegation, and a delegation acts
 * through its head. Adds a mention of the head at the pronoun when the sentence goes on with a verb
 * of meeting (what else "they" did or said is no one's encounter).
 */
import type { Doc } from "../document.ts";
import { ledHead } from "./sides.ts";

// The verb of an encounter right after "They": "They met (with) Y", "They were received by Y",
// "They also held talks with Y".
const THEY_MET =
  /^They (?:also |then |later |subsequently )?(?:met|were (?:also |then |later )?(?:received|welcomed|hosted|greeted)|held (?:[\p{L}-]+ ){0,3}?(?:talks|meetings?|consultations)|had (?:[\p{L}-]+ ){0,3}?(?:talks|meetings?))\b/u;

/** Adds a mention of the delegation's head at a "They" that opens an encounter told after the delegation. */
export function theyAsDelegationHead(doc: Doc): void {
  let led: number | undefined | null = null;
  for (const s of doc.sentences) {
    if (s.headline || !THEY_MET.test(s.text) || s.mentions.some((m) => m.from === 0)) continue;
    // The sentence before tells the delegation (or its head) as the last subject.
    const before = doc.sentences[s.index - 1];
    if (!before || !/\bdelegation\b/i.test(before.text)) continue;
    if (led === null) led = ledHead(doc);
    if (led === undefined || s.mentions.some((m) => m.person === led)) return;
    s.mentions.unshift({ kind: "person", from: 0, to: 1, person: led, resolved: true, forDelegation: true });
  }
}
