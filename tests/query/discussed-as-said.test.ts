/**
 * "What did X and Y discuss?" with no topics recorded: when no sentence naming both says "discussed",
 * the one that tells what one side said to the other ("highlighted", "stressed") gives the matter of
 * the talks. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { reportedAs } from "../../src/query/reported-words.ts";
import { stem } from "../../src/text/stem.ts";
import { factBase, NOW, vargaAndKastell } from "./fixture.ts";

const pair = vargaAndKastell("a-talks");

const base = factBase({
  articles: [
    {
      id: "a-talks",
      file: "talks.txt",
      published: "2024-04-02",
      sentences: [
        "Speaker Ilona Varga met Speaker Oren Kastell in Drosk.",
        "During the talks with Oren Kastell, Ilona Varga highlighted the river treaty of the two countries.",
        "Varga later visited the harbour.",
      ],
    },
  ],
  people: pair.people,
  meetings: [pair.meeting],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("what two sides discussed, no topic recorded", () => {
  it("is told by what one said to the other in a sentence naming both", () => {
    const text = ask("What did Varga and Kastell discuss?");
    expect(text).toContain("river treaty");
    expect(text).not.toContain("harbour");
  });
  it("counts 'highlighted' and 'voiced' as words of saying", () => {
    expect(reportedAs(stem("say"))).toEqual(expect.arrayContaining([stem("highlighted"), stem("voiced")]));
  });
});
