/**
 * Single-word names vouched for by speech: agency reports often name a foreign official by the surname
 * alone ("..., Velidaf stated.", "Velidaf emphasized that ..."). A lone capitalised word that the name
 * finder found only weakly is a name when the article has it speak (right before a verb of speech) in
 * two sentences or more: places, outlets and institutions that "said" something are in the gazetteer
 * or are named once.
 */
import type { Sentence } from "./document.ts";
import type { NameSpan } from "./names.ts";
import { nameKey } from "./similar.ts";

// Verbs that attribute words to a speaker standing right before them ("X stated", "X emphasized").
const SPEECH_AFTER =
  /^(?:said|says|stated|states|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|noted|notes|added|adds|underlined|underscored|explained|remarked|declared|told)$/;

/** The name keys of lone weak names that speak in two sentences or more. */
export function speakingSingleNames(sentences: Sentence[], candidates: NameSpan[][]): Set<string> {
  const speaking = new Map<string, Set<number>>();
  for (const s of sentences)
    for (const span of candidates[s.index] ?? []) {
      if (!span.weak || span.to - span.from !== 1 || /\s/.test(span.name)) continue;
      // Not the sentence's first word, capitalised for its place whatever it is.
      if (span.from === 0 || !SPEECH_AFTER.test(s.tokens[span.to]?.key ?? "")) continue;
      const key = nameKey(span.name);
      const at = speaking.get(key) ?? new Set<number>();
      at.add(s.index);
      speaking.set(key, at);
    }
  return new Set([...speaking].filter(([, at]) => at.size >= 2).map(([key]) => key));
}
