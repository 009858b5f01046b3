/**
 * Places of meetings in Russian and Kazakh replies: cities from CLDR's time-zone names (any spelling
 * the fact base gives: "ULAANBAATAR" from a dateline), countries from i18n-iso-countries, and the
 * Russian locative after «в»; a place no package names stays as the article wrote it.
 */
import { describe, expect, it } from "vitest";
import { placeNameIn, placePhrase } from "../../src/i18n/places.ts";

describe("a meeting's place in Russian and Kazakh", () => {
  // place as the fact base writes it, language, its name, the phrase after "in" (Russian: locative)
  it.each([
    ["Ulaanbaatar", "ru", "Улан-Батор", "Улан-Баторе"],
    ["ULAANBAATAR", "kk", "Ұланбатыр", "Ұланбатыр"],
    ["Tashkent", "ru", "Ташкент", "Ташкенте"],
    ["Mongolia", "ru", "Монголия", "Монголии"],
    ["Mongolia", "kk", "Моңғолия", "Моңғолия"],
    // No package names it: as the article wrote it, undeclined.
    ["Cape Town", "ru", "Cape Town", "Cape Town"],
    // A Russian nominative a question gave for a city no package names is declined all the same.
    ["Астана", "ru", "Астана", "Астане"],
  ] as const)("%s in %s: %s, %s", (place, language, name, phrase) => {
    expect(placeNameIn(place, language)).toBe(name);
    expect(placePhrase(place, language)).toBe(phrase);
  });

  it("leaves English as it is", () => {
    expect(placeNameIn("Vienna", "en")).toBe("Vienna");
  });
});
