/**
 * Meetings told in a clause that a trip opens: "X paid a visit to Latvia, where on 10 June he met Y",
 * "X travelled to Dushanbe, where she held talks with Y and Z". The trip's verb ("paid a visit to")
 * reads as an encounter verb whose object is a country, so a sentence finder that tries it first
 * never reaches the clause's own subject and verb; this reads the clause on its own.
 */
import type { Doc, Sentence } from "./document.ts";
import { type Proposal, skeleton } from "./meetings.ts";
import { pairProposal } from "./pair-proposal.ts";

// ", where (on 10 June | on Tuesday | the next day ,)? @mA (also)? met (with)? @mB (, @mC)* (and @mD)?":
// group 1 the subject, group 2 the verb, group 3 the list of those met.
const WHERE_MET =
  /\b(?:visit|trip|tour|travel\w*|went|arrived|flew|came|journey\w*)\b[^@]{0,60}? , (?:where|during which|in the course of which|at which) (?:[^@,]{0,30} (?:, )?)?(@m\d+) (?:also |then |later |first )?(met(?: with)?|held (?:talks|a meeting|meetings|consultations) with|had (?:a |an )?(?:\w+ )?(?:meeting|talks) with|was received by) ((?:@m\d+)(?: (?:,|and|, and) @m\d+)*)\b/;

/** The meetings told in a "where" clause after a trip ("visited Latvia, where he met Y"). */
export function visitWhereMeetings(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    const m = WHERE_MET.exec(skeleton(s));
    if (!m) continue;
    const personAt = (at: string) => s.mentions[Number(at.slice(2))]?.person;
    const subject = personAt(m[1] as string);
    const met = [...new Set(((m[3] as string).match(/@m\d+/g) ?? []).map(personAt))].filter(
      (p): p is number => p !== undefined && p !== subject,
    );
    if (subject === undefined || !met.length || looksAheadIn(s)) continue;
    // One meeting with each, as the sentence finders read "X met A and B".
    for (const person of met) out.push(pairProposal(s.index, subject, person, "visit-where"));
  }
  return out;
}

// A trip still to come ("will travel to Riga, where she is to meet") has its own finders for plans.
const looksAheadIn = (s: Sentence) => /\b(?:will|is to|are to|is set to|plans? to|expected)\b/i.test(s.text);
