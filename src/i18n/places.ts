/**
 * Places of meetings in Russian and Kazakh replies. The fact base writes them as the English articles
 * do ("Seoul", "Vienna", "Mongolia"). Cities are named as Unicode CLDR names them in its time-zone
 * data (the cldr-dates-modern package: "Vienna" → "Вена", "Ulaanbaatar" → "Улан-Батор" / "Ұланбатыр"),
 * which holds the capitals and large cities that time zones are named after; countries come from
 * i18n-iso-countries. A place neither knows ("Astana", "Cape Town", a region) stays as the article
 * wrote it. Russian says "in" with the locative case, which the lvovich package forms ("в Сеуле").
 */
import { createRequire } from "node:module";
import { cityIn } from "lvovich";
import { countryGazetteer } from "../query/countries.ts";
import { fold } from "../text/normalize.ts";
import { countryNameIn } from "./countries.ts";
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
  return table;
}

/** Every city CLDR names in English, Russian and Kazakh (read once, from cldr-dates-modern). */
export function cldrCities(): Iterable<CityNames> {
  return cityTable().values();
}

/** A place as the fact base writes it, named in `language` where a package knows it; else as it is. */
export function placeNameIn(place: string, language: Language): string {
  if (language === "en") return place;
  const city = cityTable().get(fold(place));
  if (city) return city[language];
  return countryGazetteer().code(place) ? countryNameIn(place, language) : place;
}

/** "в Сеуле", "орны: Сеул": how the language says where a meeting was, from the place in English. */
export function placePhrase(place: string, language: Exclude<Language, "en">): string {
  const name = placeNameIn(place, language);
  // Only a Russian name is declined: one translated here, or one a Russian question gave in its
  // nominative ("Астана", which no package translates); a Latin name stays as the article wrote it.
  return language === "ru" && (name !== place || /^\p{Script=Cyrillic}/u.test(name)) ? cityIn(name) : name;
}
