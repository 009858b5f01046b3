/**
 * The article's protagonist: the home official an article is about. Agency reports name their
 * protagonist in the title or the lead and then keep coming back to them, so the choice weighs
 * mentions, and a place in the title or lead on top.
 */
import type { Doc, LocalPerson } from "./document.ts";

/** Whether a person is named (not only a resolved role or pronoun) in a sentence. */
export function namedIn(doc: Doc, sentence: number, person: number): boolean {
  return !!doc.sentences[sentence]?.mentions.some((m) => m.person === person && !m.resolved && m.from >= 0);
}

/**
 * The person an article is about: most mentions, with a bonus for being named in a title or in the
 * first body sentence (the subject of the report), then the one named first.
 */
export function articleProtagonist(doc: Doc): LocalPerson | undefined {
  const lead = doc.sentences.find((s) => !s.headline);
  // Only a name counts: a role phrase resolved to someone may have been resolved wrongly.
  const score = (p: LocalPerson) => {
    const inTitle = doc.sentences.some((s) => s.headline && namedIn(doc, s.index, p.id));
    const inLead = !!lead && namedIn(doc, lead.index, p.id);
    return p.mentions + (inTitle ? 2 : 0) + (inLead ? 1 : 0);
  };
  return [...doc.people].sort((a, b) => score(b) - score(a) || a.firstSentence - b.firstSentence)[0];
}
