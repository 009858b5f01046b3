/**
 * "X, together with colleagues A, B and C", "X and his colleagues A and B": the colleagues of a member
 * of a parliament sit in the same parliament. The first name after "colleagues" is a member of the body
 * of the person named before it (the rest of the list follows it: seat-title-list.ts).
 */
import type { LocalPerson } from "./document.ts";
import { honorificStart } from "./honorifics.ts";
import type { RoleSpan } from "./roles.ts";
import type { Token } from "./text.ts";

/**
 * The role "member of the <body>" of the name at `nameFrom` when "colleagues" stands right before it
 * (with "his", "her", "their" or "fellow" before that) and `owner`, the person named before it in the
 * sentence, holds a title in a known body; undefined otherwise.
 */
export function colleagueRole(
  tokens: Token[],
  nameFrom: number,
  owner: LocalPerson | undefined,
): RoleSpan | undefined {
  const start = honorificStart(tokens, nameFrom);
  if (!/^colleagues?$/.test(tokens[start - 1]?.key ?? "") || !owner) return undefined;
  const own = [...owner.roles].reverse().find((r) => r.body);
  if (!own?.body) return undefined;
  const from = /^(?:his|her|their|fellow)$/.test(tokens[start - 2]?.key ?? "") ? start - 2 : start - 1;
  return {
    from,
    to: start,
    title: `member of the ${own.body}`,
    body: own.body,
    ...(own.country ? { country: own.country } : {}),
    counterpart: false,
  };
}
