/**
 * Russian verbs agree with the person's gender ("встречался", "встречалась") where the name tells
 * it, and a reply turns the sentence ("С … встречались:") where it does not; Kazakh has no gender.
 */
import { describe, expect, it } from "vitest";
import type { FactBase, Person } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting } from "../query/fixture.ts";

const person = (id: string, name: string): Person => ({ id, name, aliases: [], roles: [] });

// Each of three people met the same guest once.
const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  people: [
    person("koshanov", "Erlan Koshanov"),
    person("narbayeva", "Tanzila Narbayeva"),
    person("amar", "Dashzegve Amarbayasgalan"),
    person("guest", "Ivan Guestov"),
  ],
  articles: ["koshanov", "narbayeva", "amar"].map((id) => ({ id: `a-${id}`, file: `${id}.txt` })),
  meetings: ["koshanov", "narbayeva", "amar"].map((id) =>
    meeting({
      id: `m-${id}`,
      articleId: `a-${id}`,
      participants: [id, "guest"],
      date: { start: "2025-09-04", basis: "stated" },
    }),
  ),
};
const answerer = new Answerer(base);
const header = (question: string) => answerer.answer(question).text.split("\n")[0];

describe("the Russian header of who someone met", () => {
  it("says «встречался» of a man", () => {
    expect(header("кто встречался с Кошановым?")).toBe("Erlan Koshanov встречался с:");
  });

  it("says «встречалась» of a woman", () => {
    expect(header("кто встречался с Нарбаевой?")).toBe("Tanzila Narbayeva встречалась с:");
  });

  it("turns the sentence when the name does not tell", () => {
    expect(header("кто встречался с Амарбаясгаланом?")).toBe("С Dashzegve Amarbayasgalan встречались:");
  });

  it("agrees after «нет» of a question whether two met", () => {
    expect(header("встречалась ли Нарбаева с Кошановым?")).toMatch(/ Tanzila Narbayeva встречалась с:$/);
  });
});

describe("the Kazakh header", () => {
  it("is the same for everyone", () => {
    // "X met with these:": the name stays as the articles write it, with no ending to agree.
    expect(header("Қошанов кіммен кездесті?")).toBe("Erlan Koshanov мыналармен кездесті:");
    expect(header("Нарбаева кіммен кездесті?")).toBe("Tanzila Narbayeva мыналармен кездесті:");
  });
});
