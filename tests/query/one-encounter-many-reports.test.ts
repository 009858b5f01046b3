/**
 * One encounter that several reports tell of (the announcement of a visit, then the account of its
 * talks) is one line of a "when" or "where" answer citing every report; encounters on other days stay
 * lines of their own. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const day = (start: string) => ({ start, basis: "stated" as const });
const base = factBase({
  articles: [
    {
      id: "a-announce",
      file: "announce.txt",
      published: "2024-03-01",
      sentences: ["Speaker Oren Kastell will visit Drosk on 4 March."],
    },
    {
      id: "a-talks",
      file: "talks.txt",
      published: "2024-03-05",
      sentences: ["Speaker Ilona Varga met Speaker Oren Kastell in Drosk on 4 March."],
    },
    {
      id: "a-again",
      file: "again.txt",
      published: "2024-09-10",
      sentences: ["Varga and Kastell met again in Tarnhalt on 9 September."],
    },
  ],
  people: [
    speaker("varga", "Ilona Varga", "Hungary", "a-talks"),
    speaker("kastell", "Oren Kastell", "Austria", "a-talks"),
  ],
  meetings: [
    meeting({
      id: "m-announce",
      articleId: "a-announce",
      participants: ["kastell", "varga"],
      date: day("2024-03-04"),
      status: "planned",
    }),
    meeting({
      id: "m-talks",
      articleId: "a-talks",
      participants: ["varga", "kastell"],
      date: day("2024-03-04"),
      place: "Drosk",
    }),
    meeting({
      id: "m-again",
      articleId: "a-again",
      participants: ["varga", "kastell"],
      date: day("2024-09-09"),
      place: "Tarnhalt",
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q);

describe("an encounter several reports tell of", () => {
  it("is one line citing each report", () => {
    const reply = ask("When did Varga meet Kastell?");
    const march = reply.text.split("\n").filter((line) => line.includes("4 March 2024"));
    expect(march).toHaveLength(1);
    expect(march[0]).toMatch(/\[\d\]\[\d\]$/);
    expect(reply.sources.map((s) => s.articleId)).toEqual(expect.arrayContaining(["a-talks", "a-announce"]));
  });
  it("leaves an encounter on another day a line of its own", () => {
    expect(ask("When did Varga meet Kastell?").text).toContain("9 September 2024");
  });
});
