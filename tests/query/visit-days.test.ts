/**
 * "when did X begin her visit to Y?", "when is X's trip to Y?": reports date the journey once, in the
 * sentence with a word of travel and a day, and the talks held during it not at all. That sentence
 * answers, with a day told relative to the report ("yesterday") worked out from the report's date; a
 * meeting with a date of its own answers by its date as before. Names and places invented.
 */
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const people = [
  speaker("varga", "Ilona Varga", "Hungary", "a-began"),
  speaker("kastell", "Oren Kastell", "Norway", "a-began"),
  speaker("tomm", "Edvin Tomm", "Estonia", "a-trip"),
  speaker("lusk", "Pavo Lusk", "Finland", "a-trip"),
];
const articles = [
  {
    id: "a-began",
    file: "a-began.txt",
    published: "2024-03-12",
    sentences: [
      "Speaker Ilona Varga began an official visit to Norway yesterday to deepen ties.",
      "Varga held talks with Speaker Oren Kastell on energy.",
    ],
  },
  {
    id: "a-trip",
    file: "a-trip.txt",
    sentences: [
      "During the trip, Speaker Edvin Tomm will be accompanied by three deputies.",
      "From May 4 to 6, Speaker Edvin Tomm will travel to Finland at the invitation of Pavo Lusk.",
    ],
  },
];
const ask = (meetings: Meeting[], q: string) =>
  new Answerer(factBase({ articles, people, meetings }), { now: NOW }).answer(q).text;
const talks = meeting({ id: "m-talks", articleId: "a-began", participants: ["varga", "kastell"] });
const planned = meeting({
  id: "m-plan",
  articleId: "a-trip",
  participants: ["tomm", "lusk"],
  status: "planned",
});

describe("the days of a visit asked about", () => {
  it("are the day its report tells, worked out from the report's date", () => {
    const text = ask([talks, planned], "when did Varga begin her official visit to Norway?");
    expect(text).toContain("11 March 2024");
    expect(text).toContain("began an official visit to Norway yesterday");
    // The talks of the visit follow, undated as recorded.
    expect(text).toContain("Ilona Varga and Oren Kastell met");
  });
  it("are quoted from the sentence that names them, not another sentence about the trip", () => {
    const text = ask([talks, planned], "when is the Estonian speaker's trip to Finland?");
    expect(text).toContain("From May 4 to 6");
    expect(text).not.toContain("accompanied");
  });
  it("are the meeting's own date when it has one", () => {
    const dated = { ...talks, date: { start: "2024-03-11", basis: "stated" as const } };
    const text = ask([dated, planned], "when did Varga begin her official visit to Norway?");
    expect(text).toContain("11 March 2024");
    expect(text).not.toContain("yesterday");
  });
});
