/**
 * "what did X and Y agree on?": the sentence that tells what was agreed, beside the recorded topics;
 * a sentence about "the parties" counts when the paragraph it closes is about X and Y's meeting, not
 * when it is about another meeting of the same report. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-day",
      file: "day.txt",
      published: "2025-04-18",
      sentences: [
        "Speaker Irma Castell met Speaker Jon Breda on the sidelines of the assembly.",
        "The parties agreed to hold a joint session of their budget committees.",
        "On the same day, Castell met Speaker Ola Nystad.",
        "The parties also agreed to expand exchanges between the upper chambers of the two countries.",
      ],
    },
  ],
  people: [
    speaker("castell", "Irma Castell", "Spain", "a-day"),
    speaker("breda", "Jon Breda", "Italy", "a-day"),
    speaker("nystad", "Ola Nystad", "Norway", "a-day"),
  ],
  meetings: [
    meeting({
      id: "m-breda",
      articleId: "a-day",
      participants: ["castell", "breda"],
      topics: ["regional issues"],
    }),
    meeting({
      id: "m-nystad",
      articleId: "a-day",
      participants: ["castell", "nystad"],
      topics: ["fisheries"],
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("what two people agreed on", () => {
  it("is the sentence about the parties in the paragraph of their meeting", () => {
    const text = ask("what did Castell and Nystad agree on?");
    expect(text).toContain("upper chambers");
    expect(text).not.toContain("budget committees");
  });
  it("is not taken from the paragraph of another meeting of the same report", () => {
    const text = ask("what did Castell and Breda agree on?");
    expect(text).toContain("budget committees");
    expect(text).not.toContain("upper chambers");
  });
});
