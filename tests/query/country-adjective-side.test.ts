/**
 * "which Norwegian officials did X meet?": a country's adjective before a noun for people asks for X's
 * counterparts of that country, as "who from Norway" does, not for everyone at a meeting one of them
 * attended; none of them (X's own country, say) is said before the others are given. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    report(
      "a-forum",
      "2024-03-11",
      "Speaker Tomas Verhagen met Ilse Marrow and Piet Dorne at the forum in Velm.",
    ),
    report("a-visit", "2024-04-02", "Speaker Tomas Verhagen received Anke Kessel."),
  ],
  // Each invented speaker with their country, given in the report of their meeting with Verhagen.
  people: (
    [
      ["Tomas Verhagen", "Netherlands", "a-forum"],
      ["Ilse Marrow", "Norway", "a-forum"],
      ["Piet Dorne", "Belgium", "a-forum"],
      ["Anke Kessel", "Austria", "a-visit"],
    ] as const
  ).map(([name, country, articleId]) =>
    speaker(name.split(" ")[1]?.toLowerCase() as string, name, country, articleId),
  ),
  meetings: [
    meeting({
      id: "m-forum",
      articleId: "a-forum",
      participants: ["verhagen", "marrow", "dorne"],
      place: "Velm",
    }),
    meeting({ id: "m-visit", articleId: "a-visit", participants: ["verhagen", "kessel"] }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("people of a country named by its adjective", () => {
  it("are the counterparts of that country only", () => {
    const asked = [
      "which Norwegian officials did Verhagen meet?",
      "Verhagen's meetings with Norwegian lawmakers",
    ];
    for (const text of asked.map(ask)) expect(text).toMatch(/met:\n• Ilse Marrow[^\n]*\nSource/);
  });
  it("when none was met, are said to be missing before the others", () => {
    expect(ask("which Dutch officials did Verhagen meet?")).toMatch(
      /^No meeting of Tomas Verhagen with the Netherlands is recorded\. Other meetings:\n• Anke Kessel/,
    );
  });
});
