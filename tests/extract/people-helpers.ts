/**
 * Helpers for the tests of names, roles and countries: the role written before a name in one
 * sentence, and the people an article of a few sentences yields.
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { findPhrases, isKnownCity } from "../../src/extract/gazetteer.ts";
import { findNames } from "../../src/extract/names.ts";
import { roleBefore } from "../../src/extract/roles.ts";
import { tokenize } from "../../src/extract/text.ts";

/** The person names the name finder reads in one sentence, with no surname known beforehand. */
export const namesIn = (sentence: string) => {
  const tokens = tokenize(sentence);
  return findNames(tokens, findPhrases(tokens), () => false).map((n) => n.name);
};

/** The role phrase right before `name` in `sentence`. */
export const roleOf = (sentence: string, name: string) => {
  const tokens = tokenize(sentence);
  const found = findPhrases(tokens);
  const span = findNames(tokens, found, () => true).find((n) => n.name === name);
  if (!span) throw new Error(`no name ${name}`);
  return roleBefore(tokens, span.from, found);
};

/**
 * The people of a one-article text by their first name form: role titles (relative ones such as
 * "his Ostrian counterpart" after their own) and country.
 */
export const people = (text: string, meta: { url?: string; outlet?: string } = {}) => {
  const { doc } = extractArticle(parseArticle(text, { id: "t", meta, isKnownCity }));
  return new Map(
    doc.people.map((p) => [
      p.names[0] as string,
      { roles: [...p.roles, ...(p.relativeRoles ?? [])].map((r) => r.title), country: p.country },
    ]),
  );
};

/** A report and, for each of its people, the name, the country ("" for none) and a title it must have. */
export type PeopleReport = [text: string, people: [name: string, country: string, role?: string][]];

/**
 * Extracts each report (dated, so that it stands as an article) and lists every person who is not
 * found or lacks the expected country or title, one line each.
 */
export const peopleErrors = (reports: PeopleReport[]): string[] =>
  reports.flatMap(([text, want]) => {
    const found = people(` date 2025-01-01 ${text}`);
    return want.flatMap(([name, country, role]) => {
      const p = found.get(name);
      const right = !!p && (p.country ?? "") === country && (role === undefined || p.roles.includes(role));
      return right ? [] : [`${name}: ${p ? `${p.country} / ${p.roles.join(" ; ")}` : "not found"}`];
    });
  });
