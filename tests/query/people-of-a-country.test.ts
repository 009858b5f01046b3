/**
 * A country is named by its people too: "which Americans did X meet?", "did X meet any Kazakhs?", and a
 * demonym a state shares with a territory of another name ("American", "French", "Dutch") is the
 * state's. Invented people.
 */
import { describe, expect, it } from "vitest";
import { countryGazetteer, pluralDemonym } from "../../src/query/countries.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const GUESTS: [string, string, string][] = [
  ["hale", "Corbin Halewood", "United States"],
  ["sarb", "Nurzhan Sarbekov", "Kazakhstan"],
  ["vail", "Amelie Vaillancourt", "France"],
];

const answerer = new Answerer(
  factBase({
    articles: GUESTS.map(([id]) => ({
      id: `a-${id}`,
      file: `${id}.txt`,
      published: "2024-03-10",
      sentences: [],
    })),
    people: [
      speaker("orsk", "Tamsin Orskova", "Slovakia", "a-hale"),
      ...GUESTS.map(([id, name, country]) => speaker(id, name, country, `a-${id}`)),
    ],
    meetings: GUESTS.map(([id]) =>
      meeting({
        id: `m-${id}`,
        articleId: `a-${id}`,
        participants: ["orsk", id],
        date: { start: "2024-03-09", basis: "stated" },
      }),
    ),
  }),
  { now: NOW },
);

describe("the people of a country, in the plural", () => {
  it("name their country", () => {
    const text = answerer.answer("which Americans did Orskova meet?").text;
    expect(text).toContain("Corbin Halewood");
    expect(text).not.toContain("Sarbekov");
  });
  it("are the people asked for, as 'which officials' are: a list of meetings, not an open question", () => {
    const answer = answerer.answer("which Kazakhs has Orskova met?");
    expect(answer.parsed.intent).toBe("who-met");
    expect(answer.text).not.toContain("No sentence");
    expect(answer.text).toContain("Nurzhan Sarbekov");
    expect(answerer.answer("which issues did Orskova meet about?").parsed.intent).not.toBe("who-met");
  });
  it("answer whether someone met any", () => {
    expect(answerer.answer("did Orskova meet any Kazakhs?").text).toMatch(/^Yes:[\s\S]*Nurzhan Sarbekov/);
  });
  it("are made only of demonyms that take an s", () => {
    expect(pluralDemonym("Kazakh")).toBe("Kazakhs");
    expect(pluralDemonym("Chinese")).toBeUndefined();
    expect(pluralDemonym("Turkish")).toBeUndefined();
  });
});

describe("a demonym of a state and a territory", () => {
  it.each([
    ["American", "USA"],
    ["French", "FRA"],
    ["Dutch", "NLD"],
  ])("%s is the state's", (demonym, code) => {
    expect(countryGazetteer().code(demonym)).toBe(code);
  });
  it("narrows to the state's people", () => {
    const text = answerer.answer("which French officials did Orskova meet?").text;
    expect(text).toContain("Amelie Vaillancourt");
    expect(text).not.toContain("Halewood");
  });
});
