/**
 * "who heads the X group?", "which MP chairs the X league?": who leads a body, asked with a verb, is
 * answered with the person whose title names that body, not with meetings; an office of another
 * country's body is never that one, and of two titles of one report with the same words, the one with
 * the question's words in their order names the body asked about. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW } from "./fixture.ts";

const person = (id: string, name: string, country: string, title: string, articleId: string) => ({
  id,
  name,
  aliases: [],
  country,
  roles: [{ title, country, articleId }],
});

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    {
      id: "a-league",
      file: "league.txt",
      published: "2023-03-01",
      sentences: [
        "Milan Ostra, who heads the Norway-Chile Parliamentary League of Friendship, received Pablo Reyes.",
        "Reyes chairs the Chile-Norway Parliamentary Friendship League.",
      ],
    },
    {
      id: "a-group",
      file: "group.txt",
      published: "2024-06-01",
      sentences: [
        "Ilse Vask, head of the working group on interparliamentary relations, met Speaker Juri Tamm.",
      ],
    },
  ],
  people: [
    person(
      "ostra",
      "Milan Ostra",
      "Norway",
      "Chairman of the Norway-Chile Parliamentary League of Friendship",
      "a-league",
    ),
    person(
      "reyes",
      "Pablo Reyes",
      "Chile",
      "President of the Chile-Norway Parliamentary Friendship League",
      "a-league",
    ),
    person(
      "vask",
      "Ilse Vask",
      "Estonia",
      "Head of the Working Group on Interparliamentary Relations",
      "a-group",
    ),
    person("tamm", "Juri Tamm", "Finland", "Speaker of the Eduskunta", "a-group"),
  ],
  meetings: [
    meeting({
      id: "m-league",
      articleId: "a-league",
      participants: ["ostra", "reyes"],
      countries: ["Norway", "Chile"],
    }),
    meeting({ id: "m-group", articleId: "a-group", participants: ["vask", "tamm"] }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("who leads a body, asked with a verb", () => {
  it("names the holder of the title, in the question's word order", () => {
    const text = ask("who chairs the Norway-Chile Parliamentary League of Friendship?");
    expect(text).toMatch(/^Chair of the Norway-Chile Parliamentary League of Friendship:/);
    expect(text).toContain("Milan Ostra");
    expect(text).not.toContain("Pablo Reyes");
  });
  it("reads 'which MP heads' as the same question", () => {
    const text = ask("which MP heads the working group on interparliamentary relations?");
    expect(text).toContain("Ilse Vask, Head of the Working Group on Interparliamentary Relations");
    expect(text).not.toContain("met");
  });
  it("never gives the office of another country's body", () => {
    expect(ask("who heads the Latvian group on interparliamentary relations?")).toMatch(
      /^I don't know who holds/,
    );
  });
  it("leaves a question that names someone to the other answers", () => {
    expect(ask("who heads the delegation that met Tamm?")).toContain("Ilse Vask");
    expect(ask("who heads the delegation that met Tamm?")).not.toMatch(/^Head of/);
  });
});
