/**
 * How a fact base spells each country: the name its people most often carry for it ("Turkey", where the
 * gazetteer's common name is "Türkiye"). A reply that names a country the way the articles do reads as
 * they do, and says the same as the lines that give people's own countries.
 */
import type { FactIndex } from "../facts/index.ts";
import type { CountryGazetteer } from "./countries.ts";

// Per fact index (a new base gets a new index): the spelling chosen for each country code.
const spellings = new WeakMap<FactIndex, Map<string, string>>();

/** The fact base's spelling of a country (by code), or undefined when none of its people carry it. */
export function baseSpelling(
  index: FactIndex,
  countries: CountryGazetteer,
  code: string,
): string | undefined {
  let chosen = spellings.get(index);
  if (!chosen) {
    chosen = countSpellings(index, countries);
    spellings.set(index, chosen);
  }
  return chosen.get(code);
}

// The most frequent name of each country among the people's countries (ties: the first seen).
function countSpellings(index: FactIndex, countries: CountryGazetteer): Map<string, string> {
  const counts = new Map<string, number>();
  for (const person of index.people.values())
    if (person.country) counts.set(person.country, (counts.get(person.country) ?? 0) + 1);
  const best = new Map<string, { name: string; count: number }>();
  for (const [name, count] of counts) {
    const code = countries.code(name);
    if (!code) continue;
    const held = best.get(code);
    if (!held || count > held.count) best.set(code, { name, count });
  }
  return new Map([...best].map(([code, { name }]) => [code, name]));
}
