import { describe, expect, it } from "vitest";
import { PeopleRegistry } from "../../src/extract/registry.ts";

const role = (title: string, articleId: string) => ({ title, articleId });

describe("PeopleRegistry records", () => {
  it("keeps one role per title and article, however often an article gives it", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Orlan Vesmirov"], "Mongolia", [
      role("Speaker", "a1"),
      role("Speaker", "a1"),
    ]);
    registry.resolve(["Orlan Vesmirov"], "Mongolia", [role("Speaker", "a1"), role("Chairman", "a1")]);
    registry.resolve(["Orlan Vesmirov"], "Mongolia", [role("Speaker", "a2")]);
    const person = registry.people().find((p) => p.id === id);
    expect(person?.roles).toEqual([role("Speaker", "a1"), role("Chairman", "a1"), role("Speaker", "a2")]);
  });

  it("gives a person the country an article gave them; another country is another person", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Tamir Bazhenko"], undefined, []);
    expect(registry.resolve(["Tamir Bazhenko"], "Kyrgyzstan", [])).toBe(id);
    expect(registry.resolve(["Tamir Bazhenko"], "Kyrgyzstan", [])).toBe(id);
    const other = registry.resolve(["Tamir Bazhenko"], "Tajikistan", []);
    expect(other).not.toBe(id);
    const people = registry.people();
    expect(people.find((p) => p.id === id)?.country).toBe("Kyrgyzstan");
    expect(people.find((p) => p.id === other)?.country).toBe("Tajikistan");
  });

  it("names a person by the fullest form, among equally full ones the most used", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Saule Merkenova", "Merkenova"], "Mongolia", []);
    registry.resolve(["Saule Merkenovaa"], "Mongolia", []);
    registry.resolve(["Saule Merkenova"], "Mongolia", []);
    const person = registry.people().find((p) => p.id === id);
    expect(person?.name).toBe("Saule Merkenova");
    expect(person?.aliases).toEqual(["Merkenova", "Saule Merkenovaa"]);
  });

  it("starts from the people of an existing base and adds to them", () => {
    const registry = new PeopleRegistry([
      {
        id: "dara-ulzii",
        name: "Dara Ulzii",
        aliases: ["Ulzii"],
        country: "Mongolia",
        roles: [role("Speaker", "old")],
      },
    ]);
    expect(registry.resolve(["Dara Ulzii"], "Mongolia", [role("Speaker", "new")])).toBe("dara-ulzii");
    expect(registry.people()).toEqual([
      {
        id: "dara-ulzii",
        name: "Dara Ulzii",
        aliases: ["Ulzii"],
        country: "Mongolia",
        roles: [role("Speaker", "old"), role("Speaker", "new")],
      },
    ]);
  });
});

describe("a closed PeopleRegistry", () => {
  it("still lists its people, and refuses new names rather than resolving them without its lookups", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Bekzat Ormanov", "Ormanov"], "Kazakhstan", [role("Speaker", "a1")]);
    registry.resolve(["Ormanov"], "Kazakhstan", [role("Chairman", "a2")]);
    const before = registry.people();
    registry.close();
    expect(registry.people()).toEqual(before);
    expect(before.find((p) => p.id === id)?.roles).toHaveLength(2);
    expect(() => registry.resolve(["Bekzat Ormanov"], "Kazakhstan", [])).toThrow(/closed/);
  });
});
