/**
 * Respective appositions: "met Mr A and Mr B, speakers of the parliaments of Ostria and Veldia" names
 * two people and says what each of them is, in order. The plural role after the comma is the listed
 * people's, not more sides of the meeting: its countries are theirs.
 */
import type { Mention, Sentence } from "../document.ts";

// Where an apposition ends: a clause's comma, a semicolon, a bracket or the sentence's end.
const APPOSITION_END = new Set([",", ";", ".", ")", "(", "–", "—"]);

/**
 * Drops the group mentions of a plural role set in apposition after a list of two or more named people
 * ("A and B, speakers of the parliaments of X and Y"), when the role names no more countries than the
 * list names people.
 */
export function dropRespectiveAppositions(s: Sentence): void {
  const mentions = s.mentions;
  const first = mentions.find((g) => g.kind === "group" && listedBefore(s, g) >= 2);
  if (!first) return;
  let end = first.from;
  while (end < s.tokens.length && !APPOSITION_END.has(s.tokens[end]?.text ?? "")) end++;
  const inside = mentions.filter((m) => m.from >= first.from && m.from < end);
  if (inside.some((m) => m.kind !== "group") || inside.length > listedBefore(s, first)) return;
  s.mentions = mentions.filter((m) => !inside.includes(m));
}

/**
 * How many named people a list right before a mention holds, when a comma alone parts the two
 * ("Mr A and Mr B, speakers of"); 0 when something else stands between.
 */
function listedBefore(s: Sentence, group: Mention): number {
  if (s.tokens[group.from - 1]?.text !== ",") return 0;
  let count = 0;
  let at = group.from - 1;
  for (;;) {
    const person = s.mentions.find((m) => m.kind === "person" && m.to === at && !m.resolved);
    if (!person) return count;
    count++;
    const joint = s.tokens[person.from - 1]?.key ?? "";
    if (joint !== "and" && joint !== ",") return count;
    at = s.tokens[person.from - 2]?.key === "," && joint === "and" ? person.from - 2 : person.from - 1;
  }
}
