/**
 * Two people whose meeting the base does not hold, and names typed with two letters swapped: invented
 * people and sentences, so that what is tested is the rule, not an article.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { isTypoOf, typoDistance } from "../../src/query/text.ts";
import { fixtureBase, NOW } from "./fixture.ts";

function baseWithUnrecordedMeeting() {
  const base = fixtureBase();
  const role = (title: string) => [{ title, body: "", country: "Freedonia", articleId: "a-velmora" }];
  base.people.push(
    { id: "brandt", name: "Orvel Brandt", aliases: ["Brandt"], country: "Freedonia", roles: role("Speaker") },
    {
      id: "quennick",
      name: "Talia Quennick",
      aliases: ["Quennick"],
      country: "Freedonia",
      roles: role("Chair"),
    },
    {
      id: "holm",
      name: "Ilsa Varnetė-Holm",
      aliases: [],
      country: "Freedonia",
      roles: role("Deputy Speaker"),
    },
  );
  base.articles.push({
    id: "a-velmora",
    file: "velmora.txt",
    outlet: "Freedonia Today",
    published: "2024-03-04",
    sentences: [
      "The parliament of Freedonia opened its spring session.",
      "On 3 March 2024 a meeting was held in Velmora between Speaker O. Brandt and Chairwoman T. Quennick.",
      "Brandt later spoke about the budget.",
      "Deputy Speaker Varnite-Holm opened the debate.",
    ],
  });
  return base;
}

describe("typos of up to two letters", () => {
  it("counts a swap of two neighbouring letters as one slip", () => {
    expect(typoDistance("bradnt", "brandt")).toBe(1);
    expect(typoDistance("brandt", "brandt")).toBe(0);
    expect(typoDistance("brnat", "brandt")).toBe(2);
  });
  it("allows one slip in a short word and two in a longer one, never in a tiny one", () => {
    expect(isTypoOf("bradnt", "brandt")).toBe(true);
    expect(isTypoOf("qenick", "quennick")).toBe(true);
    expect(isTypoOf("brnt", "brandt")).toBe(false);
    expect(isTypoOf("abc", "abd")).toBe(false);
    expect(isTypoOf("velmora", "brandt")).toBe(false);
  });
  it("answers for the person whose name was typed with two letters swapped", () => {
    const answerer = new Answerer(baseWithUnrecordedMeeting(), { now: NOW });
    expect(answerer.parse("who is bradnt").people.map((p) => p.ids)).toEqual([["brandt"]]);
  });
});

describe("a name as some article misspells it", () => {
  const answerer = new Answerer(baseWithUnrecordedMeeting(), { now: NOW });
  it("is corrected beside an exact part of the same person's name", () => {
    expect(answerer.parse("who is Varnite-Holm?").people.map((p) => p.ids)).toEqual([["holm"]]);
  });
  it("is not corrected alone, since it is a word of the articles", () => {
    expect(answerer.parse("who is Varnite?").people).toEqual([]);
  });
});

describe("two people with no recorded meeting", () => {
  const answerer = new Answerer(baseWithUnrecordedMeeting(), { now: NOW });
  it("says no meeting is recorded, then quotes the sentence that names them both", () => {
    const answer = answerer.answer("where did Brandt meet Quennick?");
    expect(answer.text).toContain("I know of no meeting of Orvel Brandt and Talia Quennick.");
    expect(answer.text).toContain("a meeting was held in Velmora between Speaker O. Brandt");
    expect(answer.sources.map((s) => s.file)).toEqual(["velmora.txt"]);
  });
  it("quotes nothing when no sentence names both", () => {
    const answer = answerer.answer("when did Brandt meet Volodin?");
    expect(answer.text).not.toContain("Velmora");
    expect(answer.sources).toEqual([]);
  });
});
