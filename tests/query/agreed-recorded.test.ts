/**
 * "what did X and Y agree on?" answered by the steps agreed and documents signed that extraction
 * recorded; "what did X and Y sign?" tells a step agreed as agreed, not as signed. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-talks",
      file: "talks.txt",
      published: "2025-03-12",
      sentences: [
        "Speaker Irma Castell met Speaker Jon Breda in Orvell.",
        "The sides agreed to establish a standing dialogue of their farm committees.",
      ],
    },
  ],
  people: [
    speaker("castell", "Irma Castell", "Spain", "a-talks"),
    speaker("breda", "Jon Breda", "Italy", "a-talks"),
  ],
  meetings: [
    meeting({
      id: "m-talks",
      articleId: "a-talks",
      participants: ["castell", "breda"],
      topics: ["trade and logistics"],
      agreements: [
        "agreed to establish a standing dialogue of their farm committees",
        "memorandum on youth exchanges",
      ],
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("what was agreed, as recorded", () => {
  it("answers 'agree on' with the steps agreed and the documents, then the topics", () => {
    const text = ask("what did Castell and Breda agree on?");
    expect(text).toContain("standing dialogue of their farm committees");
    expect(text).toContain("memorandum on youth exchanges");
  });
  it("tells a step agreed apart from a document signed", () => {
    const text = ask("what did Castell and Breda sign?");
    expect(text).toMatch(/memorandum on youth exchanges — signed by/);
    expect(text).not.toMatch(/farm committees — signed by/);
    expect(text).toContain("agreed to establish a standing dialogue");
  });
});
