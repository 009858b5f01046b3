/**
 * "where did Iceland and Chile meet?" when no meeting joins them: the reply says so naming each country
 * once ("no meeting of Iceland with Chile"), then the meetings of the first. Invented people.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const answerer = new Answerer(
  factBase({
    articles: [
      {
        id: "a-reyk",
        file: "reyk.txt",
        published: "2024-02-02",
        sentences: ["Speaker Ilona Varga received Speaker Oren Kastell in Reykjavik."],
      },
    ],
    people: [
      speaker("varga", "Ilona Varga", "Iceland", "a-reyk"),
      speaker("kastell", "Oren Kastell", "Norway", "a-reyk"),
    ],
    meetings: [
      meeting({
        id: "m1",
        articleId: "a-reyk",
        participants: ["varga", "kastell"],
        countries: ["Iceland", "Norway"],
        place: "Reykjavik",
      }),
    ],
  }),
  { now: NOW },
);

describe("two countries that never met", () => {
  it("are each named once in the notice", () => {
    const text = answerer.answer("where did Iceland and Chile meet?").text;
    expect(text).toContain("No meeting of Iceland with Chile is recorded.");
    expect(text).not.toContain("Iceland and Chile with");
    expect(text).toContain("Reykjavik");
  });
});
