/**
 * A surname that is also a country's name ("Ana Lucía Montenegro Iturralde", then "President
 * Montenegro held talks"): right after a title or an honorific, once the article has named the person
 * in full with that word, the word is the person, not the country (whose president would be "the
 * President of Montenegro" or "the Montenegrin President").
 */
import type { Sentence } from "./document.ts";
import { isTitleWord } from "./gazetteer.ts";
import { honorificStart } from "./honorifics.ts";
import type { NameSpan } from "./names.ts";
import { nameKey } from "./similar.ts";
import { isCapitalized } from "./text.ts";

/**
 * The one-word names of a sentence that its gazetteer read as a country: a country word after a title
 * or an honorific, no capitalised word after it, that `inFullName` (by {@link nameKey}) says is a word
 * of a name the article gives in full.
 */
export function countryWordSurnames(s: Sentence, inFullName: (key: string) => boolean): NameSpan[] {
  const out: NameSpan[] = [];
  for (const f of s.found) {
    if (f.entry.kind !== "country" || f.entry.demonym || f.to !== f.from + 1) continue;
    const word = s.tokens[f.from]?.text ?? "";
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !inFullName(nameKey(word))) continue;
    const titled = isTitleWord(s.tokens[f.from - 1]?.text ?? "") || honorificStart(s.tokens, f.from) < f.from;
    if (!titled || isCapitalized(s.tokens[f.from + 1]?.text ?? "")) continue;
    out.push({ from: f.from, to: f.to, name: word, titled: true, weak: false });
  }
  return out;
}

// What may follow a name at the end of its noun phrase: punctuation, the end, or "and" before the next one.
const PHRASE_END = /^(?:[,.;:)”"]|and)$/;

/**
 * A demonym that is a surname ("the Special Representative Natalya German."): a one-word name the
 * name finder stopped at a demonym, right after a title, with nothing after the demonym that the
 * demonym could qualify (punctuation, the end, "and"). An adjective of nationality always precedes its
 * noun ("German colleagues"), so there it is the name's last word. Returns the spans made whole; the
 * demonyms they take in are for the caller to drop from the sentence's gazetteer phrases.
 */
export function demonymSurnames(s: Sentence, spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  for (const span of spans) {
    if (!span.titled || span.to !== span.from + 1) continue;
    const demonym = s.found.find((f) => f.from === span.to && f.to === span.to + 1);
    if (demonym?.entry.kind !== "country" || !demonym.entry.demonym) continue;
    const word = s.tokens[span.to]?.text ?? "";
    const after = s.tokens[span.to + 1]?.key;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || (after !== undefined && !PHRASE_END.test(after))) continue;
    out.push({ ...span, to: span.to + 1, name: `${span.name} ${word}` });
  }
  return out;
}
