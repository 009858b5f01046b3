/**
 * "who headed the Estonian side?": the leader of a side named by its country, from the meetings of the
 * report (its one person there, or the one whose office is to lead), not the head of the other side whom
 * a sentence may name. Invented people.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, holder, meeting, NOW, report } from "./fixture.ts";

const answerer = new Answerer(
  factBase({
    articles: [
      report(
        "a-online",
        "2024-05-02",
        "The Moldovan friendship group, headed by its chair Dorin Vasilache, held an online meeting with Estonian deputies Tarvo Lind and Eha Roos.",
      ),
    ],
    people: [
      holder("vasilache", "Dorin Vasilache", "Chair of the friendship group", "Moldova", "a-online"),
      holder("ciobanu", "Ion Ciobanu", "member of the friendship group", "Moldova", "a-online"),
      holder("lind", "Tarvo Lind", "Chair of the Estonia-Moldova group", "Estonia", "a-online"),
      holder("roos", "Eha Roos", "deputy", "Estonia", "a-online"),
    ],
    meetings: [
      meeting({
        id: "m-online",
        articleId: "a-online",
        participants: ["vasilache", "ciobanu", "lind", "roos"],
        countries: ["Moldova", "Estonia"],
      }),
    ],
  }),
  { now: NOW },
);

describe("the leader of a side named by its country", () => {
  it("is the one of that side whose office is to lead, not the other side's head", () => {
    const text = answerer.answer(
      "who headed the Estonian side in the online meeting with the friendship group?",
    ).text;
    expect(text).toContain("Tarvo Lind");
    expect(text).not.toContain("Vasilache");
  });
  it("is of the country named before the group, not of one named after it", () => {
    const text = answerer.answer("who led the Moldovan group that met the Estonian deputies?").text;
    expect(text).toContain("Dorin Vasilache");
    expect(text).not.toContain("Tarvo Lind");
  });
});
