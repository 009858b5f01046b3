/**
 * What the base does not hold is said as such: two known people who never met together ("I know of no
 * meeting of X and Y", not a bare "I don't know"), and a question about an event of a named period that
 * names no one is answered from the reports of that period. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW, speaker } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    {
      id: "a-forum",
      file: "forum.txt",
      published: "2021-03-04",
      sentences: [
        "Today, the first forum of river mayors took place via videoconferencing.",
        "Speaker Ilse Brautigam and Speaker Lars Ekdahl took part in the forum.",
      ],
    },
    {
      id: "a-harbour",
      file: "harbour.txt",
      published: "2022-05-02",
      sentences: [
        "Speaker Ilse Brautigam received Senator Piet Hoekstraat in Porvik.",
        "The river mayors of the region held a forum in Porvik last year.",
      ],
    },
  ],
  people: [
    speaker("brautigam", "Ilse Brautigam", "Netherlands", "a-forum"),
    speaker("ekdahl", "Lars Ekdahl", "Sweden", "a-forum"),
    speaker("hoekstraat", "Piet Hoekstraat", "Netherlands", "a-harbour"),
  ],
  meetings: [
    meeting({
      id: "m-forum",
      articleId: "a-forum",
      participants: ["brautigam", "ekdahl"],
      date: { start: "2021-03-04", basis: "stated" },
    }),
    meeting({
      id: "m-harbour",
      articleId: "a-harbour",
      participants: ["brautigam", "hoekstraat"],
      date: { start: "2022-05-02", basis: "stated" },
      place: "Porvik",
    }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("two known people who never met together", () => {
  it.each(["when did Ekdahl meet Hoekstraat?", "where did Ekdahl meet Hoekstraat?"])("%s", (q) => {
    expect(ask(q)).toBe("I know of no meeting of Lars Ekdahl and Piet Hoekstraat.");
  });
  it("differ from people who did meet", () => {
    expect(ask("where did Brautigam meet Hoekstraat?")).toContain("met in Porvik");
  });
});

describe("an event of a named period, with no one named", () => {
  it("is answered from the reports of that period", () => {
    const text = ask("How was the March 2021 river mayors forum held?");
    expect(text).toContain("took place via videoconferencing");
    expect(text).not.toContain("Porvik");
  });
  it("is off topic when those reports do not hold its words", () => {
    expect(ask("How was the March 2021 orchestra concert held?")).toMatch(/^I only know about meetings/);
  });
});
