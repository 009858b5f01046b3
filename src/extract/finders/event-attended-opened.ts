/**
 * A gathering told by who attended it and who opened it, in two sentences: "The forum was attended by
 * the Ostrian delegation headed by X. The work of the forum was opened by Y, then other heads of
 * parliaments spoke." X and Y met there, as the speakers a forum gathers do (a forum attended by named
 * speakers is their meeting). Each sentence alone names one side only, which no sentence finder reads.
 */
import type { Doc, Mention, Sentence } from "../document.ts";
import type { Proposal } from "../meetings.ts";

// The gathering, told as attended and as opened (or chaired, presided over).
const GATHERING = "(?:forum|conference|summit|congress|assembly|session|event)";
const ATTENDED = new RegExp(String.raw`\bthe ${GATHERING} (?:was|were|will be) (?:also )?attended by\b`, "i");
const OPENED = new RegExp(
  String.raw`\b(?:the (?:work|proceedings) of )?the ${GATHERING} (?:was|will be) (?:officially )?(?:opened|chaired|presided over) by\b`,
  "i",
);

// The mentions a sentence has after the phrase that ends at `at` (character offset).
function mentionsAfter(s: Sentence, at: number): Mention[] {
  return s.mentions.filter((m) => (s.tokens[m.from]?.start ?? 0) >= at);
}

// The people a sentence names after `at`: named, not resolved.
function namedAfter(s: Sentence, at: number): number[] {
  return mentionsAfter(s, at).flatMap((m) =>
    m.kind === "person" && m.person !== undefined && !m.resolved ? [m.person] : [],
  );
}

// The sides a sentence names by country after `at` ("the Turkmen delegation").
function sidesAfter(s: Sentence, at: number): { country: string; description: string }[] {
  return mentionsAfter(s, at).flatMap((m) =>
    m.kind !== "person" && m.country && m.description
      ? [{ country: m.country, description: m.description }]
      : [],
  );
}

/**
 * The meeting of a gathering's attendees and its opener, told in two sentences next to each other
 * (either first), when no proposal of the sentence finders already joins them.
 */
export function attendedAndOpened(doc: Doc, proposals: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    const attended = ATTENDED.exec(s.text);
    if (!attended) continue;
    const after = attended.index + attended[0].length;
    const attendees = namedAfter(s, after);
    for (const other of [doc.sentences[s.index + 1], doc.sentences[s.index - 1]]) {
      const opened = other && OPENED.exec(other.text);
      if (!other || !opened) continue;
      const openers = namedAfter(other, opened.index + opened[0].length);
      const people = [...new Set([...attendees, ...openers])];
      if (!openers.length || !attendees.length || people.length < 2) continue;
      if (proposals.some((p) => people.every((id) => p.people.includes(id)))) continue;
      const planned = /\bwill be\b/i.test(attended[0]);
      out.push({
        sentence: s.index,
        people,
        parties: sidesAfter(s, after),
        planned,
        finder: "attended-and-opened",
      });
      break;
    }
  }
  return out;
}
