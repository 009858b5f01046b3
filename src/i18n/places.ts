/**
 * Places of meetings in Russian and Kazakh replies. The fact base writes them as the English articles
 * do ("Seoul", "Vienna", "Mongolia"). Cities are named as Unicode CLDR names them in its time-zone
 * data (the cldr-dates-modern package: "Vienna" → "Вена", "Ulaanbaatar" → "Улан-Батор" / "Ұланбатыр"),
 * which holds the capitals and large cities that time zones are named after, also when English news
 * spell them from their Russian name rather than as CLDR's English does ("Aktau", CLDR "Aqtau");
 * countries come from i18n-iso-countries. Russian replies write in Cyrillic the cities of Kazakhstan,
 * Kyrgyzstan, Tajikistan and Mongolia that CLDR lacks ("Astana" → "Астана"), whose English spellings
 * are transliterations of their Russian ones (see {@link cyrillicCity}). Any other place stays as the
 * article wrote it, in Latin letters ("Geneva", "Cape Town", a building), and so do those cities in
 * Kazakh replies, whose Kazakh letters (Нұр-Сұлтан, Қарағанды) English spelling has lost. Russian
 * says "in" with the locative case, which the lvovich package forms ("в Сеуле"); Kazakh with the
 * locative ending ("Сеулде", kazakh-endings.ts); a city left in Latin letters is said to be a city
 * ("в городе Geneva", "Geneva қаласында").
 */
import { createRequire } from "node:module";
import { cityIn } from "lvovich";
import { countryGazetteer } from "../query/countries.ts";
import { fold, tokenize } from "../text/normalize.ts";
import { countryNameIn } from "./countries.ts";
import { cyrillicName } from "./cyrillic-names.ts";
import { foldCyrillic } from "./fold-cyrillic.ts";
import { kazakhLocative } from "./kazakh-endings.ts";
import type { Language } from "./language.ts";

// Read with require, as countries.ts does: the build leaves packages external and drops import attributes.
const require = createRequire(import.meta.url);

/** CLDR's time-zone names of one language: nested zones ("Europe" → "Vienna") with exemplar cities. */
interface ZoneTree {
  [key: string]: ZoneTree | string | undefined;
}

function zonesOf(language: string): ZoneTree {
  const file = require(`cldr-dates-modern/main/${language}/timeZoneNames.json`);
  return file.main[language].dates.timeZoneNames.zone as ZoneTree;
}

// Every zone id ("Europe/Vienna", "America/Argentina/Buenos_Aires") with its exemplar city, if given.
function exemplarCities(tree: ZoneTree, prefix = ""): Map<string, string | undefined> {
  const cities = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== "object") continue;
    const id = prefix ? `${prefix}/${key}` : key;
    if (typeof value.exemplarCity === "string" || "long" in value || "short" in value)
      cities.set(id, value.exemplarCity as string | undefined);
    else for (const [inner, city] of exemplarCities(value, id)) cities.set(inner, city);
  }
  return cities;
}

/** One city in the three languages: "Seoul", "Сеул", "Сеул". */
export type CityNames = Record<"en" | "ru" | "kk", string>;

let table: Map<string, CityNames> | undefined;

// English city name (folded) → its names. English names a zone's city only where it differs from
// the zone id ("Europe/Kiev" → "Kyiv"); otherwise the id's last part is the name.
function cityTable(): Map<string, CityNames> {
  if (table) return table;
  table = new Map();
  const english = exemplarCities(zonesOf("en"));
  const ru = exemplarCities(zonesOf("ru"));
  const kk = exemplarCities(zonesOf("kk"));
  for (const [id, ruName] of ru) {
    const kkName = kk.get(id);
    if (!ruName || !kkName) continue;
    const name = english.get(id) ?? id.split("/").at(-1)?.replace(/_/g, " ");
    if (name) table.set(fold(name), { en: name, ru: ruName, kk: kkName });
  }
  // English news spell a city of the former Soviet Union from its Russian name ("Aktau", "Uralsk"),
  // where CLDR's English follows the local one ("Aqtau", "Oral"): the Russian name written the way
  // the news write it finds the city too, unless it names another.
  for (const city of [...table.values()]) {
    const newsSpelling = city.ru
      .split(/([\s-]+)/)
      .map((part) => (/[\s-]/.test(part) ? part : foldCyrillic(part)));
    const key = fold(newsSpelling.join(""));
    if (!table.has(key)) table.set(key, city);
  }
  return table;
}

