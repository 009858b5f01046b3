/**
 * Places of meetings in Russian and Kazakh replies: cities from CLDR's time-zone names (any spelling
 * the fact base gives: "ULAANBAATAR" from a dateline), countries from i18n-iso-countries, and the
 * Russian locative after «в»; a place no package names stays as the article wrote it.
 */
import { describe, expect, it } from "vitest";
import { placeNameIn, placePhrase } from "../../src/i18n/places.ts";

describe("a meeting's place in Russian and Kazakh", () => {
  it("names a city as CLDR does, whatever its case in the article", () => {
    expect(placeNameIn("Ulaanbaatar", "ru")).toBe("Улан-Батор");
    expect(placeNameIn("ULAANBAATAR", "kk")).toBe("Ұланбатыр");
    expect(placeNameIn("Tashkent", "kk")).toBe("Ташкент");
  });

  it("names a country as i18n-iso-countries does", () => {
    expect(placeNameIn("Mongolia", "ru")).toBe("Монголия");
    expect(placeNameIn("Mongolia", "kk")).toBe("Моңғолия");
  });

  it("declines a translated name after Russian «в», and leaves Kazakh in the nominative", () => {
    expect(placePhrase("Tashkent", "ru")).toBe("Ташкенте");
    expect(placePhrase("Mongolia", "ru")).toBe("Монголии");
    expect(placePhrase("Mongolia", "kk")).toBe("Моңғолия");
  });

  it("keeps a place no package names, undeclined", () => {
    expect(placeNameIn("Cape Town", "ru")).toBe("Cape Town");
    expect(placePhrase("Cape Town", "ru")).toBe("Cape Town");
  });

  it("leaves English as it is", () => {
    expect(placeNameIn("Vienna", "en")).toBe("Vienna");
  });
});
