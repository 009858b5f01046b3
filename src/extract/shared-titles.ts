/**
 * One title shared by two names, each with a body of its own: "the Chairman of the Senate A and of the
 * Majilis B", "Chairmen of the Senate of Ostria A and of the Assembly of Veldania B". The second name's
 * title is the first one's, held in the body named after "and of"; a plural title before the first
 * name is that name's in the singular.
 */
import type { Found } from "./gazetteer.ts";
import { singularTitle } from "./gazetteer.ts";
import { honorificStart } from "./honorifics.ts";
import { bodyIn, breaksRole, countryIn, joinWords, type RoleSpan, roleBefore } from "./roles.ts";
import { isCapitalized, type Token } from "./text.ts";

// How far back from a name a plural title with its body may stand, and how long a body may be.
const MAX_BODY = 12;

/**
 * The roles of names (token spans, in order) that a shared title gives, by the name's index: for each
 * pair "A and of the Y B", B's, and A's when its title is plural.
 */
export function sharedTitleRoles(
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
    const of = ofAfterAnd(tokens, a.to);
    if (of === undefined || !isBody(tokens, found, of + 1, bStart)) continue;
    const aStart = honorificStart(tokens, a.from);
    let head: string | undefined;
    const own = roleBefore(tokens, a.from, found, isNameToken);
    if (own) head = titleHead(own.title);
    else {
      const plural = pluralTitleBefore(tokens, found, aStart);
      if (plural) {
        head = plural.singular;
        roles.set(j, {
          from: plural.at,
          to: aStart,
          title: `${plural.singular} ${joinWords(tokens, plural.at + 1, aStart)}`,
          ...bodyIn(plural.at + 1, aStart, found),
          ...countryIn(plural.at + 1, aStart, found),
        });
      }
    }
    if (!head) continue;
    roles.set(j + 1, {
      from: of,
      to: bStart,
      title: `${head} ${joinWords(tokens, of, bStart)}`,
      ...bodyIn(of + 1, bStart, found),
      ...countryIn(of + 1, bStart, found),
    });
  }
  return roles;
}

// The "of" of ", and of" / "and of" right after a name, if it is there.
function ofAfterAnd(tokens: Token[], k: number): number | undefined {
  const at = tokens[k]?.text === "," ? k + 1 : k;
  return tokens[at]?.key === "and" && tokens[at + 1]?.key === "of" ? at + 1 : undefined;
}

// Whether tokens [from, to) name a body: capitalised words, connectors and known phrases, one known
// phrase or capitalised word at least.
function isBody(tokens: Token[], found: Found[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_BODY) return false;
  let named = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? "";
    const inPhrase = found.some((f) => f.from <= k && k < f.to);
    if (breaksRole(w)) return false;
    if (inPhrase || isCapitalized(w)) named = true;
    else if (!/^(?:the|of|and|'s|’s)$/.test(tokens[k]?.key ?? "")) return false;
  }
  return named;
}

// "Chairman" of "Chairman of the Senate of Ostria": the title's words before its body.
function titleHead(title: string): string | undefined {
  const of = title.search(/ of /i);
  return of > 0 ? title.slice(0, of) : undefined;
}

// "Chairmen of the Senate of Ostria" right before a name: where the plural title stands and its singular.
function pluralTitleBefore(
  tokens: Token[],
  found: Found[],
  nameStart: number,
): { at: number; singular: string } | undefined {
  for (let k = nameStart - 2; k >= Math.max(0, nameStart - MAX_BODY - 1); k--) {
    const singular = singularTitle(tokens[k]?.text ?? "");
    if (singular && tokens[k + 1]?.key === "of")
      return isBody(tokens, found, k + 2, nameStart) ? { at: k, singular } : undefined;
    const w = tokens[k]?.text ?? "";
    if (
      !isCapitalized(w) &&
      !found.some((f) => f.from <= k && k < f.to) &&
      !/^(?:the|of)$/.test(tokens[k]?.key ?? "")
    )
      return undefined;
  }
  return undefined;
}
