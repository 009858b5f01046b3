/**
 * A header says what all lines share, but "(the article gives no date)" speaks of one article: the
 * undated meetings of several reports each say it on their own line, while those of one report share it
 * in the header. Invented people and reports.
 */
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const article = (id: string, sentence: string) => ({ id, file: `${id}.txt`, sentences: [sentence] });

const answererOf = (meetings: Meeting[]) =>
  new Answerer(
    factBase({
      articles: [
        article("a-one", "Speaker Ilona Varga received Oren Kastell, and then Pavel Grodin."),
        article("a-two", "Speaker Ilona Varga met Tomas Irrel in Drosk."),
      ],
      people: [
        speaker("varga", "Ilona Varga", "Freedonia", "a-one"),
        speaker("kastell", "Oren Kastell", "Sylvania", "a-one"),
        speaker("grodin", "Pavel Grodin", "Sylvania", "a-one"),
        speaker("irrel", "Tomas Irrel", "Sylvania", "a-two"),
      ],
      meetings,
    }),
    { now: NOW },
  );

const ofOne = [
  meeting({ id: "m1", articleId: "a-one", participants: ["varga", "kastell"] }),
  meeting({ id: "m2", articleId: "a-one", participants: ["varga", "grodin"] }),
];
const ofTwo = meeting({ id: "m3", articleId: "a-two", participants: ["varga", "irrel"], place: "Drosk" });

describe("undated meetings in one reply", () => {
  it("of several reports say so on each line, not once for 'the article'", () => {
    const [header, ...lines] = answererOf([...ofOne, ofTwo])
      .answer("who met Varga?")
      .text.split("\n");
    expect(header).not.toContain("no date");
    const listed = lines.filter((l) => l.startsWith("•"));
    expect(listed).toHaveLength(3);
    expect(listed.every((l) => l.includes("no date"))).toBe(true);
  });
  it("of one report share it in the header", () => {
    const [header, ...lines] = answererOf(ofOne).answer("who met Varga?").text.split("\n");
    expect(header).toContain("no date");
    expect(lines.filter((l) => l.startsWith("•")).some((l) => l.includes("no date"))).toBe(false);
  });
});
