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
 * The person an article is about: most mentions, then the one named first. By default a name in a
 * title counts two mentions more and one in the first body sentence one more (the subject of the
 * report); `{ prominence: false }` counts mentions only, as coreference and the sentence finders
 * read it.
 */
export function articleProtagonist(doc: Doc, { prominence = true } = {}): LocalPerson | undefined {
  const lead = doc.sentences.find((s) => !s.headline);
  // Only a name counts: a role phrase resolved to someone may have been resolved wrongly.
  const bonus = (p: LocalPerson) => {
    if (!prominence) return 0;
    const inTitle = doc.sentences.some((s) => s.headline && namedIn(doc, s.index, p.id));
    const inLead = !!lead && namedIn(doc, lead.index, p.id);
    return (inTitle ? 2 : 0) + (inLead ? 1 : 0);
  };
  // Each person's score once, not once per comparison of the sort.
  const score = new Map(doc.people.map((p) => [p, p.mentions + bonus(p)]));
  const of = (p: LocalPerson) => score.get(p) as number;
  return [...doc.people].sort((a, b) => of(b) - of(a) || a.firstSentence - b.firstSentence)[0];
}
