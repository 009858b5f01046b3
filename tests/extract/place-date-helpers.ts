/**
 * Builds a one-article fact base from a few sentences and returns its meetings with the names of
 * their people, their date and their place, for the tests of dates and places.
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

/** The meetings of a one-article fact base with their dates and places. */
export function placesAndDatesOf(text: string, published = "2024-05-14") {
  const base = extractFacts([
    parseArticle(` date ${published} ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]);
  const person = (id: string) => base.people.find((p) => p.id === id);
  return base.meetings.map((m) => ({
    names: m.participants.map((id) => person(id)?.name ?? id).sort(),
    /** Each participant's country, by name. */
    countries: new Map(m.participants.map((id) => [person(id)?.name ?? id, person(id)?.country])),
    date: m.date,
    place: m.place,
  }));
}
