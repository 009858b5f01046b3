/**
 * One person named two ways in one article: "Katherine Jane Leach" in one sentence and "Kathy Leach"
 * in another, "Alexander Petrov" and "Alex Petrov". Two full names with one surname whose first names
 * are a short form and its long form (and whose middle names do not disagree) are one person, unless
 * the article shows two people of that surname: both named in one sentence, or of different
 * countries, or with roles of no common kind. Siblings and spouses share surnames, not first names.
 */
import { titleFamily } from "./coref.ts";
import type { Doc, LocalPerson } from "./document.ts";
import { nameWordKeys } from "./people.ts";

/**
 * Whether two first names (as name keys) can be one person's: one is the other, or a short form of
 * it ("kathy" / "katherine", "alex" / "alexander", "vlad" / "vladimir"). The short form's stem, without
 * a final -y, -ie or -i, has at least four letters and the long form goes on for at least two more
 * ("Ali" is not "Alisher", "Ivan" is not "Ivana").
 */
export function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.replace(/(?:ie|y|i)$/, "");
  return stem.length >= 4 && long.length >= stem.length + 2 && long.startsWith(stem) && long !== `${short}a`;
}

/**
 * Whether two names of two words or more can be one person's: the same last word, compatible first
 * words, and every middle word of the shorter among the middle words of the longer.
 */
export function nameVariants(a: string, b: string): boolean {
  const x = nameWordKeys(a);
  const y = nameWordKeys(b);
  if (x.length < 2 || y.length < 2 || x.at(-1) !== y.at(-1)) return false;
  if (!compatibleFirstNames(x[0] as string, y[0] as string)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const middle = long.slice(1, -1);
  return short.slice(1, -1).every((w) => middle.includes(w));
}

/** Merges the local people of a document that {@link nameVariants} and the article show to be one. */
export function mergeNameVariants(doc: Doc): void {
  for (let i = 0; i < doc.people.length; i++)
    for (let j = i + 1; j < doc.people.length; j++) {
      const a = doc.people[i] as LocalPerson;
      const b = doc.people[j] as LocalPerson;
      if (!a.names.some((n) => b.names.some((m) => nameVariants(n, m)))) continue;
      if (twoPeople(doc, a, b)) continue;
      merge(doc, a, b);
      j--;
    }
}

// Whether the article shows `a` and `b` to be two people: named in one sentence, of two countries, or
// both with roles of which no two are of one kind.
function twoPeople(doc: Doc, a: LocalPerson, b: LocalPerson): boolean {
  if (a.country && b.country && a.country !== b.country) return true;
  if (
    doc.sentences.some(
      (s) => s.mentions.some((m) => m.person === a.id) && s.mentions.some((m) => m.person === b.id),
    )
  )
    return true;
  if (!a.roles.length || !b.roles.length) return false;
  const families = new Set(a.roles.map((r) => titleFamily(r.title, !!r.body)));
  return !b.roles.some((r) => families.has(titleFamily(r.title, !!r.body)));
}

// Moves `b`'s names, roles and mentions to `a`, then drops `b` and renumbers the people after it.
function merge(doc: Doc, a: LocalPerson, b: LocalPerson): void {
  for (const n of b.names) if (!a.names.includes(n)) a.names.push(n);
  for (const [n, c] of b.nameCounts) a.nameCounts.set(n, (a.nameCounts.get(n) ?? 0) + c);
  for (const r of b.roles) if (!a.roles.some((x) => x.title === r.title)) a.roles.push(r);
  if (b.relativeRoles) a.relativeRoles = [...(a.relativeRoles ?? []), ...b.relativeRoles];
  a.country ??= b.country;
  a.mentions += b.mentions;
  a.firstSentence = Math.min(a.firstSentence, b.firstSentence);
  doc.people.splice(b.id, 1);
  for (const p of doc.people) if (p.id > b.id) p.id--;
  for (const s of doc.sentences)
    for (const m of s.mentions)
      if (m.person === b.id) m.person = a.id;
      else if (m.person !== undefined && m.person > b.id) m.person--;
}
