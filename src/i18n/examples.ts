/**
 * Example questions in Russian and Kazakh for /start, /help, greetings and hints, about the same
 * subjects as the English ones (so that tapping one gives a real answer), with the countries named
 * as those languages name them.
 */
import type { FactBase } from "../facts/types.ts";
import { exampleSubjects } from "../query/examples.ts";
import { translate } from "./catalogue.ts";
import { countryNameIn } from "./countries.ts";
import type { Language } from "./language.ts";

/** Three example questions in `language` (Russian or Kazakh). */
export function localExamples(base: FactBase, language: Exclude<Language, "en">): string[] {
  const { surname, countries } = exampleSubjects(base);
  const [first, second] = (countries ?? ["Kazakhstan", "Mongolia"]).map((c) => countryNameIn(c, language));
  return [
    translate(language, "example-who-met", { name: surname ?? "Koshanov" }),
    translate(language, "example-signed", { first: first ?? "", second: second ?? "" }),
    translate(language, "example-latest"),
  ];
}
