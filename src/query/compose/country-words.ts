/**
 * How a sentence names a country a question asks about: by a word that begins with the first letters of
 * a word of the country's name or of the question's own word for it ("Serbian" for Serbia, "Korean" for
 * South Korea, "Kazakh" when the question says "Kazakh"). One test for every reply that must find the
 * country in a sentence.
 */

import { fold, words } from "../../text/normalize.ts";
import type { CountryGazetteer } from "../countries.ts";

// Five letters tell a country's name and adjective apart from other words ("serbi": Serbia, Serbian);
// four would take "George" for Georgia and "indicated" for India.
const PREFIX_LETTERS = 5;
// Shorter words of a name ("of", "and" in "Bosnia and Herzegovina", "d" in "Côte d'Ivoire") name no country.
const MIN_WORD_LETTERS = 4;
// A question's word for a country is found as that country's mention, so fewer letters suffice to tell
// which country it stands for, and an adjective may part from the name at the fifth ("Swedish", "Greek").
const SAME_COUNTRY_LETTERS = 4;

/**
 * The first letters by which a sentence names one of the countries: those of each word of their names
 * (a name of several words split: "South Korea" gives "south" and "korea") and of the question's own words
 * for them (`questionWords`, folded: "uzbek"), each word of four letters or more cut to five. A shorter
 * word of the question is the country's abbreviation ("uae", "uk"), kept whole: {@link namesCountry}
 * takes it only as a whole word.
 */
export function countryPrefixes(names: readonly string[], questionWords: readonly string[] = []): string[] {
  const nameWords = names.flatMap((name) => words(fold(name))).filter((w) => w.length >= MIN_WORD_LETTERS);
  return [...nameWords, ...questionWords].map((w) => w.slice(0, PREFIX_LETTERS));
}

/** {@link countryPrefixes} of the countries a question asks about and of its words for them. */
export function askedCountryPrefixes(
  countries: Pick<CountryGazetteer, "name">,
  q: { countries: readonly string[]; countryKeywords: readonly string[] },
): string[] {
  return countryPrefixes(
    q.countries.map((code) => countries.name(code)),
    q.countryKeywords,
  );
}

/**
 * Whether any of the (folded) words of a sentence begins with one of the prefixes, or is one of the
 * shorter ones (an abbreviation: "uae" names the country, "usage" does not); false when there are none.
 */
export function namesCountry(sentenceWords: readonly string[], prefixes: readonly string[]): boolean {
  return sentenceWords.some((w) =>
    prefixes.some((p) => (p.length < MIN_WORD_LETTERS ? w === p : w.startsWith(p))),
  );
}

/**
 * Whether a question's country word is another word for the country whose name has these (stemmed) words:
 * not one of them, but sharing the first four letters with one ("uzbek" for Uzbekistan, "swedish" for Sweden).
 */
export function isOtherWordFor(word: string, nameWords: readonly string[]): boolean {
  const start = word.slice(0, SAME_COUNTRY_LETTERS);
  return !nameWords.includes(word) && nameWords.some((w) => w.slice(0, SAME_COUNTRY_LETTERS) === start);
}

/** Whether a sentence's text names one of the countries of the prefixes; true when no country is asked. */
export function ofAskedCountry(text: string, prefixes: readonly string[]): boolean {
  return !prefixes.length || namesCountry(words(fold(text)), prefixes);
}

/**
 * The test of a sentence for the countries a question asks about ("the Kazakh delegation", "the summit in
 * Lithuania"): whether it names one of them by its name or adjective ({@link ofAskedCountry}); every
 * sentence passes when the question asks about none. Made once a question, tried on many sentences.
 */
export function namingAskedCountry(
  countries: Pick<CountryGazetteer, "name">,
  q: { countries: readonly string[]; countryKeywords: readonly string[] },
): (sentence: { text: string }) => boolean {
  const prefixes = askedCountryPrefixes(countries, q);
  return (sentence) => ofAskedCountry(sentence.text, prefixes);
}
