/**
 * Example questions in Russian and Kazakh for /start, /help, greetings and hints, about the same
 * subjects as the English ones (so that tapping one gives a real answer), with people named in
 * Cyrillic in the case the sentence needs ("кто встречался с Кошановым?", "Володин кіммен кездесті?")
 * and countries named as those languages name them ("Қазақстан мен Моңғолия").
 */
import type { FactBase, Person } from "../facts/types.ts";
import { countryGazetteer } from "../query/countries.ts";
import { exampleSubjects } from "../query/examples.ts";
import { translate } from "./catalogue.ts";
import { countryNameIn } from "./countries.ts";
import { cyrillicName, nameGender, russianInstrumental } from "./cyrillic-names.ts";
import { kazakhAnd } from "./kazakh-endings.ts";
import type { Language } from "./language.ts";

/**
 * Whether `language` writes the person's surname as the Russian transliteration does. Kazakh writes
 * other peoples' names so ("Володин", "Нарбаева"), but a Kazakh's own name with the Kazakh letters
 * that the English spelling has lost ("Koshanov" is "Қошанов", "Nigmatulin" "Нығматулин"), which
 * cannot be told from the Latin letters: a Kazakh example names someone from elsewhere.
 */
function writtenAsInRussian(person: Person, language: Exclude<Language, "en">): boolean {
  return language === "ru" || countryGazetteer().code(person.country) !== "KAZ";
}

/** Three example questions in `language` (Russian or Kazakh). */
export function localExamples(base: FactBase, language: Exclude<Language, "en">): string[] {
  // The busiest person whose surname the language's Cyrillic can write for sure (so that the question
  // finds them again, spelt as its readers spell it).
  const { surname, name, countries } = exampleSubjects(
    base,
    (s, person) => cyrillicName(s) !== undefined && writtenAsInRussian(person, language),
  );
  const [first, second] = (countries ?? ["Kazakhstan", "Mongolia"]).map((c) => countryNameIn(c, language));
  const nominative = (surname && cyrillicName(surname)) ?? translate(language, "example-name");
  return [
    translate(language, "example-who-met", {
      name: nominative,
      // Russian asks "с кем" with the instrumental, whose ending depends on the person's gender.
      instrumental: russianInstrumental(nominative, name ? nameGender(name) : undefined),
    }),
    translate(language, "example-signed", {
      first: first ?? "",
      second: second ?? "",
      // Kazakh's "and" takes its consonant from the last sound of the word before it.
      and: kazakhAnd(first ?? ""),
    }),
    translate(language, "example-latest"),
  ];
}
