/**
 * Which words of a person's name tell people apart: not stopwords, titles and institutions ("Senate
 * Chairman Tokayev"), particles ("uulu", "van") nor numbers. Names are matched by these words only,
 * both when a fact base's names are indexed (facts/name-tokens.ts) and when a question is read.
 */
import { STOPWORDS } from "./stopwords.ts";

/**
 * Words of titles and institutions: they appear in aliases such as "Senate Chairman Tokayev" but never
 * tell one person from another, so they are not matched as names.
 */
export const ROLE_WORDS = new Set(
  (
    "senate senator assembly national state great house council committee commission chamber lower upper " +
    "parliament parliamentary congress duma khural majilis mazhilis majlis kenesh bundestag " +
    "speaker chairman chairwoman chairperson chair president vice deputy head secretary general " +
    "ambassador minister prime foreign affairs envoy consul leader member members mp delegation group " +
    "friendship republic federation kingdom people peoples of the and his her kazakh guest counterpart " +
    "side sides marshal interlocutor high profile official officials mr mrs ms dr first elbasy nation"
  ).split(" "),
);

/** Words of names that do not tell people apart. */
export const NAME_PARTICLES = new Set([
  "uulu",
  "kyzy",
  "ogly",
  "oglu",
  "uly",
  "bin",
  "al",
  "el",
  "de",
  "van",
  "von",
]);

/** Whether a folded word of a name tells people apart (see above). */
export function isNameToken(t: string): boolean {
  return (
    t.length >= 2 && !STOPWORDS.has(t) && !ROLE_WORDS.has(t) && !NAME_PARTICLES.has(t) && !/^\d+$/.test(t)
  );
}