/** Every city CLDR names in English, Russian and Kazakh (read once, from cldr-dates-modern). */
export function cldrCities(): Iterable<CityNames> {
  return cityTable().values();
}

// Countries whose English place names are transliterations of Russian Cyrillic spellings that keep
// every letter ("Astana", "Shymkent", "Osh", "Khujand", "Darkhan"). Russia's, Belarus' and Ukraine's
// are not: English drops their soft signs ("Kazan" for "Казань") and translates parts ("Saint
// Petersburg"), so writing them back would misspell them.
const TRANSLITERATED_COUNTRIES = new Set(["KAZ", "KGZ", "TJK", "MNG"]);

/** "ASTANA" → "Astana": a name a dateline gave in capitals, written as a name. */
function asName(place: string): string {
  return /\p{Ll}/u.test(place)
    ? place
    : place.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
}

/**
 * A city that CLDR lacks in Russian Cyrillic ("Astana" → "Астана", "Nur-Sultan" → "Нур-Султан"), when
 * it is a city of a country in {@link TRANSLITERATED_COUNTRIES} and every part of its name comes back
 * to the same Latin letters (cyrillic-names.ts); else undefined.
 */
export function cyrillicCity(place: string): string | undefined {
  const country = countryGazetteer().cityCountry(place);
  if (!country || !TRANSLITERATED_COUNTRIES.has(country)) return undefined;
  const parts = asName(place).split(/([\s-]+)/);
  const cyrillic = parts.map((part) => (/^[\s-]*$/.test(part) ? part : cyrillicName(part)));
  return cyrillic.every((part) => part !== undefined) ? cyrillic.join("") : undefined;
}

/** Whether a place is a country's name and nothing more ("Mongolia", not "Capitol Building, Washington"). */
function countryCode(place: string): string | undefined {
  const found = countryGazetteer().find(place);
  const only = found.length === 1 ? found[0] : undefined;
  return only && only.start === 0 && only.end === tokenize(place).folded.length ? only.code : undefined;
}

/** A place as the fact base writes it, named in `language` where a package knows it; else as it is. */
export function placeNameIn(place: string, language: Language): string {
  if (language === "en") return place;
  const city = cityTable().get(fold(place));
  if (city) return city[language];
  const code = countryCode(place);
  if (code) return countryNameIn(countryGazetteer().name(code), language);
  return (language === "ru" && cyrillicCity(place)) || place;
}

/**
 * How a reply says where a meeting was: `place` is the name as the phrase needs it, `kind` which
 * wording the catalogue's `reply-in-place` takes: "inflected" (the name is in the case "in" needs:
 * Russian "Сеуле" after «в», Kazakh "Сеулде"), "city" (a city left in Latin letters: "в городе
 * Geneva", "Geneva қаласында"), or "other" (a building, a region: as the article wrote it).
 */
export interface PlacePhrase {
  place: string;
  kind: "inflected" | "city" | "other";
}

/** Russian names that do not decline: foreign names ending in a vowel other than "а", "я" ("Баку", "Кигали", "Осло"). */
const RUSSIAN_INDECLINABLE = /[иуюоеэё]$/u;

/**
 * A Russian city name in the locative, after «в»: the last part of a compound changes ("Улан-Баторе",
 * "Куала-Лумпуре"), the first of one with "-на-" ("Ростове-на-Дону"), and none of an indeclinable one.
 */
function russianLocative(name: string): string {
  const parts = name.split("-");
  const index = parts.indexOf("на") > 0 ? 0 : parts.length - 1;
  const part = parts[index] as string;
  if (RUSSIAN_INDECLINABLE.test(part)) return name;
  parts[index] = cityIn(part);
  return parts.join("-");
}

/** "в Сеуле", "Сеулде", "Geneva қаласында": how the language says where a meeting was, from the place in English. */
export function placePhrase(place: string, language: Exclude<Language, "en">): PlacePhrase {
  const name = placeNameIn(place, language);
  // A Cyrillic name is inflected: one translated here, or one a question gave in its nominative
  // ("Астана", which no package translates). A Latin name stays as the article wrote it.
  if (/^\p{Script=Cyrillic}/u.test(name))
    return { place: language === "ru" ? russianLocative(name) : kazakhLocative(name), kind: "inflected" };
  return { place: name, kind: countryGazetteer().cityCountry(place) ? "city" : "other" };
}
