/**
 * "who is T. Vennara?": when the question spells a person's name as only some reports do, the reader
 * likely has one of those in mind, so an office's line cites them first; the offices keep their order
 * (newest first), and a spelling every report shares changes nothing. Invented people and reports.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report } from "./fixture.ts";

function base(): FactBase {
  return factBase({
    articles: [
      report("a-old", "2019-02-01", "Speaker T. Vennara of the Drosk Senate met Oren Kastell."),
      report("a-mid", "2023-03-01", "Drosk Senate Speaker Talia Vennaya received Oren Kastell."),
      report("a-new1", "2024-04-01", "Speaker of the Drosk Senate Talia Vennaya met Ilse Marrow."),
      report("a-new2", "2024-05-01", "Talia Vennaya, Speaker of the Drosk Senate, hosted Ilse Marrow."),
      report("a-new3", "2024-06-01", "Talia Vennaya, Speaker of the Drosk Senate, hosted Pavel Grodin."),
    ],
    people: [
      {
        id: "vennaya",
        name: "Talia Vennaya",
        aliases: ["T. Vennara", "Vennaya"],
        country: "Freedonia",
        roles: ["a-old", "a-mid", "a-new1", "a-new2", "a-new3"].map((articleId) => ({
          title: "Speaker of the Drosk Senate",
          country: "Freedonia",
          articleId,
        })),
      },
      { id: "kastell", name: "Oren Kastell", aliases: [], roles: [] },
      { id: "marrow", name: "Ilse Marrow", aliases: [], roles: [] },
      { id: "grodin", name: "Pavel Grodin", aliases: [], roles: [] },
    ],
    meetings: [
      meeting({ id: "m1", articleId: "a-old", participants: ["vennaya", "kastell"] }),
      meeting({ id: "m2", articleId: "a-mid", participants: ["vennaya", "kastell"] }),
      meeting({ id: "m3", articleId: "a-new1", participants: ["vennaya", "marrow"] }),
      meeting({ id: "m4", articleId: "a-new2", participants: ["vennaya", "marrow"] }),
      meeting({ id: "m5", articleId: "a-new3", participants: ["vennaya", "grodin"] }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });
const cited = (question: string) => answerer.answer(question).sources.map((s) => s.file);

describe("a name spelled as only some reports spell it", () => {
  it("cites those reports first", () => {
    expect(cited("who is T. Vennara?")[0]).toBe("a-old.txt");
  });
  it("cites the newest of them when most reports spell it so", () => {
    expect(cited("who is Talia Vennaya?")).toEqual(["a-new3.txt", "a-new2.txt", "a-new1.txt"]);
  });
});
