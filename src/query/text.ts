/**
 * Word comparisons of the query core (ordering, similarity) and the words of titles that never tell
 * people apart. Folding and splitting text is `src/text/normalize.ts`.
 */
import { editDistance } from "../extract/similar.ts";

/** Compares two strings by code units (ISO dates, ids): much cheaper than localeCompare in big sorts. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Similarity of two words between 0 and 1 (1 - edit distance / longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

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
