/**
 * Names typed loosely: in a question typed all in lower case, a word beside a name spelled only alike
 * belongs to that name when no article has it, so an unknown full name is never answered for someone
 * whose surname is near it; and a near spelling of a given name alone is not taken for that person.
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
    { id: "oskarsson", name: "Darvin Oskarsson", aliases: [], country: "Iceland", roles: [] },
    { id: "lindqvist", name: "Petra Lindqvist", aliases: [], country: "Sweden", roles: [] },
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
    meeting({ id: "m-nordic", articleId: "a-riga", participants: ["oskarsson", "lindqvist"] }),
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

describe("near spellings of a given name", () => {
  it("does not take a near spelling of a given name alone for that person", () => {
    expect(ask("who met Darvim?")).not.toContain("Lindqvist");
  });
  it("corrects a near spelling of a surname, or of a given name beside the exact surname", () => {
    expect(ask("who met Oskarson?")).toContain("Petra Lindqvist");
    expect(ask("who met Darvim Oskarsson?")).toContain("Petra Lindqvist");
  });
});
