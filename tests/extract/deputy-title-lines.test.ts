/**
 * A title line that names a deputy in lower case ("Senate deputy speaker meets ...") is one deputy's
 * title, so it refers to the deputy the body names, not to the presiding officer the article mentions
 * in passing. Short articles written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const pairs = (text: string) => {
  const base = extractFacts([
    parseArticle(text, { id: "x", file: "x.txt", isKnownCity, meta: { published: "2024-05-14" } }),
  ]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name ?? id;
  return base.meetings.map((m) => m.participants.map(name).sort().join(" + "));
};

const body =
  "BUCHAREST, May 14. Deputy Chairman of the Senate of Romania Pavel Dromescu and Deputy Speaker of the Sejm of Poland Irena Kowalczyk discussed customs rules at a meeting on the sidelines of the Regional Forum.\n\nKowalczyk praised Senate Speaker Marek Tolvanu for his attention to the forum.";

describe("a deputy's title in a title line", () => {
  it("'Senate deputy speaker, Polish counterpart discuss' is the deputy, not the Speaker praised", () => {
    expect(pairs(`Senate deputy speaker, Polish counterpart discuss customs rules\n\n${body}`)).toEqual([
      "Irena Kowalczyk + Pavel Dromescu",
    ]);
  });
  it("'vice chairman' in lower case is a deputy's title too", () => {
    expect(pairs(`Senate vice chairman meets Polish counterpart\n\n${body}`)).toEqual([
      "Irena Kowalczyk + Pavel Dromescu",
    ]);
  });
  it("near miss: 'Senate speaker' in a title line is still the Speaker", () => {
    expect(
      pairs(
        "Senate speaker meets Polish counterpart\n\nBUCHAREST, May 14. Senate Speaker Marek Tolvanu met Deputy Speaker of the Sejm of Poland Irena Kowalczyk.\n\nDeputy Chairman of the Senate Pavel Dromescu opened the forum.",
      ),
    ).toEqual(["Irena Kowalczyk + Marek Tolvanu"]);
  });
});
