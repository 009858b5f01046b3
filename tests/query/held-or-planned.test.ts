/**
 * A question in the past tense ("where did X meet Y?", "who has X already met?") is about meetings that
 * were held: planned ones are left out when a held one remains, and kept when none does. A present of
 * movement ("when is X visiting?") asks about a plan; "which speakers attended" asks whom someone met.
 * Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { detectIntent } from "../../src/query/intent.ts";
import { asksAboutFuture, asksAboutPast } from "../../src/query/select.ts";
import { meeting, NOW, speaker } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    { id: "a-1", file: "one.txt", published: "2024-02-02", sentences: [] },
    { id: "a-2", file: "two.txt", published: "2024-09-02", sentences: [] },
  ],
  people: [
    speaker("ostrava", "Mirela Ostravic", "Croatia", "a-1"),
    speaker("dunmore", "Aidan Dunmore", "Ireland", "a-1"),
    speaker("kallas", "Tiit Kallaste", "Estonia", "a-1"),
  ],
  meetings: [
    meeting({
      id: "m-held",
      articleId: "a-1",
      participants: ["ostrava", "dunmore"],
      place: "Zagreb",
      date: { start: "2024-02-01", basis: "stated" },
    }),
    meeting({
      id: "m-planned",
      articleId: "a-2",
      participants: ["ostrava", "dunmore"],
      place: "Dublin",
      status: "planned",
    }),
    meeting({
      id: "m-only-planned",
      articleId: "a-2",
      participants: ["ostrava", "kallas"],
      place: "Tallinn",
      status: "planned",
    }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a question in the past tense", () => {
  it("answers with the held meeting, not the planned one", () => {
    const text = ask("where did Ostravic and Dunmore meet?");
    expect(text).toContain("Zagreb");
    expect(text).not.toContain("Dublin");
  });
  it("keeps planned meetings when no held one is recorded", () => {
    expect(ask("where did Ostravic and Kallaste meet?")).toContain("Tallinn");
  });
  it("keeps planned meetings when asked about the future", () => {
    expect(ask("where will Ostravic and Dunmore meet?")).toContain("Dublin");
  });
  it("leaves 'who did X meet' its planned meetings, but not 'who has X already met'", () => {
    expect(ask("who did Ostravic meet?")).toContain("Kallaste");
    const already = ask("who has Ostravic already met?");
    expect(already).toContain("Dunmore");
    expect(already).not.toContain("Kallaste");
  });
  it("is told by its verbs", () => {
    expect(asksAboutPast("when did they meet?")).toBe(true);
    expect(asksAboutPast("when will they meet?")).toBe(false);
    expect(asksAboutPast("who did X meet?", true)).toBe(false);
    expect(asksAboutPast("who has X met so far?", true)).toBe(true);
  });
});

describe("a present of movement", () => {
  it("asks about a plan: planned meetings come first", () => {
    expect(asksAboutFuture("When is the delegation visiting Estonia?")).toBe(true);
    expect(asksAboutFuture("When was the delegation visiting Estonia?")).toBe(false);
    const lines = ask("when is Ostravic visiting Dunmore?").split("\n");
    expect(lines[0]).toContain("are to meet");
  });
});

describe("a question about who attended", () => {
  it("lists the people met, as 'who met' does", () => {
    expect(detectIntent("which speakers attended the forum in Zagreb?")).toBe("who-met");
    expect(detectIntent("who took part in the talks?")).toBe("who-met");
    expect(ask("which speakers attended the talks with Ostravic?")).toContain("Aidan Dunmore");
  });
});
