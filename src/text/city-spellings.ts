/**
 * The names one city goes by: a city renamed (Astana, Nur-Sultan), an older or foreign spelling (Kyiv,
 * Kiev; Almaty, Alma-Ata; La Valletta, Valletta), short forms (St. Petersburg). The fact base keeps a
 * meeting's place as its article writes it (a report of 2020 says Nur-Sultan); a question in any of
 * the names finds it. Spellings that differ only by diacritics or case ("Hà Nội", "Ha Noi") need no
 * entry: names are compared folded.
 */
import { BoundedCache } from "./bounded-cache.ts";
import { fold } from "./normalize.ts";

// Each group is one city; its first name is the one used as its key. Only names that are the city
// itself: a region or a former capital's other sense is not.
const SAME_CITY: string[][] = [
  ["Astana", "Nur-Sultan", "Akmola", "Aqmola", "Tselinograd"],
  ["Almaty", "Alma-Ata"],
  ["Kyiv", "Kiev"],
  ["Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt-Peterburg"],
  ["Ulaanbaatar", "Ulan Bator", "Ulan-Bator", "Ulaan Baatar"],
  ["Ashgabat", "Ashkhabad", "Ashgabad"],
  ["Valletta", "La Valletta", "Valetta"],
  ["Hanoi", "Ha Noi"],
  ["Beijing", "Peking"],
  ["Chisinau", "Kishinev"],
  ["Tbilisi", "Tiflis"],
  ["Turkistan", "Turkestan"],
  ["Shymkent", "Chimkent"],
  ["Karaganda", "Karagandy", "Qaraghandy"],
  ["Aktobe", "Aktyubinsk"],
  ["Oskemen", "Ust-Kamenogorsk"],
  ["Semey", "Semipalatinsk"],
  ["Yangon", "Rangoon"],
  ["Mumbai", "Bombay"],
  ["Kolkata", "Calcutta"],
  ["Chennai", "Madras"],
  ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
  ["Washington", "Washington, D.C.", "Washington DC"],
  ["Ho Chi Minh City", "Saigon"],
];

const KEY = new Map<string, string>();
for (const group of SAME_CITY) {
  const key = fold(group[0] as string);
  for (const name of group) KEY.set(fold(name), key);
}

/** The one key of a city under any of its names (folded); a city of no group is its own folded name. */
export function cityKey(name: string): string {
  const folded = fold(name);
  return KEY.get(folded) ?? folded;
}

/** Whether two place names are one city ("Nur-Sultan", "Astana"). */
export function sameCity(a: string, b: string): boolean {
  return cityKey(a) === cityKey(b);
}

/** The groups of names of one city, for gazetteers that give every name its country. */
export function cityNameGroups(): readonly (readonly string[])[] {
  return SAME_CITY;
}

/**
 * Whether a meeting's place is in a city, under any of its names: the place itself ("Nur-Sultan") or
 * one of its comma-separated parts ("State House, Ulaanbaatar").
 */
export function placeInCity(place: string, city: string): boolean {
  return placeKeys(place).includes(cityKey(city));
}

/** {@link placeInCity} for many places: whether a place is in one of the cities (each folded once). */
export function inCities(cities: string[]): (place: string) => boolean {
  const keys = new Set(cities.map(cityKey));
  return (place) => placeKeys(place).some((key) => keys.has(key));
}

// The city keys of a place and of its parts. A list of every meeting in a city reads every meeting's
// place, and a base has far fewer places than meetings: each is worked out once.
function placeKeys(place: string): string[] {
  let keys = placeKeyCache.get(place);
  if (!keys) {
    keys = [...new Set([cityKey(place), ...place.split(/,\s*/).map(cityKey)])];
    placeKeyCache.set(place, keys);
  }
  return keys;
}
const placeKeyCache = new BoundedCache<string, string[]>(10_000);
