/**
 * "at what event did X meet Y?": the occasion of each of their meetings, from the meeting records (a
 * sentence alone may tell of another of their meetings), and "event" is the kind of answer asked, not a
 * word their reports must have. A question about another event than the meeting is not this one.
 * Invented people, places and events.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

function base(): FactBase {
  return factBase({
    articles: [
      {
        id: "a-summit",
        file: "summit.txt",
        published: "2025-10-02",
        sentences: [
          "Speaker Ilona Varga met Speaker Oren Kastell in Velmora.",
          "The talks were held within the framework of the Drosk Summit of Speakers of the G7 countries (D7).",
        ],
      },
      {
        id: "a-visit",
        file: "visit.txt",
        published: "2022-10-06",
        sentences: [
          "Speaker Ilona Varga, on a working visit to Ostrava, held talks with Oren Kastell.",
          "Varga said such events were of prime significance.",
        ],
      },
    ],
    people: [
      speaker("varga", "Ilona Varga", "Freedonia", "a-summit"),
      speaker("kastell", "Oren Kastell", "Sylvania", "a-summit"),
    ],
    meetings: [
      meeting({
        id: "m1",
        articleId: "a-summit",
        participants: ["varga", "kastell"],
        place: "Velmora",
        occasion: "Drosk Summit of Speakers of the G",
        date: { start: "2025-10-02", basis: "stated" },
      }),
      meeting({
        id: "m2",
        articleId: "a-visit",
        participants: ["varga", "kastell"],
        place: "Ostrava",
        occasion: "working visit",
        date: { start: "2022-10-06", basis: "stated" },
      }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });

describe("the event two people met at", () => {
  it("is given for each of their meetings, with its report", () => {
    for (const q of [
      "at what event did Ilona Varga meet Oren Kastell",
      "On the sidelines of which summit did Varga meet Kastell?",
      "what forum did Varga and Kastell meet at?",
    ]) {
      const answer = answerer.answer(q);
      expect(answer.text).toContain("Drosk Summit of Speakers");
      expect(answer.sources.map((s) => s.file)).toContain("summit.txt");
    }
    expect(answerer.answer("at what event did Ilona Varga meet Oren Kastell").text).toContain(
      "working visit",
    );
  });
  it("is also quoted in full from the report, when the record keeps a short form of its name", () => {
    expect(answerer.answer("at what event did Ilona Varga meet Oren Kastell").text).toContain("(D7)");
    expect(answerer.answer("where did Ilona Varga meet Oren Kastell").text).not.toContain("(D7)");
  });
  it("is not asked by a question about another event", () => {
    expect(
      answerer.parse("which summit hosted by Freedonia was praised at the Varga-Kastell meeting?").intent,
    ).not.toBe("where");
  });
});
