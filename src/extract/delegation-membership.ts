/**
 * What the article tells of someone it names as a member of a delegation ("The delegation included
 * MPs A and B", "members of the delegation, including Deputy Chairman C", "Senator D, a member of the
 * delegation", "MPs E and F were also part of the Ostrian delegation"): their country is the
 * delegation's, whatever country the report stands in, and a bare seat ("Senator", "Deputy Chairman") is
 * one in the body the delegation comes from ("a delegation of the Ostrian Diet"). A bare seat says
 * nothing of which parliament, and the host's would be the usual guess. "MP" stays as written.
 */
import type { Doc, LocalPerson, Mention, Sentence } from "./document.ts";
import { delegationHead } from "./finders/sides.ts";
import { bodyIn } from "./roles.ts";

// Right before the name (and the names listed before it): "the delegation (also) included", "members
// of the delegation, including", "the delegation was composed of", "a Korean delegation, including",
// "the British group included".
const MEMBERS_BEFORE =
  /\b(?:the|a|its|this|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:delegation|group)(?:\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of|was\s+composed\s+of|was\s+made\s+up\s+of)|\s*,\s+including)\b[^.;:]{0,200}$|\bmembers\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}?delegation\s*,?\s+(?:including|among\s+them|such\s+as|namely)\b[^.;:]{0,200}$/iu;
// "Members of the delegation, A and B, raised ...": the names in apposition (capitalised words, commas
// and "and" up to the name).
const MEMBERS_LISTED_BEFORE =
  /\b[Mm]embers\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}?delegation\s*,\s*(?:(?:\p{Lu}[\p{L}.'’-]*|and|,)\s*)*$/u;
// Right after the name: ", a member of the delegation", "and B were also part of the Ostrian delegation".
// Read from the start of the name's mention, which may hold the apposition.
const MEMBER_AFTER =
  /^[^,.;:]{1,80}?,\s+(?:a|another|also\s+a)\s+member\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}?delegation\b|^[^.;:]{0,120}?\b(?:were|was|are|is)\s+(?:also\s+)?(?:part|members?|among\s+the\s+members)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}?delegation\b/iu;

/** The delegation a person is named a member of: its country and the body it comes from, when told. */
export interface Membership {
  country?: string;
  body?: string;
}

/**
 * The delegation that the article names `p` a member of, if it does. Its country is the one the
 * words of membership name ("members of the Ostrian delegation, among them A"), else that of the
 * delegation the article follows ("the delegation": the one whose head it says led it), else the
 * nearest delegation given a country at or before the sentence.
 */
export function delegationMembership(doc: Doc, p: LocalPerson): Membership | undefined {
  for (const s of doc.sentences) {
    if (!/delegation|group/i.test(s.text)) continue;
    for (const m of s.mentions) {
      if (m.kind !== "person" || m.person !== p.id) continue;
      const start = s.tokens[m.from]?.start ?? 0;
      const before = s.text.slice(0, start);
      const after = s.text.slice(start);
      const said =
        MEMBERS_BEFORE.exec(before) ??
        MEMBERS_LISTED_BEFORE.exec(before) ??
        offset(MEMBER_AFTER.exec(after), start);
      if (!said) continue;
      // The country of "the Ostrian delegation", "members of the Ostrian delegation": in the few words
      // before "delegation" (not in the list of titles after it, "Head of the Group on Relations with Y").
      const noun = said.index + said[0].search(/delegation|group/i);
      // The followed delegation's head is looked up only when the words name no country (it scans the
      // whole report).
      const country =
        countryWithin(s, Math.max(said.index, noun - DELEGATION_ADJECTIVES), noun) ??
        doc.people[delegationHead(doc) ?? -1]?.country ??
        delegationsBack(doc, s.index).next().value?.[0].country;
      if (country) return { country, body: bodyOfDelegation(doc, s.index, country) };
    }
  }
  return undefined;
}

// How many characters before "delegation" its country may stand ("the parliamentary delegation of
// the Ostrian Diet" names it after; "the Ostrian parliamentary delegation" within these).
const DELEGATION_ADJECTIVES = 40;

// A match found in a slice of the sentence, placed back in the sentence's text.
function offset(match: RegExpExecArray | null, by: number): { index: number; 0: string } | null {
  return match ? { index: match.index + by, 0: match[0] } : null;
}

/** The country (or demonym) the sentence names between two character offsets, the last one if several. */
function countryWithin(s: Sentence, from: number, to: number): string | undefined {
  return s.found
    .filter(
      (f) =>
        f.entry.kind === "country" &&
        (s.tokens[f.from]?.start ?? -1) >= from &&
        (s.tokens[f.to - 1]?.end ?? Number.POSITIVE_INFINITY) <= to,
    )
    .at(-1)?.entry.name;
}

// Seats and titles of a parliament written without their body ("Senator", "Deputy Chairman"). Not "MP":
// agency English writes "MPs A and B" of a delegation as a whole title, and the annotated real reports
// keep it so ("MP", not "MP of the House of Commons"), where "a member" or "Senator" gets its body.
const BARE_SEAT =
  /^(?:members?|members? of parliament|members? of the delegation|senators?|deputy|deputies|(?:first )?(?:deputy|vice)[- ](?:chairman|chairwoman|chairperson|chair|speaker|president))$/i;

/** Gives a delegation member's seats written without a body the body of the delegation. */
export function seatInDelegationBody(p: LocalPerson, membership: Membership | undefined): void {
  const body = membership?.body;
  if (!body) return;
  for (const r of p.roles) if (!r.body && !r.country && BARE_SEAT.test(r.title)) r.body = body;
}

/**
 * The delegations given a country that the sentence at `index` and those before it name, nearest
 * first ("the Ostrian delegation" told again is the one named last).
 */
function* delegationsBack(doc: Doc, index: number): Generator<[Mention, Sentence]> {
  for (let i = index; i >= 0; i--) {
    const where = doc.sentences[i];
    if (!where) continue;
    const named = where.mentions.filter(
      (x) => x.kind !== "person" && x.country && /\bdelegation\b/i.test(x.description ?? ""),
    );
    for (const x of named.reverse()) yield [x, where];
  }
}

/**
 * The body a delegation of `country` comes from, as the nearest mention of one that names it says
 * ("a delegation of the Ostrian Diet", then "the Ostrian delegation").
 */
function bodyOfDelegation(doc: Doc, index: number, country: string): string | undefined {
  for (const [x, where] of delegationsBack(doc, index)) {
    if (x.country !== country) continue;
    const { body } = bodyIn(x.from, x.to, where.found);
    if (body) return body;
  }
  return undefined;
}
