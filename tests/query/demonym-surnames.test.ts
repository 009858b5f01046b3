/**
 * A surname that is also a country's adjective ("Natalya German", "Olga English"): typed right after a
 * given name, it is the rest of a person's name, never the country. A full name the base does not know
 * is not answered for someone who shares the given name, nor as meetings of that country. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    report("a-1", "2024-03-11", "Speaker Marta Lindqvist met Hanno Vierbach of Germany in Velm."),
    report("a-2", "2024-04-02", "Speaker Orla English received Marta Lindqvist."),
  ],
  people: [
    speaker("lindqvist", "Marta Lindqvist", "Sweden", "a-1", ["Marta"]),
    speaker("vierbach", "Hanno Vierbach", "Germany", "a-1"),
    speaker("english", "Orla English", "Ireland", "a-2"),
  ],
  meetings: [
    meeting({
      id: "m-1",
      articleId: "a-1",
      participants: ["lindqvist", "vierbach"],
      countries: ["Sweden", "Germany"],
    }),
    meeting({
      id: "m-2",
      articleId: "a-2",
      participants: ["english", "lindqvist"],
      countries: ["Ireland", "Sweden"],
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a country's adjective after a given name", () => {
  it("is the surname of a full name the base does not know", () => {
    const text = ask("who met Marta German?");
    expect(text).toMatch(/^I don't know anything about Marta German/);
    expect(text).not.toContain("Vierbach");
  });
  it("is the surname of someone the base knows", () => {
    expect(ask("who met Orla English?")).toContain("Marta Lindqvist");
  });
  it("is still the country before a noun, or after a name that is no given name", () => {
    expect(ask("which German officials did Marta Lindqvist meet?")).toContain("Hanno Vierbach");
    expect(ask("who did Lindqvist meet from Germany?")).toContain("Hanno Vierbach");
    expect(ask("did Lindqvist meet German MPs?")).toContain("Vierbach");
  });
});
