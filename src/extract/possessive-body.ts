/**
 * "the group's chair X", "the committee's chairman Rep. Y": a title whose body is said by a possessive
 * that points back to a body named before, in the sentence or in one of the few before it ("a delegation
 * of the German Bundestag, including members of the «Ostria-Central Asia» Parliamentary Group ...
 * During the visit the group's chair X ..."). The title is completed with that body's name, and takes
 * the country (and parliament) of the chamber named just before it.
 */
import type { Sentence } from "./document.ts";
import type { RoleSpan } from "./roles.ts";
import { isCapitalized } from "./text.ts";

// The nouns of a body a possessive may point back to.
const BODY_NOUN = /^(?:group|committee|commission|caucus|league|association|council|union|assembly)$/;
// How many sentences before the title's own the body may have been named.
const SENTENCES_BACK = 3;
// How many words a body's name may hold before its noun.
const NAME_WORDS = 8;

/**
 * The role `role` (read right before a name in sentence `s`) completed by the body a possessive before
 * it points to, "the group's chair" → "chair of the «Ostria-Central Asia» Parliamentary Group"; `role`
 * itself when no such possessive stands before it or no body of that noun was named.
 */
export function withPossessiveBody(sentences: readonly Sentence[], s: Sentence, role: RoleSpan): RoleSpan {
  if (role.body || role.country || / of /i.test(role.title)) return role;
  const t = s.tokens;
  const noun = t[role.from - 2]?.key ?? "";
  if (t[role.from - 1]?.key !== "'s" || t[role.from - 3]?.key !== "the" || !BODY_NOUN.test(noun)) return role;
  for (let back = 0; back <= SENTENCES_BACK; back++) {
    const where = sentences[s.index - back];
    if (!where || where.headline) continue;
    const end = back === 0 ? role.from - 3 : where.tokens.length;
    const named = lastNamedBody(where, noun, end);
    if (named) return { ...role, title: `${role.title} of the ${named.name}`, ...named.chamber };
  }
  return role;
}

/**
 * The last body named with capitalised words ending in `noun` before token `end` of a sentence, with
 * the chamber (a known body) named before it in that sentence, if any.
 */
function lastNamedBody(
  s: Sentence,
  noun: string,
  end: number,
): { name: string; chamber: { body?: string; country?: string } } | undefined {
  const t = s.tokens;
  for (let k = end - 1; k > 0; k--) {
    if (t[k]?.key !== noun || !isCapitalized(t[k]?.text ?? "")) continue;
    let from = k;
    while (from > Math.max(0, k - NAME_WORDS)) {
      const w = t[from - 1]?.text ?? "";
      if (isCapitalized(w) || /^[«»"“”-]$/.test(w) || (w === "of" && isCapitalized(t[from - 2]?.text ?? "")))
        from--;
      else break;
    }
    // The name must open after "the" and hold a word besides the noun ("the Parliamentary Group").
    if (from === k || t[from - 1]?.key !== "the") continue;
    const name = s.text.slice(t[from]?.start ?? 0, t[k]?.end ?? 0);
    const chamber = [...s.found].reverse().find((f) => f.to <= from && f.entry.kind === "body");
    const body = chamber?.entry.kind === "body" ? chamber.entry : undefined;
    return {
      name,
      chamber: { ...(body ? { body: body.name } : {}), ...(body?.country ? { country: body.country } : {}) },
    };
  }
  return undefined;
}
