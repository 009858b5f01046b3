/**
 * "what position did X hold when he met the Chilean ambassador?", "who was X in 2019?": the roles of the
 * reports of the meetings the question points at, not every role X ever had; without such a pointer,
 * all of them. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    { id: "a-2019", file: "committee.txt", published: "2019-05-02", sentences: [] },
    { id: "a-2024", file: "senate.txt", published: "2024-09-10", sentences: [] },
  ],
  people: [
    {
      id: "varga",
      name: "Tibor Varga",
      aliases: [],
      country: "Hungary",
      roles: [
        { title: "Chairman of the Foreign Affairs Committee", country: "Hungary", articleId: "a-2019" },
        { title: "Speaker of the Senate", country: "Hungary", articleId: "a-2024" },
      ],
    },
    {
      id: "rojas",
      name: "Elena Rojas",
      aliases: [],
      country: "Chile",
      roles: [{ title: "Ambassador of Chile", country: "Chile", articleId: "a-2019" }],
    },
    {
      id: "lind",
      name: "Per Lind",
      aliases: [],
      country: "Sweden",
      roles: [{ title: "Speaker of the Riksdag", country: "Sweden", articleId: "a-2024" }],
    },
  ],
  meetings: [
    meeting({
      id: "m-2019",
      articleId: "a-2019",
      participants: ["varga", "rojas"],
      countries: ["Hungary", "Chile"],
      date: { start: "2019-05-02", basis: "stated" },
    }),
    meeting({
      id: "m-2024",
      articleId: "a-2024",
      participants: ["varga", "lind"],
      countries: ["Hungary", "Sweden"],
      date: { start: "2024-09-10", basis: "stated" },
    }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("roles of the meetings a question points at", () => {
  it("a counterpart's country: the role of that meeting's report only", () => {
    const text = ask("What position did Varga hold when he met the Chilean ambassador?");
    expect(text).toContain("Chairman of the Foreign Affairs Committee");
    expect(text).not.toContain("Speaker of the Senate");
  });
  it("a year: the role of that year's report only", () => {
    const text = ask("who was Varga in 2024?");
    expect(text).toContain("Speaker of the Senate");
    expect(text).not.toContain("Foreign Affairs Committee");
  });
  it("nothing pointed at: every role", () => {
    const text = ask("who is Varga?");
    expect(text).toContain("Speaker of the Senate");
    expect(text).toContain("Foreign Affairs Committee");
  });
});
