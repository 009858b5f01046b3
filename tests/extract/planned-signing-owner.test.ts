/**
 * A foreseen signing belongs to the planned meeting whose side the sentence names (by name or by the
 * body that side leads), not merely to the planned meeting told nearest to it.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

// The documents of each meeting of a one-article base, by the surnames of its sides.
function agreementsOf(text: string): Map<string, string[]> {
  const base = extractFacts([
    parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]);
  const surname = (id: string) =>
    base.people
      .find((p) => p.id === id)
      ?.name.split(" ")
      .at(-1) ?? id;
  return new Map(
    base.meetings.map((m) => [m.participants.map(surname).sort().join("+"), m.agreements] as const),
  );
}

describe("the planned meeting a foreseen signing belongs to", () => {
  const visit = [
    "A delegation led by Speaker of the Parliament of Varnosia Ilma Tervander will pay an official visit to Ostrovia on May 20.",
    "During the visit, Tervander will meet with Chairman of the Senate of Ostrovia Pavo Kestrin and Chairman of the National Chamber of Ostrovia Jurek Malvadin.",
  ];
  it("goes to the meeting whose body the sentence names, though another is told nearer", () => {
    const meetings = agreementsOf(
      [
        ...visit,
        "The ceremony of signing the Memorandum on Cooperation between the parliament of Varnosia and the National Chamber of Ostrovia will be held during the visit to the National Chamber.",
        "A meeting between Tervander and Foreign Minister of Ostrovia Sami Rovanen is also envisaged.",
      ].join("\n\n"),
    );
    expect(meetings.get("Malvadin+Tervander")?.join()).toMatch(/Memorandum on Cooperation/);
    expect(meetings.get("Rovanen+Tervander")).toEqual([]);
  });
  it("goes to the nearest planned meeting when the sentence names no side", () => {
    const meetings = agreementsOf(
      [
        ...visit,
        "A meeting between Tervander and Foreign Minister of Ostrovia Sami Rovanen is also envisaged.",
        "During the visit, a protocol on the exchange of interns will be signed.",
      ].join("\n\n"),
    );
    expect(meetings.get("Rovanen+Tervander")?.join()).toMatch(/protocol/);
  });
});
