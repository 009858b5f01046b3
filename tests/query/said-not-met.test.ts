/**
 * What someone said is answered from the sentence that says it, wherever it stands: "where did X say
 * she hoped to travel?" asks for a place in X's words, not for where X met someone, and the words may
 * stand in a report of no meeting of X's (a phone call, a statement). Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { detectIntent } from "../../src/query/intent.ts";
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
        "They discussed the river treaty.",
      ],
    },
    {
      id: "a-call",
      file: "call.txt",
      published: "2024-06-11",
      sentences: [
        "Speaker Ilona Varga spoke by phone with the head of the Tarnhalt assembly.",
        "Varga expressed hope that she would travel to Portugal in the autumn.",
      ],
    },
  ],
  people: pair.people,
  meetings: [pair.meeting],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a place or time in what someone said", () => {
  it("is asked by 'where/when did X say …', not by 'where/when did X meet …'", () => {
    expect(detectIntent("where did Varga say she hoped to travel?")).toBe("open");
    expect(detectIntent("when did Varga announce the session?")).toBe("open");
    expect(detectIntent("where did Varga meet Kastell?")).toBe("where");
    expect(detectIntent("when did Varga say she met Kastell?")).toBe("when");
  });
  it("is found in a report of no meeting of theirs when their meetings' reports lack it", () => {
    const text = ask("where did Varga say she hoped to travel?");
    expect(text).toContain("Portugal");
    expect(text).toContain("call.txt");
  });
  it("leaves a meeting's place to the meeting", () => {
    expect(ask("where did Varga meet Kastell?")).toContain("Drosk");
  });
});
