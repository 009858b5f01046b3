/**
 * "Was their meeting in person?", "did X meet Y online?": the fact base does not record how a meeting
 * was held, so the answer gives the sentence of its report that tells it (a video link, a call) first;
 * a sentence that merely has the word "person" tells nothing of it, and "in person" narrows no meeting
 * to the reports that happen to hold that word. Invented people.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const article = (id: string, published: string, sentences: string[]) => ({
  id,
  file: `${id}.txt`,
  published,
  sentences,
});

const answerer = new Answerer(
  factBase({
    articles: [
      article("a-video", "2023-06-02", [
        "Speaker Ilka Morvane held talks via video link with Speaker Dario Feltz on Thursday.",
        "The sides discussed trade and transport.",
      ]),
      article("a-visit", "2024-03-12", [
        "Speaker Ilka Morvane received Speaker Tove Quillan in Velm.",
        "Morvane called her guest a remarkable person and a friend.",
      ]),
      article("a-again", "2024-09-20", ["Speaker Ilka Morvane met Speaker Tove Quillan in Orth."]),
    ],
    people: [
      speaker("morvane", "Ilka Morvane", "Estonia", "a-video"),
      speaker("feltz", "Dario Feltz", "Austria", "a-video"),
      speaker("quillan", "Tove Quillan", "Ireland", "a-visit"),
    ],
    meetings: [
      meeting({ id: "m-video", articleId: "a-video", participants: ["morvane", "feltz"] }),
      meeting({ id: "m-visit", articleId: "a-visit", participants: ["morvane", "quillan"], place: "Velm" }),
      meeting({ id: "m-again", articleId: "a-again", participants: ["morvane", "quillan"], place: "Orth" }),
    ],
  }),
  { now: NOW },
);

describe("how a meeting was held", () => {
  it.each([
    "Was the Morvane–Feltz meeting in person?",
    "Did Morvane meet Feltz in person?",
    "did morvane and feltz meet online?",
    "Did Morvane meet Feltz face to face?",
  ])("%s is answered by the sentence that tells it, first", (q) => {
    const lines = answerer.answer(q).text.split("\n");
    expect(lines[1]).toContain("via video link");
  });
  it("is not told by a sentence that merely says 'person', and 'in person' narrows no meeting", () => {
    const text = answerer.answer("Did Morvane meet Quillan in person?").text;
    expect(text).not.toContain("remarkable person");
    expect(text).toContain("in Velm");
    expect(text).toContain("in Orth");
  });
  it("adds no sentence to a question that does not ask how", () => {
    expect(answerer.answer("Did Morvane meet Feltz?").text).not.toContain("via video link");
  });
});
