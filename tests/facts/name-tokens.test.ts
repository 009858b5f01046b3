import { describe, expect, it } from "vitest";
import { NameTokens } from "../../src/facts/name-tokens.ts";
import type { Person } from "../../src/facts/types.ts";

// Invented people: two share a surname, one alias carries a title, one name a particle.
const people: Person[] = [
  { id: "p1", name: "Veran Osk", aliases: ["Speaker Osk", "V. Oskov"], roles: [] },
  { id: "p2", name: "Talia Osk", aliases: [], roles: [] },
  { id: "p3", name: "Ümit Darel uulu", aliases: ["Darel"], roles: [] },
];

describe("the name words of a fact base's people", () => {
  const names = NameTokens.of(people);

  it("lists each word once, in order of first sight, without titles and particles", () => {
    expect(names.tokens).toEqual(["veran", "osk", "oskov", "talia", "umit", "darel"]);
  });

  it("names the people of a word in their order, and nobody for other words", () => {
    expect(names.peopleWith("osk")).toEqual(["p1", "p2"]);
    expect(names.peopleWith("darel")).toEqual(["p3"]);
    expect(names.peopleWith("speaker")).toBeUndefined();
    expect(names.has("talia")).toBe(true);
    expect(names.has("uulu")).toBe(false);
  });

  it("gives each person's words and the last word of each of their names", () => {
    expect(names.tokensOf("p1")).toEqual(["veran", "osk", "oskov"]);
    expect(names.lastTokensOf("p1")).toEqual(["osk", "oskov"]);
    expect(names.lastTokensOf("p3")).toEqual(["darel"]);
    expect(names.tokensOf("nobody")).toEqual([]);
  });
});
