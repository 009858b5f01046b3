/**
 * A name typed that is spelled like someone in the base but is not clearly a misspelling of theirs: an
 * extra syllable, another ending, a letter added and one changed. The bot must not answer about the
 * person it resembles; it says it does not know the name and asks whether that person was meant. Slips a
 * typist makes (a letter dropped, doubled, changed or two swapped, another transliteration) still find
 * the person. Every name and sentence here is invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { isClearCyrillicSlip, isClearSlip } from "../../src/query/clear-slip.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

function base(): FactBase {
  return factBase({
    articles: [
      {
        id: "a-1",
        file: "one.txt",
        published: "2024-02-02",
        sentences: [
          "Speaker Fermin Antierrez Lobo received Chair Ilmar Dolmanov in Velmora.",
          "Deputy Speaker Orest Brelinsky met Chair Aidos Zhaksybekov.",
        ],
      },
    ],
    people: [
      // Called by the first of two surnames alone, as news call a Spanish speaker.
      speaker("antierrez", "Fermin Antierrez Lobo", "Freedonia", "a-1", ["Antierrez"]),
      speaker("dolmanov", "Ilmar Dolmanov", "Sylvania", "a-1"),
      speaker("brelinsky", "Orest Brelinsky", "Freedonia", "a-1"),
      speaker("zhaksybekov", "Aidos Zhaksybekov", "Sylvania", "a-1"),
    ],
    meetings: [
      meeting({ id: "m-1", articleId: "a-1", participants: ["antierrez", "dolmanov"], place: "Velmora" }),
      meeting({ id: "m-2", articleId: "a-1", participants: ["brelinsky", "zhaksybekov"] }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });
const subjects = (question: string) => answerer.parse(question).people.map((p) => p.ids);
const ask = (question: string) => answerer.answer(question).text;

describe("a name spelled like someone's but not a slip of it", () => {
  it("a letter added and another changed is someone else: asked about, not answered", () => {
    expect(subjects("who met Anterres?")).toEqual([]);
    const text = ask("who met Anterres?");
    expect(text).toMatch(/^I don't know anything about Anterres/);
    expect(text).toContain("Did you mean Fermin Antierrez Lobo?");
    expect(text).not.toContain("Ilmar Dolmanov");
  });
  it("an extra syllable is someone else", () => {
    expect(subjects("who met Dolmatanov?")).toEqual([]);
    expect(ask("who met Dolmatanov?")).toContain("Did you mean Ilmar Dolmanov?");
  });
  it("two slips that change most letters are asked about too", () => {
    expect(subjects("who met Dlomnaov?")).toEqual([]);
    expect(ask("who met Dlomnaov?")).toContain("Did you mean Ilmar Dolmanov?");
  });
  it("another ending is someone else", () => {
    expect(subjects("who met Brelinskas?")).toEqual([]);
    expect(ask("who met Brelinskas?")).not.toContain("Aidos Zhaksybekov");
  });
});

describe("a slip of a name still finds the person", () => {
  it("a letter dropped, doubled, changed, or two swapped", () => {
    expect(subjects("who met Antierez?")).toEqual([["antierrez"]]);
    expect(subjects("who met Dolmanovv?")).toEqual([["dolmanov"]]);
    expect(subjects("who met Dolmnaov?")).toEqual([["dolmanov"]]);
    expect(subjects("who met Brelimsky?")).toEqual([["brelinsky"]]);
    expect(ask("who met Dolmnaov?")).toContain("Fermin Antierrez Lobo");
  });
  it("another transliteration, with or without a slip besides", () => {
    expect(subjects("who met Brelinski?")).toEqual([["brelinsky"]]);
    expect(subjects("who met Jaksybekov?")).toEqual([["zhaksybekov"]]);
    expect(subjects("who met Jaksybekof?")).toEqual([["zhaksybekov"]]);
  });
});

describe("a name typed in Cyrillic", () => {
  it("is someone else when it is no slip of the name in Cyrillic either", () => {
    expect(subjects("кто встречался с Антерресом?")).toEqual([]);
    expect(ask("кто встречался с Антерресом?")).toContain(
      "Может быть, вы имели в виду Fermin Antierrez Lobo?",
    );
  });
  it("is the person when one letter slipped in Cyrillic", () => {
    expect(subjects("кто встречался с Долмнаовым?")).toEqual([["dolmanov"]]);
    expect(subjects("кто встречался с Брелинским?")).toEqual([["brelinsky"]]);
  });
});

describe("one person under two spellings", () => {
  const twoEntries = factBase({
    articles: [{ id: "a-2", file: "two.txt", published: "2024-03-03", sentences: [] }],
    people: [
      speaker("kurmanova", "Asel Kurmanova", "Sylvania", "a-2"),
      speaker("kurmanava", "Asel Kurmanava", "Sylvania", "a-2"),
      speaker("dolmanov", "Ilmar Dolmanov", "Sylvania", "a-2"),
      speaker("brelinsky", "Orest Brelinsky", "Freedonia", "a-2"),
    ],
    meetings: [
      meeting({ id: "m-3", articleId: "a-2", participants: ["kurmanova", "dolmanov"] }),
      meeting({ id: "m-4", articleId: "a-2", participants: ["kurmanava", "brelinsky"] }),
    ],
  });
  it("comes back whole when the word is a clear slip of one spelling and two letters off the other", () => {
    const asked = new Answerer(twoEntries, { now: NOW });
    expect(asked.parse("who met Kurmnova?").people.map((p) => [...p.ids].sort())).toEqual([
      ["kurmanava", "kurmanova"],
    ]);
  });
});

describe("isClearSlip", () => {
  it("is one slip, or another transliteration with one slip at most", () => {
    expect(isClearSlip("dolmnaov", "dolmanov")).toBe(true);
    expect(isClearSlip("brelinski", "brelinsky")).toBe(true);
    expect(isClearSlip("jaksybekof", "zhaksybekov")).toBe(true);
  });
  it("counts a word typed in Cyrillic in Cyrillic, its case ending aside", () => {
    // "Толбева" is one letter from "Толбаева", though "tolbeva" is two from "tolbayeva".
    expect(isClearSlip("tolbeva", "tolbayeva")).toBe(false);
    expect(isClearCyrillicSlip("tolbeva", "tolbayeva")).toBe(true);
    expect(isClearCyrillicSlip("tolbev", "tolbayeva")).toBe(true);
    expect(isClearCyrillicSlip("anterres", "antierrez")).toBe(false);
  });
  it("is not two slips more in a name of under ten letters, though in a longer one", () => {
    expect(isClearSlip("anterres", "antierrez")).toBe(false);
    expect(isClearSlip("dolmatanov", "dolmanov")).toBe(false);
    expect(isClearSlip("brelinskas", "brelinsky")).toBe(false);
    expect(isClearSlip("vantorelkian", "vantorelkova")).toBe(false);
    expect(isClearSlip("vantrelkoav", "vantorelkova")).toBe(true);
  });
});

// A name no one bears, typed in a Russian case form or with a Kazakh ending, is offered the same "Did you
// mean …?" as its nominative (the base forms the resolver tries), and the suggestion's question, asked
// again, is answered about the person.
const suggested = (question: string) => answerer.answer(question).suggestions;
// The question asked again names the person suggested, and suggests no one.
const answeredAbout = (question: string, name: string) => {
  const again = answerer.answer(question);
  expect(again.parsed.people.map((p) => p.name)).toEqual([name]);
  expect(again.suggestions).toEqual([]);
};

describe("suggestions for a name in a case form", () => {
  it("the nominative is suggested the person (as before)", () => {
    expect(suggested("С кем встречался Доманев?").map((s) => s.name)).toEqual(["Ilmar Dolmanov"]);
  });

  it("a Russian instrumental gets the same suggestion, whose question is answered about them", () => {
    const answer = answerer.answer("Кто встречался с Доманевым?");
    expect(answer.parsed.people).toEqual([]);
    expect(answer.text).toContain("Ilmar Dolmanov");
    expect(answer.suggestions).toEqual([
      { name: "Ilmar Dolmanov", question: "Кто встречался с Ilmar Dolmanov?" },
    ]);
    answeredAbout("Кто встречался с Ilmar Dolmanov?", "Ilmar Dolmanov");
  });

  it("a Kazakh ending gets the same suggestion, the ending kept after a hyphen", () => {
    expect(suggested("Доманевпен кім кездесті?")).toEqual([
      { name: "Ilmar Dolmanov", question: "Ilmar Dolmanov-пен кім кездесті?" },
    ]);
    expect(suggested("Антерреспен кім кездесті?")).toEqual([
      { name: "Fermin Antierrez Lobo", question: "Fermin Antierrez Lobo-пен кім кездесті?" },
    ]);
    answeredAbout("Fermin Antierrez Lobo-пен кім кездесті?", "Fermin Antierrez Lobo");
  });

  it("a word alike to no one in any form still suggests no one", () => {
    expect(suggested("Кто встречался с Квырзановым?")).toEqual([]);
  });
});
