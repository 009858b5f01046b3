/**
 * "did X meet Y?", "did X visit Mongolia?" answered no: the sentence that names X with the other side
 * (an invitation, greetings conveyed, a meeting still unconfirmed) comes right under the "no", one at
 * most, the one with most of the question's words. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

// One sentence a report: the sentence is looked for in every report that names the person asked.
const base = factBase({
  articles: [
    report("a-talks", "2024-03-11", "Speaker Tomas Verhagen met Speaker Piet Dorne in Velm."),
    report("a-invite", "2024-03-12", "Dorne handed Verhagen an invitation to visit Mongolia."),
    report("a-thanks", "2024-03-13", "Verhagen also thanked Mongolia for its support."),
    report("a-plans", "2024-03-14", "Verhagen's meeting with Ilse Marrow has not yet been confirmed."),
    {
      ...report("a-kin", "2024-03-15", "Tomas Verhagen's cousin Ruud Verhagen will visit Austria."),
      sentences: ["Ruud Verhagen will visit Austria.", "Tomas Verhagen was asked to visit Austria."],
    },
  ],
  people: ["Tomas Verhagen", "Piet Dorne", "Ilse Marrow", "Anke Kessel"].map((name) =>
    speaker(name.split(" ")[1]?.toLowerCase() as string, name, "Belgium", "a-talks"),
  ),
  meetings: [
    meeting({ id: "m-talks", articleId: "a-talks", participants: ["verhagen", "dorne"], place: "Velm" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a 'no' to whether someone met or visited", () => {
  // The question, and the sentence that must come under its "no": the one naming the person with the
  // country (the one with the question's words, not "thanked Mongolia"), or with the other person, and
  // of two such sentences the one naming more of the name typed.
  it.each([
    [
      "did Verhagen visit Mongolia?",
      /^No\b[^\n]*\n• “Dorne handed Verhagen an invitation to visit Mongolia\.”/,
    ],
    ["is Verhagen's meeting with Marrow confirmed?", /\n• “Verhagen's meeting with Ilse Marrow has not yet/],
    ["did Tomas Verhagen visit Austria?", /\n• “Tomas Verhagen was asked to visit Austria\.”/],
  ])("%s", (question, sentence) => expect(ask(question)).toMatch(sentence));
  it("answers a question of travel there as one of a visit", () => {
    for (const question of ["did Verhagen travel to Mongolia?", "has Verhagen been to Mongolia?"])
      expect(ask(question)).toMatch(/^No: no meeting of Tomas Verhagen with Mongolia is recorded\.\n• “/);
  });
  it("quotes nothing when no sentence names both", () => {
    expect(ask("did Verhagen meet Kessel?")).not.toContain("“");
  });
});
