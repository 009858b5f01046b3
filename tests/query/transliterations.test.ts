/**
 * One person spelled two ways by two outlets ("Sergei Naryshkin", "Sergy Naryshikin"): a pair question
 * asked with one spelling finds the meeting recorded under the other. Namesakes of other countries,
 * and relatives whose given names differ, stay apart. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-one",
      file: "one.txt",
      published: "2024-03-05",
      sentences: ["Speaker Dmitri Velchenkov met Speaker Orna Tascal."],
    },
    {
      id: "a-two",
      file: "two.txt",
      published: "2024-05-10",
      sentences: ["Dmitry Velchenkhov will be received by Speaker Hadi Rumel."],
    },
    {
      id: "a-three",
      file: "three.txt",
      published: "2024-06-10",
      sentences: ["Senator Mara Velchenkhov met Speaker Lio Pandu."],
    },
  ],
  people: [
    speaker("velchenkov", "Dmitri Velchenkov", "Ruritania", "a-one"),
    speaker("velchenkhov", "Dmitry Velchenkhov", "Ruritania", "a-two"),
    speaker("mara", "Mara Velchenkhov", "Ruritania", "a-three"),
    speaker("tascal", "Orna Tascal", "Norway", "a-one"),
    speaker("rumel", "Hadi Rumel", "Egypt", "a-two"),
    speaker("pandu", "Lio Pandu", "Kenya", "a-three"),
  ],
  meetings: [
    meeting({ id: "m-one", articleId: "a-one", participants: ["velchenkov", "tascal"] }),
    meeting({
      id: "m-two",
      articleId: "a-two",
      participants: ["velchenkhov", "rumel"],
      status: "planned",
      date: { start: "2024-05-14", basis: "stated" },
    }),
    meeting({ id: "m-three", articleId: "a-three", participants: ["mara", "pandu"] }),
  ],
});
const answerer = new Answerer(base, { now: NOW });

describe("one person transliterated two ways", () => {
  it("answers a pair question asked with the other spelling", () => {
    expect(answerer.answer("when will Rumel receive Dmitri Velchenkov?").text).toContain("14 May 2024");
  });

  it("reads both spellings as one person", () => {
    const [mention] = answerer.parse("who met Dmitri Velchenkov?").people;
    expect(mention?.ids).toEqual(expect.arrayContaining(["velchenkov", "velchenkhov"]));
  });

  it("keeps a namesake with another given name apart", () => {
    const reply = answerer.answer("who met Dmitri Velchenkov?").text;
    expect(reply).not.toContain("Pandu");
  });
});
