/**
 * Names in a list of titled people, each title before its name: a field noun of a body's name is no
 * name ("the Commission on Legal Issues Dana Sultan"); a demonym after a titled given name, with
 * nothing after it that it could qualify, is the surname ("Secretary General Natalya German."); a body
 * attached "at the government of" a country is part of the title before the next name, not an
 * apposition of the name before it.
 */
import { describe, expect, it } from "vitest";
import { people } from "./people-helpers.ts";

describe("field nouns in a body's name", () => {
  it("'Issues' and 'Political' end a commission's name, not start a person's", () => {
    const found = people(
      "Chair of the Commission on Legal Issues Dana Sultan met Chair of the Commission on Political Issues and International Relations Aida Toktosunova.",
    );
    expect([...found.keys()].sort()).toEqual(["Aida Toktosunova", "Dana Sultan"]);
    expect(found.get("Dana Sultan")?.roles).toEqual(["Chair of the Commission on Legal Issues"]);
  });
});

describe("a demonym that is a surname", () => {
  it("after a titled given name, at the end of the phrase", () => {
    const found = people(
      "Speaker Dana Sultan met the Special Representative of the UN Secretary General Natalya German.",
    );
    expect([...found.keys()].sort()).toEqual(["Dana Sultan", "Natalya German"]);
  });
  it("before 'and' and the next titled name", () => {
    const found = people(
      "Speaker Dana Sultan met Secretary General Natalya German and Deputy Speaker Aida Toktosunova.",
    );
    expect([...found.keys()].sort()).toEqual(["Aida Toktosunova", "Dana Sultan", "Natalya German"]);
  });
  it("not a demonym before the noun it qualifies", () => {
    const found = people("Speaker Dana Sultan met her German counterpart and the German Ambassador.");
    expect([...found.keys()]).toEqual(["Dana Sultan"]);
  });
});

describe("a body attached 'at the government of' a country", () => {
  const LIST =
    "The event also brought together Deputy Speaker of the Kyrgyz parliament Aida Toktosunova, Chair of the Committee on Women and Family Affairs at the government of the Republic of Tajikistan Zarina Rahimova, and Speaker Bahar Orazova.";
  it("is part of the title of the name after it", () => {
    expect(people(LIST).get("Zarina Rahimova")).toEqual({
      roles: [
        "Chair of the Committee on Women and Family Affairs at the government of the Republic of Tajikistan",
      ],
      country: "Tajikistan",
    });
  });
  it("is no second title of the name before it", () => {
    expect(people(LIST).get("Aida Toktosunova")?.roles).toEqual(["Deputy Speaker of the Kyrgyz parliament"]);
  });
});
