import { describe, expect, it } from "vitest";
import {
  countryPrefixes,
  isOtherWordFor,
  namesCountry,
  namingAskedCountry,
  ofAskedCountry,
} from "../../src/query/compose/country-words.ts";
import { fold, words } from "../../src/text/normalize.ts";

// Invented countries: Velmora (Velmoran), South Ostria, Bren and Tallow, Zelvania (abbreviated ZV).
const sentence = (text: string) => words(fold(text));

describe("country words", () => {
  it("names a country by the first five letters of its name or its adjective", () => {
    const prefixes = countryPrefixes(["Velmora"]);
    expect(prefixes).toEqual(["velmo"]);
    expect(namesCountry(sentence("The Velmoran delegation arrived in Kessa."), prefixes)).toBe(true);
    expect(namesCountry(sentence("Speaker Dorn met his colleague in Kessa."), prefixes)).toBe(false);
  });

  it("splits a name of several words, and drops its short words", () => {
    const prefixes = countryPrefixes(["South Ostria", "Bren and Tallow"]);
    expect(prefixes).toEqual(["south", "ostri", "bren", "tallo"]);
    expect(namesCountry(sentence("The Ostrian side proposed a forum."), prefixes)).toBe(true);
    // "and" is no word of a country: a sentence with it alone names none.
    expect(namesCountry(sentence("Dorn and Pell signed a memorandum."), prefixes)).toBe(false);
  });

  it("adds the question's own words, and takes an abbreviation only as a whole word", () => {
    const prefixes = countryPrefixes(["Zelvania"], ["zv"]);
    expect(namesCountry(sentence("The ZV-Velmora committee met online."), prefixes)).toBe(true);
    expect(namesCountry(sentence("Zvonko Pell chaired the session."), prefixes)).toBe(false);
  });

  it("names no country when there are no prefixes", () => {
    expect(namesCountry(sentence("The Velmoran delegation arrived."), [])).toBe(false);
  });

  it("takes any sentence when no country is asked, else one that names it", () => {
    expect(ofAskedCountry("Speaker Dorn arrived in Kessa.", [])).toBe(true);
    expect(ofAskedCountry("Speaker Dorn arrived in Kessa.", countryPrefixes(["Velmora"]))).toBe(false);
    expect(ofAskedCountry("Speaker Dorn arrived in Velmora.", countryPrefixes(["Velmora"]))).toBe(true);
  });

  it("tests sentences for the countries of a question, by their names and the question's words", () => {
    const gazetteer = { name: (code: string) => (code === "VM" ? "Velmora" : code) };
    const velmora = namingAskedCountry(gazetteer, { countries: ["VM"], countryKeywords: [] });
    expect(velmora({ text: "The Velmoran delegation arrived in Kessa." })).toBe(true);
    expect(velmora({ text: "Speaker Dorn arrived in Kessa." })).toBe(false);
    const asked = namingAskedCountry(gazetteer, { countries: ["VM"], countryKeywords: ["zv"] });
    expect(asked({ text: "The ZV committee met online." })).toBe(true);
    const none = namingAskedCountry(gazetteer, { countries: [], countryKeywords: [] });
    expect(none({ text: "Speaker Dorn arrived in Kessa." })).toBe(true);
  });

  it("tells a question's word for a country by its first four letters", () => {
    expect(isOtherWordFor("velmish", ["velmora"])).toBe(true);
    expect(isOtherWordFor("velmora", ["velmora"])).toBe(false);
    expect(isOtherWordFor("kessan", ["velmora"])).toBe(false);
  });
});
