/**
 * The country a person stands for in one article: a role there that names a country, else their own,
 * else the country a role's body or title names. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { Person } from "../../src/facts/types.ts";
import { countryGazetteer } from "../../src/query/countries.ts";
import { countryByArticle } from "../../src/query/person-country.ts";

const countries = countryGazetteer();
const person = (country: string | undefined, roles: Person["roles"]): Person => ({
  id: "p",
  name: "Varno Telki",
  aliases: [],
  country,
  roles,
});

describe("a person's country in one article", () => {
  it("is a role's country there, even a later role of that article", () => {
    const inArticle = countryByArticle(
      person("Norway", [
        { title: "Deputy", articleId: "a1" },
        { title: "Ambassador", country: "Chile", articleId: "a1" },
      ]),
      countries,
    );
    expect(inArticle("a1")).toBe(countries.code("Chile"));
    expect(inArticle("a2")).toBe(countries.code("Norway"));
  });
  it("falls back on the country the role's body or title names", () => {
    const inArticle = countryByArticle(
      person(undefined, [
        { title: "Member", body: "Parliament of Portugal", articleId: "a1" },
        { title: "Speaker of the National Assembly of Kenya", articleId: "a2" },
      ]),
      countries,
    );
    expect(inArticle("a1")).toBe(countries.code("Portugal"));
    expect(inArticle("a2")).toBe(countries.code("Kenya"));
    expect(inArticle("a3")).toBeUndefined();
  });
});
