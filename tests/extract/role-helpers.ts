/**
 * Builds an article from a few sentences and returns the roles of its people by name, for the tests
 * of the role readers.
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

/** The people of a one-article text (dated 4 March 2025). */
function peopleOf(text: string) {
  return extractArticle(parseArticle(` date 2025-03-04 ${text}`, { id: "t", isKnownCity })).doc.people;
}

/** The role titles of each person of a one-article text, by the person's first name form. */
export function titlesOf(text: string): Record<string, string[]> {
  return Object.fromEntries(peopleOf(text).map((p) => [p.names[0], p.roles.map((r) => r.title)]));
}

/** The roles of each person of a one-article text, written "title, body". */
export function rolesWithBodies(text: string): Record<string, string[]> {
  return Object.fromEntries(
    peopleOf(text).map((p) => [p.names[0], p.roles.map((r) => [r.title, r.body].filter(Boolean).join(", "))]),
  );
}
