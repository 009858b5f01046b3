/**
 * Builds an article from a few sentences and returns its meetings with the names of their sides,
 * for the tests of the meeting finders.
 */
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

/** The meetings of a one-article fact base: names of the people, countries of the unnamed sides. */
export function meetingsOf(text: string, published = "2024-05-14") {
  const base = extractFacts([
    parseArticle(` date ${published} ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name ?? id;
  return base.meetings.map((m) => ({
    names: m.participants.map(name).sort(),
    countries: m.parties.map((p) => p.country).sort(),
    status: m.status,
  }));
}
