/**
 * An office in a question ("the Norwegian and Finnish parliament speakers") describes people, and
 * "attended" says they took part; neither is a word an encounter's report must hold. Every report of two speakers has "Speaker" somewhere, so as such
 * a word it would choose among their meetings by how each report happens to word them. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      ...report(
        "a-old",
        "2019-05-14",
        "Chairman of the Storting Eirik Varden met his Finnish counterpart Aino Kettu.",
      ),
      sentences: [
        "Chairman of the Storting Eirik Varden met his Finnish counterpart Aino Kettu.",
        "The Finnish Speaker praised the ties between the two countries.",
        "The talks were attended by deputies of both parliaments.",
      ],
    },
    report("a-new", "2024-10-02", "The Speakers Sigrid Holm and Veli Marttila held talks in Oslo."),
  ],
  people: [
    speaker("varden", "Eirik Varden", "Norway", "a-old"),
    speaker("kettu", "Aino Kettu", "Finland", "a-old"),
    speaker("holm", "Sigrid Holm", "Norway", "a-new"),
    speaker("marttila", "Veli Marttila", "Finland", "a-new"),
  ],
  meetings: [
    meeting({
      id: "m-old",
      articleId: "a-old",
      participants: ["varden", "kettu"],
      countries: ["Norway", "Finland"],
      date: { start: "2019-05-14", basis: "stated" },
      evidence: "Chairman of the Storting Eirik Varden met his Finnish counterpart Aino Kettu.",
    }),
    meeting({
      id: "m-new",
      articleId: "a-new",
      participants: ["holm", "marttila"],
      countries: ["Norway", "Finland"],
      place: "Oslo",
      evidence: "The Speakers Sigrid Holm and Veli Marttila held talks in Oslo.",
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("an office asked about", () => {
  it("keeps every meeting of the countries, however its report words the office", () => {
    const text = ask("When did the Norwegian and Finnish parliament speakers meet?");
    expect(text).toContain("14 May 2019");
    expect(text).toContain("Sigrid Holm");
  });
  it("keeps them however their reports word taking part", () => {
    // Every meeting was attended by someone: the report that says "attended" is no likelier the one asked.
    const text = ask("Which Norwegian parliament speaker attended the talks?");
    expect(text).toContain("Sigrid Holm");
    expect(text).toContain("Eirik Varden");
  });
  it("still lets the other words choose the meeting", () => {
    const text = ask("When did the Norwegian and Finnish speakers meet in Oslo?");
    expect(text).toContain("Sigrid Holm");
    expect(text).not.toContain("14 May 2019");
  });
});
