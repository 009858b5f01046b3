/**
 * A name typed whole with its particle ("Samarbek uulu", "bin Tarrad"): the particle is part of the
 * name, not a word that narrows the person's meetings to the reports that happen to spell it. Invented
 * people and sentences.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

function base(): FactBase {
  return factBase({
    articles: [
      {
        id: "a-full",
        file: "full.txt",
        published: "2024-03-04",
        sentences: ["Speaker Bakyt Samarbek uulu received Speaker Orla Venn in Drosk."],
      },
      {
        id: "a-short",
        file: "short.txt",
        published: "2024-05-06",
        sentences: ["Speaker Samarbek met Speaker Tomas Irrel in Velmora."],
      },
      {
        id: "a-gulf",
        file: "gulf.txt",
        published: "2024-06-07",
        sentences: ["Sheikh Rashed bin Tarrad received Speaker Orla Venn.", "Tarrad also met Tomas Irrel."],
      },
    ],
    people: [
      speaker("samarbek", "Bakyt Samarbek uulu", "Sylvania", "a-full", ["Samarbek"]),
      speaker("venn", "Orla Venn", "Freedonia", "a-full"),
      speaker("irrel", "Tomas Irrel", "Freedonia", "a-short"),
      speaker("tarrad", "Rashed bin Tarrad", "Sylvania", "a-gulf", ["Tarrad"]),
    ],
    meetings: [
      meeting({
        id: "m1",
        articleId: "a-full",
        participants: ["samarbek", "venn"],
        place: "Drosk",
        evidence: "Speaker Bakyt Samarbek uulu received Speaker Orla Venn in Drosk.",
      }),
      meeting({
        id: "m2",
        articleId: "a-short",
        participants: ["samarbek", "irrel"],
        place: "Velmora",
        evidence: "Speaker Samarbek met Speaker Tomas Irrel in Velmora.",
      }),
      meeting({
        id: "m3",
        articleId: "a-gulf",
        participants: ["tarrad", "venn"],
        evidence: "Sheikh Rashed bin Tarrad received Speaker Orla Venn.",
      }),
      meeting({
        id: "m4",
        articleId: "a-gulf",
        participants: ["tarrad", "irrel"],
        evidence: "Tarrad also met Tomas Irrel.",
      }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });

describe("a particle typed with the name", () => {
  it("after it ('uulu') keeps every meeting of the person, also those of reports without it", () => {
    for (const q of [
      "who met Bakyt Samarbek uulu?",
      "who met bakyt samarbek uulu",
      "who met Samarbek uulu?",
    ]) {
      const text = answerer.answer(q).text;
      expect(text).toContain("Orla Venn");
      expect(text).toContain("Tomas Irrel");
    }
  });
  it("inside it ('bin') is no keyword either", () => {
    const text = answerer.answer("who met Rashed bin Tarrad?").text;
    expect(text).toContain("Orla Venn");
    expect(text).toContain("Tomas Irrel");
    expect(answerer.parse("who met Rashed bin Tarrad?").keywords).toEqual([]);
  });
  it("leaves the other words to narrow ('in Drosk')", () => {
    const text = answerer.answer("who did Samarbek uulu meet in Drosk?").text;
    expect(text).toContain("Orla Venn");
    expect(text).not.toContain("Tomas Irrel");
  });
});
