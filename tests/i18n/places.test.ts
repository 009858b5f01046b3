/**
 * Places of meetings in Russian and Kazakh replies: cities from CLDR's time-zone names (any spelling
 * the fact base gives: "ULAANBAATAR" from a dateline, "Aktau" from the Russian name where CLDR's
 * English says "Aqtau"), countries from i18n-iso-countries, Central Asian cities CLDR lacks written
 * in Russian Cyrillic, and the case "in" needs (Russian locative after «в», Kazakh locative ending);
 * a place no package names stays as the article wrote it.
 */
import { describe, expect, it } from "vitest";
import { cyrillicCity, placeNameIn, placePhrase } from "../../src/i18n/places.ts";

describe("a meeting's place in Russian and Kazakh", () => {
  // place as the fact base writes it, language, its name, the phrase after "in", the phrase's kind
  it.each([
    ["Ulaanbaatar", "ru", "Улан-Батор", "Улан-Баторе", "inflected"],
    ["ULAANBAATAR", "kk", "Ұланбатыр", "Ұланбатырда", "inflected"],
    ["Tashkent", "ru", "Ташкент", "Ташкенте", "inflected"],
    ["Tashkent", "kk", "Ташкент", "Ташкентте", "inflected"],
    ["Moscow", "kk", "Мәскеу", "Мәскеуде", "inflected"],
    ["Mongolia", "ru", "Монголия", "Монголии", "inflected"],
    ["Mongolia", "kk", "Моңғолия", "Моңғолияда", "inflected"],
    // Only the last part of a compound declines; a name ending in "и", "у" does not.
    ["Kuala Lumpur", "ru", "Куала-Лумпур", "Куала-Лумпуре", "inflected"],
    ["Kigali", "ru", "Кигали", "Кигали", "inflected"],
    ["Ürümqi", "ru", "Урумчи", "Урумчи", "inflected"],
    // CLDR's English is "Aqtau"; the news spell the Russian "Актау".
    ["Aktau", "ru", "Актау", "Актау", "inflected"],
    ["Aktau", "kk", "Ақтау", "Ақтауда", "inflected"],
    // A Kazakh city CLDR lacks: Russian transliterates it, Kazakh keeps the article's letters.
    ["Astana", "ru", "Астана", "Астане", "inflected"],
    ["Astana", "kk", "Astana", "Astana", "city"],
    ["Nur-Sultan", "ru", "Нур-Султан", "Нур-Султане", "inflected"],
    // No package names it: as the article wrote it, said to be a city where the gazetteer knows one.
    ["Cape Town", "ru", "Cape Town", "Cape Town", "city"],
    ["Geneva", "kk", "Geneva", "Geneva", "city"],
    [
      "Parliament House, Islamabad",
      "ru",
      "Parliament House, Islamabad",
      "Parliament House, Islamabad",
      "other",
    ],
    // A country inside a longer place is not the place.
    [
      "United States Capitol Building, Washington",
      "ru",
      "United States Capitol Building, Washington",
      "United States Capitol Building, Washington",
      "other",
    ],
    // A Russian nominative a question gave for a city no package names is declined all the same.
    ["Астана", "ru", "Астана", "Астане", "inflected"],
    ["Астана", "kk", "Астана", "Астанада", "inflected"],
  ] as const)("%s in %s: %s, %s (%s)", (place, language, name, phrase, kind) => {
    expect(placeNameIn(place, language)).toBe(name);
    expect(placePhrase(place, language)).toEqual({ place: phrase, kind });
  });

  it("leaves English as it is", () => {
    expect(placeNameIn("Vienna", "en")).toBe("Vienna");
  });

  it("writes back in Cyrillic only cities of the countries whose English spellings are transliterations", () => {
    expect(cyrillicCity("Shymkent")).toBe("Шымкент");
    expect(cyrillicCity("Osh")).toBe("Ош");
    // Russia's: English drops soft signs and translates ("Kazan" is "Казань").
    expect(cyrillicCity("Saint Petersburg")).toBeUndefined();
    expect(cyrillicCity("Geneva")).toBeUndefined();
  });
});
