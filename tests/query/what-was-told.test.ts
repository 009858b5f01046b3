/**
 * "what did X tell Y about?": the answer is the sentence in which X tells, informs, briefs or explains,
 * which mostly calls Y "them", "him" or "the guests"; in a report of several meetings, the one told
 * after Y is named, not what X told someone else met there. Invented people and sentences.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-delegation",
      file: "delegation.txt",
      published: "2024-04-02",
      sentences: [
        "Speaker Ilona Varga met a delegation of the Sylvanian parliament headed by Tomas Greve in Drosk.",
        "The heads of the delegations of the two chambers discussed trade.",
        "She told them about the new water code adopted by the chamber this spring.",
      ],
    },
    {
      id: "a-day",
      file: "day.txt",
      published: "2024-05-02",
      sentences: [
        "Speaker Ilona Varga had breakfast with Pia Lindqvist.",
        "Varga then met Oren Kastell in the morning.",
        "She informed him about the budget reform.",
        "Later Varga received Mira Kovet.",
        "Varga briefed the guest on the rail corridor to the coast.",
      ],
    },
  ],
  people: [
    speaker("varga", "Ilona Varga", "Freedonia", "a-delegation"),
    speaker("greve", "Tomas Greve", "Sylvania", "a-delegation"),
    speaker("kastell", "Oren Kastell", "Sylvania", "a-day"),
    speaker("kovet", "Mira Kovet", "Sylvania", "a-day"),
    speaker("lindqvist", "Pia Lindqvist", "Sylvania", "a-day"),
  ],
  meetings: [
    meeting({ id: "m1", articleId: "a-delegation", participants: ["varga", "greve"], place: "Drosk" }),
    meeting({ id: "m2", articleId: "a-day", participants: ["varga", "lindqvist"] }),
    meeting({ id: "m3", articleId: "a-day", participants: ["varga", "kastell"] }),
    meeting({ id: "m4", articleId: "a-day", participants: ["varga", "kovet"] }),
  ],
});

const answerer = new Answerer(base, { now: NOW });
const text = (question: string) => answerer.answer(question).text;

describe("what someone told others", () => {
  it("is the sentence that tells, not the one that repeats the question's words for the listeners", () => {
    const reply = text("what did Varga tell the heads of the delegations about?");
    expect(reply).toContain("water code");
    expect(reply).not.toContain("discussed trade");
  });
  it("is what was told after the person asked about is named, in a report of several meetings", () => {
    expect(text("what did Varga tell Kovet?")).toContain("rail corridor");
    expect(text("what did Varga tell Kastell about?")).toContain("budget reform");
    expect(text("what did Varga tell Kastell about?")).not.toContain("rail corridor");
  });
  it("is not what was told to someone else met in the same report", () => {
    const reply = text("what did Varga tell Lindqvist?");
    expect(reply).not.toContain("budget reform");
    expect(reply).not.toContain("rail corridor");
    expect(reply).toContain("Pia Lindqvist");
  });
});
