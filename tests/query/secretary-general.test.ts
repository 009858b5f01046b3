/**
 * "who is the X secretary general?": the post that runs a body's secretariat has one holder, named by
 * the newest report that gives that title for that body; not a leader of it, not a deputy, not another
 * body's secretary general. Names and bodies invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW } from "./fixture.ts";

const person = (id: string, name: string, title: string, body: string, articleId: string) => ({
  id,
  name,
  aliases: [],
  roles: [{ title, body, articleId }],
});

function base(): FactBase {
  return factBase({
    articles: [
      {
        id: "a-old",
        file: "old.txt",
        published: "2017-05-02",
        sentences: ["Speaker Oren Kastell received Dario Lentz, Secretary General of VELPA."],
      },
      {
        id: "a-new",
        file: "new.txt",
        published: "2023-09-14",
        sentences: [
          "VELPA Secretary General Ilka Marrow welcomed Speaker Oren Kastell, with Deputy Secretary General Tavi Rusk.",
          "The President of VELPA, Sela Quorn, opened the session.",
          "The report mentioned the budget.",
        ],
      },
      {
        id: "a-other",
        file: "other.txt",
        published: "2024-01-20",
        sentences: ["Speaker Oren Kastell met Nils Adder, Secretary General of the Drosk Forum."],
      },
    ],
    people: [
      person("kastell", "Oren Kastell", "Speaker", "Freedonian Assembly", "a-old"),
      person("lentz", "Dario Lentz", "Secretary General of VELPA", "VELPA", "a-old"),
      person("marrow", "Ilka Marrow", "VELPA Secretary General", "VELPA", "a-new"),
      person("rusk", "Tavi Rusk", "Deputy Secretary General", "VELPA", "a-new"),
      person("quorn", "Sela Quorn", "President of VELPA", "VELPA", "a-new"),
      person("adder", "Nils Adder", "Secretary General of the Drosk Forum", "Drosk Forum", "a-other"),
    ],
    meetings: [
      meeting({ id: "m1", articleId: "a-old", participants: ["kastell", "lentz"] }),
      meeting({ id: "m2", articleId: "a-new", participants: ["marrow", "kastell"] }),
      meeting({ id: "m3", articleId: "a-other", participants: ["kastell", "adder"] }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });

describe("who is the secretary general of a body", () => {
  it("is the holder in the newest report, however the title is worded", () => {
    for (const q of [
      "who is the VELPA secretary general?",
      "Who is the Secretary-General of VELPA?",
      "who is the VELPA secretary general mentioned in the report",
    ]) {
      const text = answerer.answer(q).text;
      expect(text).toContain("Ilka Marrow");
      expect(text).not.toContain("Dario Lentz");
      expect(text).not.toContain("Sela Quorn");
    }
  });
  it("is announced by the title alone, without where the reader saw it", () => {
    const text = answerer.answer("who is the VELPA secretary general mentioned in the report").text;
    expect(text.split("\n")[0]).toBe("VELPA secretary general:");
  });
  it("is not the deputy, unless the deputy is asked for", () => {
    expect(answerer.answer("who is the VELPA secretary general?").text).not.toContain("Tavi Rusk");
    expect(answerer.answer("who is the deputy secretary general of VELPA?").text).toContain("Tavi Rusk");
  });
  it("is another body's holder for another body", () => {
    const text = answerer.answer("who is the secretary general of the Drosk Forum?").text;
    expect(text).toContain("Nils Adder");
    expect(text).not.toContain("Ilka Marrow");
  });
  it("leaves the leader's question to the leader", () => {
    expect(answerer.answer("who is the President of VELPA?").text).toContain("Sela Quorn");
  });
});
