/**
 * A semicolon in a title line joins two titles ("X meets Chilean counterpart; Peruvian delegation due
 * Thursday"): the first title's verb takes no side and no weekday from the second, so the visit still to
 * come is not also a meeting held. Short articles written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const meetings = (text: string) => {
  const base = extractFacts([
    parseArticle(text, { id: "x", file: "x.txt", isKnownCity, meta: { published: "2024-05-14" } }),
  ]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name ?? id;
  return base.meetings.map((m) => ({
    pair: m.participants.map(name).sort().join(" + "),
    status: m.status,
    date: m.date?.start,
  }));
};

const body =
  "LIMA -- Senate President Tomas Varela today met with President of the Senate of Chile Ana Ruiz Lagos, who is in Lima for a two-day visit.\n\nThe two leaders discussed fisheries.\n\nVarela is also set to receive a delegation of the Congress of Peru led by its Vice President Jorge Quispe on Thursday.";

describe("two titles joined by a semicolon", () => {
  it("the second title's delegation due on a weekday is only the planned meeting", () => {
    expect(
      meetings(`Senate President meets Chilean counterpart; Peruvian delegation due Thursday\n\n${body}`),
    ).toEqual([
      { pair: "Ana Ruiz Lagos + Tomas Varela", status: "held", date: "2024-05-14" },
      { pair: "Jorge Quispe + Tomas Varela", status: "planned", date: "2024-05-16" },
    ]);
  });
  it("near miss: the same report under a title of one clause gives the same two meetings", () => {
    expect(meetings(`Senate President meets Chilean counterpart\n\n${body}`).map((m) => m.pair)).toEqual([
      "Ana Ruiz Lagos + Tomas Varela",
      "Jorge Quispe + Tomas Varela",
    ]);
  });
  it("a title line of two clauses still gives the meeting its first clause names", () => {
    expect(
      meetings(
        "Speaker Tomas Varela meets Chilean counterpart Ana Ruiz Lagos; talks focus on fisheries\n\nLIMA -- The two speakers discussed fisheries and ports.",
      ).map((m) => m.pair),
    ).toEqual(["Ana Ruiz Lagos + Tomas Varela"]);
  });
});
