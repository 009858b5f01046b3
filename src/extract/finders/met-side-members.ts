/**
 * The members of the unnamed side a meeting was told with, named in a sentence of their own: "X will
 * meet Ostrian parliamentarians. The parliamentarians include Mr A and Ms B." The sentence takes up
 * that side by its own noun, so the people it lists sat (or will sit) at that meeting, beside the
 * side itself. The annotated reports count a side's member named this way as a participant.
 */
import type { Sentence } from "../document.ts";
import { MENTION_LIST, mentionNumbers } from "./mention-list.ts";

// "the parliamentarians (also) include @m1 and @m2": the plural noun of the side, then its people.
const NOUN_INCLUDES = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?the (?:other )?(parliamentarians|lawmakers|legislators|deputies|senators|mps|meps|congressmen|delegates) (?:also )?(?:include|includes|included) (?:[^@]{0,30}? )?(${MENTION_LIST})`,
  "i",
);

/**
 * The mentions of the people a sentence lists as members of an unnamed side of the meeting just told
 * (`sides`: that meeting's unnamed sides, by description), or none: the sentence's noun must be the
 * last word of one side's description ("Japanese parliamentarians": "the parliamentarians").
 */
export function metSideMembers(s: Sentence, sk: string, sides: readonly { description: string }[]): number[] {
  const m = NOUN_INCLUDES.exec(sk);
  if (!m) return [];
  const noun = (m[1] ?? "").toLowerCase();
  if (!sides.some((x) => x.description.toLowerCase().split(/\s+/).at(-1) === noun)) return [];
  return mentionNumbers(m[2]).filter((n) => s.mentions[n]?.kind === "person");
}
