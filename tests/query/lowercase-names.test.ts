/**
 * A question typed all in lower case: a word beside a name spelled only alike belongs to that name when
 * no article has it, so an unknown full name is never answered for someone whose surname is near it.
 * Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    {
      id: "a-riga",
      file: "riga.txt",
      published: "2024-04-03",
      sentences: ["Tomas Verbauskas met Ilze Kalnarite in Riga on Tuesday."],
    },
  ],
  people: [
    { id: "verbauskas", name: "Tomas Verbauskas", aliases: [], country: "Lithuania", roles: [] },
    { id: "kalnarite", name: "Ilze Kalnarite", aliases: [], country: "Latvia", roles: [] },
  ],
  meetings: [
    meeting({
      id: "m-riga",
      articleId: "a-riga",
      participants: ["verbauskas", "kalnarite"],
      countries: ["Lithuania", "Latvia"],
      place: "Riga",
      date: { start: "2024-04-02", basis: "stated" },
    }),
  ],
};

const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("names in a question typed in lower case", () => {
  it("reads an unknown word beside a near surname as part of one unknown name", () => {
    const text = ask("who met doran verbauskiz");
    expect(text).toMatch(/^I don't know anything about doran verbauskiz/);
    expect(text).not.toContain("Kalnarite");
  });
  it("still corrects a misspelled surname typed alone or with the person's own first name", () => {
    expect(ask("who met verbauskiz")).toContain("Ilze Kalnarite");
    expect(ask("who met tomas verbauskiz")).toContain("Ilze Kalnarite");
  });
  it("keeps an exactly spelled surname beside a misspelled ordinary word", () => {
    expect(ask("who met verbauskas yesteday")).toContain("Ilze Kalnarite");
  });
});
