/**
 * A meeting held "on the sidelines of the Assembly" has as its occasion the event the article names
 * whole ("took part in the 31st Assembly of the Tarnish Union"), or none: a bare head noun never
 * stands as an occasion. Names of people and events are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const occasions = (text: string) =>
  extractFacts([
    parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]).meetings.map((m) => m.occasion);

const sidelines =
  "On the sidelines of the Assembly, Speaker Aliya Dosova met with the Speaker of the Parliament of Peru Orvan Teliko.";

describe("an event told by its head noun alone", () => {
  it("is the numbered event the article names with that noun", () => {
    const found = occasions(
      `A delegation headed by Speaker Aliya Dosova took part in the 31st Assembly of the Tarnish Union held in Geneva. ${sidelines}`,
    );
    expect(found).toEqual(["31st Assembly of the Tarnish Union"]);
  });
  it("is no occasion when the article never names it whole", () => {
    expect(occasions(sidelines)).toEqual([undefined]);
  });
  it("is not a body of the same noun", () => {
    const found = occasions(
      `Speaker Aliya Dosova thanked the Speaker of the National Assembly of Chile for the invitation. ${sidelines}`,
    );
    expect(found.every((o) => o === undefined)).toBe(true);
  });
});

describe("a parliament named where a meeting was held", () => {
  it("is no occasion", () => {
    expect(
      occasions(
        "Speaker Aliya Dosova held talks with Ambassador of Peru Orvan Teliko at the National Assembly in Lima.",
      ),
    ).toEqual([undefined]);
  });
});
