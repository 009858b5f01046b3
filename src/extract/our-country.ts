/**
 * "Our country's President X", "the head of our state, X", "our Speaker X": a report's own voice
 * saying "our" speaks for the country the report stands in, and ties the person to it as firmly as a
 * demonym would. Inside a quotation "our" is the speaker's, whose country may be any: a paragraph
 * that quotes anyone says nothing here.
 */
import type { Doc, LocalPerson } from "./document.ts";

// What comes right before the name: "our country's (head of state)", "our (Prime Minister)", "(the
// President) of our country,".
const OUR_COUNTRYS = /\bour\s+(?:country|state|nation|republic)['’]s\s+(?:[\p{L}-]+\s+){1,5}$/iu;
const OUR_TITLE = /\bour\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u;
const OF_OUR_COUNTRY = /\b\p{L}+\s+of\s+our\s+(?:country|state|nation|republic)\s*,\s*$/iu;
const QUOTE_MARK = /["“”«»„]/;

/**
 * The country a report's own voice calls "ours" for this person: `home` (where the report stands)
 * when a sentence of a paragraph that quotes no one writes one of the person's names right after
 * "our country's ...", "our <Title>" or "... of our country,". Undefined otherwise.
 */
export function ourCountryOf(doc: Doc, p: LocalPerson, home: string | undefined): string | undefined {
  if (!home) return undefined;
  const quoting = new Set(doc.sentences.filter((s) => QUOTE_MARK.test(s.text)).map((s) => s.paragraph));
  for (const s of doc.sentences) {
    if (quoting.has(s.paragraph) || !/\bour\b/i.test(s.text)) continue;
    if (!s.mentions.some((m) => m.kind === "person" && m.person === p.id)) continue;
    for (const name of p.names)
      for (let at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
        const before = s.text.slice(0, at);
        if (OUR_COUNTRYS.test(before) || OUR_TITLE.test(before) || OF_OUR_COUNTRY.test(before)) return home;
      }
  }
  return undefined;
}
