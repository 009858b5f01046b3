/**
 * "What was signed?" with no signing recorded: the quote is the best of the sentences that tell of a
 * signing, not the best sentence of the report (its title has more of the question's words) kept only
 * if it happens to tell of one. Names and places invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { askThroughCli, factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-centre",
      file: "centre.txt",
      published: "2024-01-26",
      sentences: [
        "Deputies visit the Orvel Treaty Centre headquarters",
        "Deputies led by Ilona Varga visited the Orvel Treaty Centre headquarters in Drosk.",
        "At the event, Deputy Minister Oren Kastell and Orvel Secretary General Mira Telen signed a Roadmap for 2025.",
      ],
    },
    {
      id: "a-other",
      file: "other.txt",
      published: "2024-02-26",
      sentences: ["Ilona Varga met Senator Pavo Rensik in Brask.", "They spoke about bridges."],
    },
  ],
  people: [
    speaker("varga", "Ilona Varga", "Hungary", "a-centre"),
    speaker("rensik", "Pavo Rensik", "Austria", "a-other"),
  ],
  meetings: [
    meeting({ id: "m-other", articleId: "a-other", participants: ["varga", "rensik"], place: "Brask" }),
  ],
});

describe("a signing told only in a sentence", () => {
  it("quotes the sentence that tells of the signing", () => {
    const reply = new Answerer(base, { now: NOW }).answer(
      "what document was signed during the deputies' visit to the Orvel Treaty Centre headquarters?",
    );
    expect(reply.text).toContain("Roadmap for 2025");
    expect(reply.sources.map((s) => s.articleId)).toEqual(["a-centre"]);
  });

  it("answers through `parlbot ask` the same way", () => {
    const { status, answer } = askThroughCli(
      base,
      "what was signed at the Orvel Treaty Centre headquarters?",
    );
    expect(status).toBe(0);
    expect(answer?.text).toContain("Roadmap for 2025");
  });
});
