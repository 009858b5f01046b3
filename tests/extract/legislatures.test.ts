/**
 * The lexicon of the world's legislatures (src/extract/data/legislatures.json): every country it
 * names is one the gazetteer knows, a chamber's own name says its country, and a name several
 * countries share says none, leaving the country to the words around it.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { countryOf, isCountryName } from "../../src/extract/gazetteer.ts";
import { people } from "./people-helpers.ts";

const require = createRequire(import.meta.url);
const legislatures = require("../../src/extract/data/legislatures.json") as {
  national: Record<string, string[]>;
  shared: string[];
};

describe("the legislatures lexicon", () => {
  it("names only countries the gazetteer knows, under their canonical names", () => {
    const unknown = Object.keys(legislatures.national).filter((c) => !isCountryName(c));
    expect(unknown).toEqual([]);
  });

  it("has a chamber name of its own (not 'National Assembly of X') for many states", () => {
    expect(Object.keys(legislatures.national).length).toBeGreaterThanOrEqual(90);
  });

  it("gives every form of a national chamber its country", () => {
    const wrong: string[] = [];
    for (const [country, bodies] of Object.entries(legislatures.national))
      for (const forms of bodies)
        for (const form of forms.split("|"))
          if (countryOf(form) !== country) wrong.push(`${form} → ${countryOf(form)}`);
    expect(wrong).toEqual([]);
  });

  it("gives no country to a name several countries share", () => {
    for (const forms of legislatures.shared)
      for (const form of forms.split("|")) expect(countryOf(form), form).toBeUndefined();
  });

  it.each([
    ["Sobranie", "North Macedonia"],
    ["Storting", "Norway"],
    ["Hrvatski sabor", "Croatia"],
    ["Althingi", "Iceland"],
    ["Dewan Perwakilan Rakyat", "Indonesia"],
    ["Jatiya Sangsad", "Bangladesh"],
    ["Folketing", "Denmark"],
    ["Hellenic Parliament", "Greece"],
    ["Cortes Generales", "Spain"],
    ["Bunge", "Tanzania"],
    ["People's Majlis", "Maldives"],
    ["Supreme People's Assembly", "North Korea"],
  ])("knows %s as a chamber of %s", (name, country) => {
    expect(countryOf(name)).toBe(country);
  });
});

describe("speakers of chambers the annotated articles never show", () => {
  it("binds a native chamber's name to the title and gives its country (Sobranie)", () => {
    const p = people(
      " date 2025-05-06 Speaker of the Sobranie Marko Veljanovski met the Ostrian Ambassador.",
    );
    expect(p.get("Marko Veljanovski")).toEqual({
      roles: ["Speaker of the Sobranie"],
      country: "North Macedonia",
    });
  });

  it("keeps a bracketed native name inside the role (Majlis al-Nuwab)", () => {
    const p = people(
      " date 2025-05-06 Speaker of the House of Representatives (Majlis al-Nuwab) Omar bin Faisal Al-Qudah received the delegation.",
    );
    expect(p.get("Omar bin Faisal Al-Qudah")?.roles).toEqual([
      "Speaker of the House of Representatives (Majlis al-Nuwab)",
    ]);
  });

  it("reads a plural possessive inside a chamber's name (House of Peoples' Representatives)", () => {
    const p = people(
      " date 2025-05-06 Speaker of the House of Peoples' Representatives Dawit Alemu held talks with the Ostrian Ambassador.",
    );
    expect(p.get("Dawit Alemu")).toEqual({
      roles: ["Speaker of the House of Peoples' Representatives"],
      country: "Ethiopia",
    });
  });
});
