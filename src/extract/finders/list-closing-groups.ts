/**
 * An unnamed group of people that closes a list of the people met: "during the meetings with A, B and
 * C, as well as with Senate staffers"; "dialogues with A, B, alongside key stakeholders from the
 * national commission". News prose names the hosts first and then the rest of whom the guest saw, who
 * belong to the same side; the mention finders see no country in such words, so the group would be
 * lost. It becomes a side of the country that every person of the list shares.
 */
import type { Doc, Mention, Sentence } from "../document.ts";
import { proseText } from "./sides.ts";

// Plural nouns for people that head such a group.
const GROUP_HEADS = new Set(
  `staffers staff stakeholders representatives officials members deputies senators lawmakers legislators
  parliamentarians mps leaders heads chairmen experts employees`.split(/\s+/),
);
// Words that join the group to the list: "as well as (with)", "alongside", "together with", "and", "plus".
const JOINERS: string[][] = [["as", "well", "as"], ["alongside"], ["together", "with"], ["and"], ["plus"]];
// Words that end the group's own complement ("from the commission on women").
const STOPS = new Set([",", ";", ".", ":", "and", "(", ")", "–", "—", "who", "which", "to", "on"]);
// Words that cannot stand before the group's head (another clause, not a modifier).
const NOT_MODIFIERS = new Set(["of", "from", "in", "at", "and", "or", "the", "a", "an", "to", "with", "by"]);
const MAX_COMPLEMENT = 10;

/** Adds, to sentence `s`, a group mention for an unnamed group that closes a list of people met. */
export function groupsClosingLists(doc: Doc, s: Sentence): void {
  const key = (i: number) => s.tokens[i]?.key ?? "";
  const covered = (i: number) => s.mentions.some((m) => m.from <= i && i < m.to);
  const added: Mention[] = [];
  s.mentions.forEach((m, n) => {
    if (m.kind !== "person" || m.person === undefined) return;
    const group = groupAfter(s, m.to, key, covered);
    if (!group) return;
    const list = listEndingAt(s, n, key);
    if (!list) return;
    const countries = new Set(list.map((x) => doc.people[x.person ?? -1]?.country));
    const [country] = countries;
    if (countries.size !== 1 || !country) return;
    const description = proseText(s, group.from, group.to);
    added.push({ kind: "group", from: group.from, to: group.to, country, description });
  });
  if (!added.length) return;
  s.mentions.push(...added);
  s.mentions.sort((a, b) => a.from - b.from);
}

// The span of a group of people right after the words that join it to a list ending at token `at`.
function groupAfter(
  s: Sentence,
  at: number,
  key: (i: number) => string,
  covered: (i: number) => boolean,
): { from: number; to: number } | undefined {
  let j = at;
  if (key(j) === ",") j++;
  const joiner = JOINERS.find((words) => words.every((w, k) => key(j + k) === w));
  if (!joiner) return undefined;
  j += joiner.length;
  if (key(j) === "with") j++;
  if (key(j) === "the") j++;
  const from = j;
  // Up to two modifiers before the head: "Senate staffers", "key stakeholders", "other senior officials".
  let head = -1;
  for (let k = j; k <= j + 2 && k < s.tokens.length; k++) {
    if (covered(k)) return undefined;
    if (GROUP_HEADS.has(key(k))) {
      head = k;
      break;
    }
    if (NOT_MODIFIERS.has(key(k)) || !/^[\p{L}-]+$/u.test(s.tokens[k]?.text ?? "")) return undefined;
  }
  if (head < 0) return undefined;
  let to = head + 1;
  // Its own complement: "from the national commission on women", "of the Senate".
  if (key(to) === "of" || key(to) === "from")
    for (let k = to; k < s.tokens.length && k < to + MAX_COMPLEMENT && !covered(k) && !STOPS.has(key(k)); k++)
      to = k + 1;
  return { from, to };
}

// The people of the list that mention `n` ends, when that list is the object of "with" ("with A, B and
// C"); else undefined.
function listEndingAt(s: Sentence, n: number, key: (i: number) => string): Mention[] | undefined {
  const list = [s.mentions[n] as Mention];
  for (let k = n - 1; k >= 0; k--) {
    const before = s.mentions[k] as Mention;
    const first = list[0] as Mention;
    const between = s.tokens
      .slice(before.to, first.from)
      .map((t) => t.key)
      .join(" ");
    if (before.kind !== "person" || !/^(?:,|and|, and)$/.test(between)) break;
    list.unshift(before);
  }
  return key((list[0] as Mention).from - 1) === "with" ? list : undefined;
}
