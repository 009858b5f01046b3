/**
 * Two titles that share one body, then two names in the same order: "the President and Prime Minister
 * of Ostria, A and B". Each name holds the title at its place in the list, in that body: A is the
 * President of Ostria, B its Prime Minister. Read name by name, the role right before A would be only
 * the second title ("Prime Minister of Ostria, A") and the first would stand alone as a person of its own.
 */
import type { Found } from "./gazetteer.ts";
import { isTitleWord } from "./gazetteer.ts";
import { honorificStart } from "./honorifics.ts";
import { bodyIn, countryIn, joinWords, type RoleSpan, roleBefore } from "./roles.ts";
import { isCapitalized, type Token } from "./text.ts";

// How many words a title before "and" may have ("Deputy Prime Minister").
const MAX_TITLE = 4;

/**
 * The roles, by the name's index in `names` (token spans in order), of each pair "T1 and T2 of BODY,
 * A and B": A's is T1 of BODY, B's T2 of BODY, A's spanning the whole list of titles.
 */
export function respectiveTitleRoles(
  tokens: Token[],
  found: Found[],
  names: readonly { from: number; to: number }[],
  isNameToken: (i: number) => boolean,
): Map<number, RoleSpan> {
  const roles = new Map<number, RoleSpan>();
  for (let j = 0; j + 1 < names.length; j++) {
    const a = names[j] as { from: number; to: number };
    const b = names[j + 1] as { from: number; to: number };
    const bStart = honorificStart(tokens, b.from);
    // "A and B" (or "A, and B"), and nothing after B that makes the list go on.
    const between = joinWords(tokens, a.to, bStart);
    if (!/^(?:, )?and$/.test(between) || /^(?:,|and)$/.test(tokens[b.to]?.text ?? "")) continue;
    const aStart = honorificStart(tokens, a.from);
    if (tokens[aStart - 1]?.text !== ",") continue;
    const second = roleBefore(tokens, a.from, found, isNameToken);
    if (!second || second.to !== aStart - 1 || tokens[second.from - 1]?.key !== "and") continue;
    const of = tokens.findIndex((t, k) => k > second.from && k < second.to && t.key === "of");
    if (of < 0) continue;
    const first = firstTitleStart(tokens, second.from - 1);
    if (first === undefined) continue;
    const body = { ...bodyIn(of + 1, second.to, found), ...countryIn(of + 1, second.to, found) };
    const ofBody = joinWords(tokens, of, second.to);
    roles.set(j, {
      from: first,
      to: aStart,
      title: `${joinWords(tokens, first, second.from - 1)} ${ofBody}`,
      ...body,
    });
    roles.set(j + 1, {
      from: bStart,
      to: bStart,
      title: `${joinWords(tokens, second.from, of)} ${ofBody}`,
      ...body,
    });
  }
  return roles;
}

// Where the first title of the pair starts, its last word right before "and" at `and`: capitalised
// title words back to "the" or the list's start; undefined when they hold no title word.
function firstTitleStart(tokens: Token[], and: number): number | undefined {
  let k = and;
  while (
    k > 0 &&
    and - k < MAX_TITLE &&
    isCapitalized(tokens[k - 1]?.text ?? "") &&
    tokens[k - 1]?.key !== "the"
  )
    k--;
  if (k === and || tokens[k - 1]?.key !== "the") return undefined;
  for (let x = k; x < and; x++) if (isTitleWord(tokens[x]?.text ?? "")) return k;
  return undefined;
}
