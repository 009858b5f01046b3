/**
 * "Which country's officials did X meet?": one line per country, newest first, naming whom of it X
 * met, however the roles are worded and however many countries there are. Invented people.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const COUNTERPARTS: [string, string, string][] = [
  ["sun", "Sun Hwa-rok", "South Korea"],
  ["dorj", "Bat Dorjvan", "Mongolia"],
  ["orhan", "Orhan Telbay", "Turkey"],
  ["lund", "Eskil Lundvar", "Sweden"],
  ["mero", "Ines Meroval", "Portugal"],
  ["tarn", "Ilze Tarnava", "Latvia"],
  ["pesh", "Anuar Peshkov", "Kazakhstan"],
];

function base(): FactBase {
  const articles = COUNTERPARTS.map(([id], i) => ({
    id: `a-${id}`,
    file: `${id}.txt`,
    published: `2024-0${i + 1}-10`,
    sentences: [],
  }));
  return factBase({
    articles,
    people: [
      speaker("kovet", "Mira Kovetova", "Kazakhstan", "a-sun"),
      ...COUNTERPARTS.map(([id, name, country]) => speaker(id, name, country, `a-${id}`)),
    ],
    meetings: COUNTERPARTS.map(([id], i) =>
      meeting({
        id: `m-${id}`,
        articleId: `a-${id}`,
        participants: ["kovet", id],
        date: { start: `2024-0${i + 1}-09`, basis: "stated" },
        // An official visit: the word "official" of the question must not narrow the meetings to it.
        ...(id === "sun" ? { occasion: "official visit" } : {}),
      }),
    ),
  });
}

const answerer = new Answerer(base(), { now: NOW });

describe("which country's officials someone met", () => {
  it("names each country once, newest first, with whom of it they met", () => {
    const text = answerer.answer("Which country's officials did Kovetova meet?").text;
    const lines = text.split("\n").filter((l) => l.startsWith("•"));
    expect(lines[0]).toMatch(/^• Latvia: Ilze Tarnava/);
    expect(lines[1]).toMatch(/^• Portugal: Ines Meroval/);
    expect(lines).toHaveLength(5);
  });
  it("names the countries past the first page, and leaves out the person's own", () => {
    const text = answerer.answer("which country's official met Kovetova?").text;
    expect(text).toContain("…and 1 more: South Korea.");
    expect(text).not.toContain("Kazakhstan:");
    expect(text).not.toContain("Peshkov");
  });
  it("is asked with the country after the officials too", () => {
    const text = answerer.answer("officials from which countries did Kovetova meet in 2024?").text;
    expect(text).toContain("Mongolia: Bat Dorjvan");
  });
  it("keeps other questions about whom someone met a list of people", () => {
    const text = answerer.answer("which officials did Kovetova meet?").text;
    expect(text).toContain("Ilze Tarnava, Speaker");
    expect(text).not.toContain("Latvia:");
  });
});

describe("which countries someone met, asked of the countries, in the singular, or of their counterpart", () => {
  it.each([
    "what countries did Kovetova meet?",
    "with which countries did Kovetova meet?",
    "which nations has Kovetova met with?",
    "Which country did Kovetova meet?",
    "What country did Kovetova meet with?",
    "which country has Kovetova held talks with?",
    "Which country was Kovetova's counterpart from?",
    "Which country did Kovetova's counterpart represent?",
    "what country are Kovetova's guests from?",
  ])("%s lists the countries of whom she met", (q) => {
    const text = answerer.answer(q).text;
    expect(text).toMatch(/^• Latvia: Ilze Tarnava/m);
    expect(text).toMatch(/^• Portugal: Ines Meroval/m);
    expect(text).not.toContain("Kazakhstan:");
  });
  it("keeps the questions of the person's own country and of the place", () => {
    expect(answerer.answer("Which country is Kovetova from?").text).toMatch(/^Mira Kovetova \(Kazakhstan\)/);
    expect(answerer.answer("Which country does Kovetova represent?").parsed.intent).toBe("who-is");
    expect(answerer.answer("which country did Kovetova meet in?").text).not.toMatch(/^• Latvia: /m);
  });
});

describe("a country's name in the reply", () => {
  it("is spelled as the fact base spells it ('Turkey'), not as the gazetteer's newer name", () => {
    const text = answerer.answer("Which country's officials did Kovetova meet?").text;
    expect(text).toMatch(/^• Turkey: Orhan Telbay/m);
    expect(text).not.toContain("Türkiye");
  });
});
