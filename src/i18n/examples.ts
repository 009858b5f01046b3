/**
 * Example questions for /start and /help in the chat's language, taken from the fact base so that
 * tapping one gives a real answer: who met the person with the most meetings, what two countries of
 * a meeting with an agreement signed, and the latest meetings. English ones come from the bot's own
 * examples; Russian and Kazakh ones name the countries as those languages do.
 */
import { exampleQuestions } from "../bot/examples.ts";
import type { Answerer } from "../query/index.ts";
import { translate } from "./catalogue.ts";
import { countryNameIn } from "./countries.ts";
import type { Language } from "./language.ts";

/** Three example questions in `language`. */
export function localExamples(answerer: Answerer, language: Language): string[] {
  if (language === "en") return exampleQuestions(answerer);
  const { people, meetings } = answerer.facts();
  const count = new Map<string, number>();
  for (const m of meetings) for (const id of m.participants) count.set(id, (count.get(id) ?? 0) + 1);
  const busiest = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const name =
    people
      .find((p) => p.id === busiest)
      ?.name.trim()
      .split(/\s+/)
      .at(-1) ?? "Koshanov";
  const signed = meetings.find((m) => m.agreements.length > 0 && m.countries.length >= 2);
  const [first, second] = (signed?.countries ?? ["Kazakhstan", "Mongolia"]).map((c) =>
    countryNameIn(c, language),
  );
  return [
    translate(language, "example-who-met", { name }),
    translate(language, "example-signed", { first: first ?? "", second: second ?? "" }),
    translate(language, "example-latest"),
  ];
}
