/**
 * The body of a parliamentary title written bare ("Deputy Speaker X", "Speaker Y"), where the
 * article leaves no doubt which: a deputy's title after the head of one body of the same country
 * ("the Speaker of the House of Representatives, A ... the Deputy Speaker, B": B is the Deputy Speaker
 * of that House), or the one national legislature of the person's country the article names ("Speaker
 * X ... a press release of the Jatiya Sangsad Secretariat"). Two candidate bodies leave the title bare.
 */
import type { Doc, LocalPerson } from "./document.ts";
import { onlyOne } from "./only-one.ts";
import { cachedPattern } from "./pattern-cache.ts";

// A deputy of the head of a body: "Deputy Speaker", "First Vice-Chairman", "Vice President".
const DEPUTY_OF_HEAD =
  /^(?:first\s+)?(?:deputy|vice)[- ]?(speaker|chairman|chairwoman|chairperson|chair|president)$/i;
// Titles that are seats or offices of a legislature, whatever its name. Not "MP": agency English writes
// it as a whole title, and the annotated real reports keep it bare (see delegation-membership.ts).
const PARLIAMENT_TITLE =
  /^(?:(?:first\s+)?(?:deputy|vice)[- ]?speaker|speaker|member of parliament|parliamentarian)$/i;

// Words that name a chamber or a parliament inside a title.
const CHAMBER_WORD =
  /\b(?:senate|house|assembly|parliament|congress|council|chamber|majlis|majilis|mazhilis|duma|diet|khural|hural|kenesh|sejm|seimas|saeima|riigikogu|bundestag|knesset|sansad|sangsad)\b/i;

/** Gives bare parliamentary titles the body the article ties them to, where it ties them to one. */
export function completeBareTitles(doc: Doc): void {
  for (const p of doc.people) {
    // A person whose other titles name a body or a chamber ("Senate Speaker", "Speaker of the Majilis")
    // is already placed: the bare title is a short form of one of those, not news of another body.
    if (!p.country || p.roles.some((r) => r.body || CHAMBER_WORD.test(r.title))) continue;
    for (const r of p.roles) {
      if (r.body || r.country) continue;
      const head = DEPUTY_OF_HEAD.exec(r.title)?.[1];
      const body =
        (head ? onlyOne(headedBodies(doc, p, head)) : undefined) ??
        (PARLIAMENT_TITLE.test(r.title) ? onlyOne(legislaturesNamed(doc, p.country)) : undefined);
      if (body) r.body = body;
    }
  }
}

/** The bodies that compatriots of `p` head by the title `head` ("Speaker of the House of Representatives"). */
function headedBodies(doc: Doc, p: LocalPerson, head: string): Set<string> {
  const of = headOf(head);
  const bodies = new Set<string>();
  for (const q of doc.people) {
    if (q === p || q.country !== p.country) continue;
    for (const r of q.roles) {
      // A title that is not "<head> of ..." heads nothing, whatever body it was read with.
      const title = of.exec(r.title);
      const named = r.body ?? title?.[1];
      if (named && title) bodies.add(named);
    }
  }
  return bodies;
}

// "<head> of (the) <body>", for each head title DEPUTY_OF_HEAD captures (a handful of words): compiled
// once per title, not once per person asked about.
const headOf = cachedPattern((head: string) => new RegExp(String.raw`^${head}\s+of\s+(?:the\s+)?(.+)$`, "i"));

/** The national legislatures of `country` that the article names. */
function legislaturesNamed(doc: Doc, country: string): Set<string> {
  const bodies = new Set<string>();
  for (const s of doc.sentences)
    for (const f of s.found)
      if (f.entry.kind === "body" && f.entry.country === country) bodies.add(f.entry.name);
  return bodies;
}
