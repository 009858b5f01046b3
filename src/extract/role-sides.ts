/**
 * A side met that the report names by an office only ("met the Speakers of the Latvian and Estonian
 * parliaments", "received the Japanese Ambassador", "his Latvian counterpart"), while it names the
 * holder elsewhere ("Ilze Berzina of Latvia said"): when exactly one person of the article can hold
 * that office for that country, the side is that person. Never when two fit, never someone of the
 * country of the person met with, and never someone the article reports meeting that person apart.
 */
import type { LocalMeeting } from "./assemble.ts";
import { titleFamily } from "./coref.ts";
import type { Doc, LocalPerson } from "./document.ts";
import { onlyOne } from "./only-one.ts";
import { otherPortfolio } from "./portfolios.ts";

// The kinds of office (see titleFamily) that a side named by a title says its holder has.
const OFFICES = new Set(["ambassador", "minister", "government", "state", "presiding", "vice"]);

// The heads of several delegations met: "met the heads of the delegations of A, B and C".
const HEADS_OF_DELEGATIONS = /\b(?:heads|leaders) of (?:the )?(?:[\w-]+ )?delegations\b/i;
// The offices a delegation's head holds: a parliament's presiding officer, a deputy, a member.
const DELEGATION_HEAD = "delegation head";
const PARLIAMENTARY = new Set(["presiding", "vice", "member"]);

/**
 * The kind of office a side's description names, reading "counterpart" as the office of `own`, and a
 * delegation in a sentence that met "the heads of the delegations of" several countries as its head.
 */
function officeOf(description: string, own: LocalPerson | undefined, evidence: string): string | undefined {
  if (/\bdelegations? of\b/i.test(description) && HEADS_OF_DELEGATIONS.test(evidence)) return DELEGATION_HEAD;
  if (/\bcounterparts?\b/i.test(description)) {
    const families = new Set((own?.roles ?? []).map((r) => titleFamily(r.title, !!r.body)));
    return onlyOne(families);
  }
  const family = titleFamily(description, false);
  return OFFICES.has(family) ? family : undefined;
}

/** Whether a person may hold an office of that kind: any role of that kind, or no role at all. */
const mayHold = (p: LocalPerson, family: string) =>
  p.roles.length === 0 ||
  p.roles.some((r) => {
    const own = titleFamily(r.title, !!r.body);
    return family === DELEGATION_HEAD ? PARLIAMENTARY.has(own) : own === family;
  });

/**
 * Whether a person may be the side a description names: anyone, when it names no office ("Italian
 * colleagues", "the Chilean delegation"); else only someone who may hold that kind of office ("the
 * Japanese Ambassador" is not the Japanese Foreign Minister met on another day), and of a minister,
 * that portfolio ("the Minister of Energy" is not the Foreign Minister).
 */
export function mayHoldOffice(p: LocalPerson | undefined, description: string): boolean {
  // "the Ambassadors and High Commissioner of A, B and C": each side is of one of the offices named.
  const offices = /^(.+?) and (.+?)( of .*)?$/.exec(description);
  if (offices?.[1] && offices[2] && !/\bof\b/.test(offices[1]))
    return [offices[1], offices[2]].some((o) => mayHoldOffice(p, `${o}${offices[3] ?? ""}`));
  const family = titleFamily(description, false);
  if (!OFFICES.has(family) || !p) return true;
  if (family === "minister" && p.roles.length > 0)
    return p.roles.some(
      (r) => titleFamily(r.title, !!r.body) === family && !otherPortfolio(r.title, description),
    );
  return mayHold(p, family);
}

/**
 * Whether a side named by a description may stand for a person already met, so that it tells that
 * meeting again: someone who may hold its office (see mayHoldOffice), and for the members of a
 * parliament ("members of the Ostrian parliament", "Ostrian MPs"), a parliamentarian: the Ostrian
 * Foreign Minister met before is not among them, and they are others met apart.
 */
export function mayStandFor(p: LocalPerson | undefined, description: string): boolean {
  if (!mayHoldOffice(p, description)) return false;
  if (!p || p.roles.length === 0 || !PARLIAMENT_MEMBERS.test(description)) return true;
  return p.roles.some((r) => PARLIAMENTARY.has(titleFamily(r.title, !!r.body)));
}
// Members of a parliament, as a side: "members of the Ostrian parliament", "Ostrian MPs", "deputies".
const PARLIAMENT_MEMBERS = /\b(?:members?|mps|deputies|senators|parliamentarians|lawmakers|legislators)\b/i;

/**
 * Fills each one-person meeting's office-named sides with the one person who fits (see the file's
 * note), then merges the meetings that filling made the same (a title's and a lead's account of it).
 */
export function fillRoleSides(doc: Doc, meetings: LocalMeeting[]): void {
  const filled = new Set<LocalMeeting>();
  for (const m of meetings) {
    const ownId = m.people[0];
    if (m.people.length !== 1 || ownId === undefined) continue;
    const own = doc.people[ownId];
    for (const party of [...m.parties]) {
      const family = officeOf(party.description, own, m.evidence);
      if (!family || party.country === own?.country) continue;
      const fits = doc.people.filter(
        (p) => p.id !== ownId && p.country === party.country && !p.countryGuessed && mayHold(p, family),
      );
      const holder = fits.length === 1 ? fits[0] : undefined;
      if (!holder || m.people.includes(holder.id)) continue;
      if (meetings.some((n) => n !== m && n.people.includes(ownId) && n.people.includes(holder.id))) continue;
      m.people.push(holder.id);
      m.parties.splice(m.parties.indexOf(party), 1);
      filled.add(m);
    }
  }
  if (filled.size) mergeFilled(doc, meetings, filled);
}

/**
 * A filled meeting and another of the same people and status, on no two different days: one meeting,
 * told where the body tells it (not a title).
 */
function mergeFilled(doc: Doc, meetings: LocalMeeting[], filled: Set<LocalMeeting>): void {
  const key = (m: LocalMeeting) => `${m.planned}|${[...m.people].sort((a, b) => a - b).join(",")}`;
  const headline = (m: LocalMeeting) => !!doc.sentences[m.sentence]?.headline;
  for (let i = 0; i < meetings.length; i++) {
    const m = meetings[i] as LocalMeeting;
    const twin = meetings.findIndex(
      (n, j) =>
        j > i &&
        key(n) === key(m) &&
        (filled.has(m) || filled.has(n)) &&
        !(m.date && n.date && m.date.start !== n.date.start),
    );
    if (twin < 0) continue;
    const other = meetings[twin] as LocalMeeting;
    const [keep, drop] = headline(m) && !headline(other) ? [other, m] : [m, other];
    for (const party of drop.parties)
      if (!keep.parties.some((x) => x.description === party.description)) keep.parties.push(party);
    keep.finders.push(...drop.finders);
    meetings.splice(meetings.indexOf(drop), 1);
    i--;
  }
}
