/**
 * Example questions in Russian and Kazakh for /start, /help, greetings and hints, about the same
 * subjects as the English ones (so that tapping one gives a real answer), with people named in
 * Cyrillic in the case the sentence needs ("кто встречался с Кошановым?", "Қошанов кіммен кездесті?")
 * and countries named as those languages name them.
 */
import type { FactBase } from "../facts/types.ts";
import { exampleSubjects } from "../query/examples.ts";
import { translate } from "./catalogue.ts";
import { countryNameIn } from "./countries.ts";
import { cyrillicName, nameGender, russianInstrumental } from "./cyrillic-names.ts";
import type { Language } from "./language.ts";

/** Three example questions in `language` (Russian or Kazakh). */
export function localExamples(base: FactBase, language: Exclude<Language, "en">): string[] {
  // The busiest person whose surname Cyrillic can write for sure (so that the question finds them again).
  const { surname, name, countries } = exampleSubjects(base, (s) => cyrillicName(s) !== undefined);
  const [first, second] = (countries ?? ["Kazakhstan", "Mongolia"]).map((c) => countryNameIn(c, language));
  const nominative = cyrillicName(surname ?? "Koshanov") ?? "Кошанов";
  return [
    translate(language, "example-who-met", {
      name: nominative,
      // Russian asks "с кем" with the instrumental, whose ending depends on the person's gender.
      instrumental: russianInstrumental(nominative, name ? nameGender(name) : undefined),
    }),
    translate(language, "example-signed", { first: first ?? "", second: second ?? "" }),
    translate(language, "example-latest"),
  ];
}
