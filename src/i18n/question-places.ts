/**
 * Cities named as the place in Russian and Kazakh questions: "в Москве", "в Сеуле", "Сеулде",
 * "Астанада". The reverse of places.ts: a city's Russian or Kazakh name in any case form is read as
 * the city the fact base knows, from the same CLDR time-zone names ("Москва", "Мәскеу" → "Moscow"),
 * and a city CLDR does not name is written in Latin letters and looked up among the fact base's
 * cities ("Астана" → "astana" → Kazakhstan).
 */
import { countryGazetteer } from "../query/countries.ts";
import { baseForms } from "./cases.ts";
import { foldCyrillic } from "./fold-cyrillic.ts";
import { cldrCities } from "./places.ts";

/** A city read from a question. */
export interface QuestionCity {
  /**
   * The city as replies name it: in English where CLDR names it ("Moscow", which a reply writes
   * "в Москве"), else the Cyrillic nominative the question gave ("Астана").
   */
  name: string;
  /** The country the city is in (alpha-3), when the fact base's gazetteer knows it. */
  country?: string;
}

// Russian and Kazakh city name (lower case, "ё" as "е") → its English name.
let byLocalName: Map<string, string> | undefined;

function localKey(word: string): string {
  return word.toLowerCase().replace(/ё/g, "е");
}

function cityByLocalName(): Map<string, string> {
  if (byLocalName) return byLocalName;
  byLocalName = new Map();
  for (const city of cldrCities())
    for (const local of [city.ru, city.kk]) byLocalName.set(localKey(local), city.en);
  return byLocalName;
}

// Kazakh locative endings: "Сеулде", "Астанада", "Ақтауда", "Бішкекте"; "-нда/-нде" after a possessive
// ending ("қаласында").
const KAZAKH_LOCATIVE = /(нда|нде|да|де|та|те)$/u;

/** Whether a Cyrillic word has a Kazakh locative ending ("Сеулде", "Астанада"). */
export function hasKazakhLocative(word: string): boolean {
  return KAZAKH_LOCATIVE.test(word.toLowerCase());
}

/**
 * The city a Cyrillic word names in any case form ("Москве", "Москвы", "Сеулде", "Мәскеуде",
 * "Астане"), or undefined. The caller decides whether the word is said as a place (after «в», or in
 * the Kazakh locative): a city word elsewhere may be part of something else.
 */
export function readCity(word: string): QuestionCity | undefined {
  const forms = baseForms(word);
  const locative = KAZAKH_LOCATIVE.exec(word.toLowerCase());
  // "-нда": baseForms strips "-да" only, leaving the possessive "н".
  if (locative && locative[1]?.length === 3) forms.push(word.slice(0, -3));
  const cities = countryGazetteer();
  for (const form of forms) {
    const english = cityByLocalName().get(localKey(form));
    if (english) return { name: english, country: cities.cityCountry(english) };
  }
  // Not in CLDR: a city of the fact base's gazetteer, written in Latin letters ("Астана" → "astana").
  for (const form of forms) {
    const country = cities.cityCountry(foldCyrillic(form));
    if (country) return { name: form, country };
  }
  return undefined;
}
