import { describe, expect, it } from "vitest";
import type { Person } from "../../src/facts/types.ts";
import { PersonMatcher } from "../../src/query/people.ts";

// Invented people: entries that spell one name alike, and namesakes who are not one person.
const person = (id: string, name: string, aliases: string[] = [], country?: string): Person => ({
  id,
  name,
  aliases,
  roles: [],
  ...(country ? { country } : {}),
});
const people = [
  person("a", "Velmira Ostrakova"),
  person("b", "Velmira Ostrakova"),
  person("c", "Ostrakova Velmira"),
  person("d", "Velmira Ostrakova", ["V. Ostrakova"]),
  person("e", "Dorota Ostrakova"),
  person("f", "Ostrakova"),
  person("g", "Velmira Ostrakova", ["Velmira Ostrakova-Lind"]),
];
const matcher = new PersonMatcher(new Map(people.map((p) => [p.id, p])), new Set<string>());

describe("same person: entries of one name", () => {
  it("are one person when they hold the same name words, in any order", () => {
    expect(matcher.samePerson("a", "b")).toBe(true);
    expect(matcher.samePerson("a", "c")).toBe(true);
    expect(matcher.samePerson("a", "d")).toBe(true);
  });
  it("are two people when their given names differ", () => {
    expect(matcher.samePerson("a", "e")).toBe(false);
  });
  it("are one person when one has only the surname, or a word more", () => {
    expect(matcher.samePerson("a", "f")).toBe(true);
    expect(matcher.samePerson("a", "g")).toBe(true);
  });
});
