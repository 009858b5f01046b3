/**
 * The country a person stands for in one article, as the answering core reads it: whether a meeting of
 * theirs is "with Mongolia", which of a meeting's people are of the side a question asks about, and
 * which countries are a questioned person's own.
 */
import type { FactIndex } from "../facts/index.ts";
import type { Person } from "../facts/types.ts";
import type { CountryGazetteer } from "./countries.ts";

/**
 * The country code of `person` in each article, looked up by article id: a role of theirs there that
 * names a country, else their own country, else the country their role's body or title names there
 * ("member of the Majilis", "Speaker of … of Italy"). The roles are read once, for all articles: a
 * person can hold hundreds of roles and be looked up in as many meetings.
 */
export function countryByArticle(
  person: Person,
  countries: CountryGazetteer,
): (articleId: string) => string | undefined {
  const roleCountry = new Map<string, string>();
  const firstRole = new Map<string, Person["roles"][number]>();
  for (const role of person.roles) {
    if (!firstRole.has(role.articleId)) firstRole.set(role.articleId, role);
    if (role.country && !roleCountry.has(role.articleId)) roleCountry.set(role.articleId, role.country);
  }
  return (articleId) => {
    const role = firstRole.get(articleId);
    return (
      countries.code(roleCountry.get(articleId) ?? person.country) ??
      countries.code(role?.body) ??
      countries.code(role?.title)
    );
  };
}

// Each person's lookup, built once for a fact index (a new base gets a new index) and its gazetteer:
// answers ask it for every meeting they list.
const lookups = new WeakMap<
  FactIndex,
  { countries: CountryGazetteer; byId: Map<string, (articleId: string) => string | undefined> }
>();

/** The country code of a person (by id) in one article: see {@link countryByArticle}. */
export function countryInArticle(
  index: FactIndex,
  countries: CountryGazetteer,
  id: string,
  articleId: string,
): string | undefined {
  const person = index.people.get(id);
  if (!person) return undefined;
  let cache = lookups.get(index);
  if (cache?.countries !== countries) {
    cache = { countries, byId: new Map() };
    lookups.set(index, cache);
  }
  let lookup = cache.byId.get(id);
  if (!lookup) {
    lookup = countryByArticle(person, countries);
    cache.byId.set(id, lookup);
  }
  return lookup(articleId);
}
