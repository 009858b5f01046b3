/**
 * Names as people type them in a chat: two letters swapped in a short surname, a swap and a missing
 * letter in a longer one, a hyphenated name in lower case or without its hyphen. Invented people and
 * sentences, so that what is tested is the rule, not an article.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

function base(): FactBase {
  return factBase({
    articles: [
      {
        id: "a-velmora",
        file: "velmora.txt",
        published: "2024-03-04",
        sentences: [
          "Speaker Mira Kovet received Deputy Chair Sun Hwa-rok in Velmora.",
          "Kovet and Quennick discussed the budget, and Al-Varnet took part.",
          "The old park was full of visitors, and the home team won.",
          "Kovet later received Choi Dong-won.",
          "Speaker Kairat Dzhakirov and Oğuz Şenkal welcomed Pavel Grodin.",
        ],
      },
    ],
    people: [
      speaker("kovet", "Mira Kovet", "Freedonia", "a-velmora", ["Kovet"]),
      speaker("sun", "Sun Hwa-rok", "Sylvania", "a-velmora"),
      speaker("quennick", "Talia Quennick", "Sylvania", "a-velmora", ["Quennick"]),
      speaker("varnet", "Idris Al-Varnet", "Sylvania", "a-velmora"),
      speaker("park", "Park Jeong-ho", "Sylvania", "a-velmora"),
      speaker("choi", "Choi Dong-won", "Sylvania", "a-velmora"),
      speaker("dzhum", "Kairat Dzhakirov", "Sylvania", "a-velmora"),
      speaker("senkal", "Oğuz Şenkal", "Sylvania", "a-velmora"),
      speaker("grodin", "Pavel Grodin", "Sylvania", "a-velmora"),
      speaker("nadia", "Nadia bint Rassel", "Sylvania", "a-velmora"),
      speaker("karim", "Karim bin Rassel Oman", "Sylvania", "a-velmora"),
    ],
    meetings: [
      meeting({ id: "m1", articleId: "a-velmora", participants: ["kovet", "sun"], place: "Velmora" }),
      meeting({ id: "m2", articleId: "a-velmora", participants: ["quennick", "varnet"], place: "Velmora" }),
      meeting({ id: "m3", articleId: "a-velmora", participants: ["park", "kovet"], place: "Velmora" }),
      meeting({ id: "m5", articleId: "a-velmora", participants: ["choi", "kovet"], place: "Velmora" }),
      meeting({ id: "m6", articleId: "a-velmora", participants: ["dzhum", "senkal", "grodin"] }),
      meeting({ id: "m4", articleId: "a-velmora", participants: ["karim", "kovet"], place: "Velmora" }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });
const subjects = (question: string) => answerer.parse(question).people.map((p) => p.ids);

describe("a surname typed with two letters swapped", () => {
  it("is the person in a five-letter surname, where a swap is the one slip allowed", () => {
    expect(subjects("who met koevt")).toEqual([["kovet"]]);
    expect(answerer.answer("who met koevt").text).toContain("Sun Hwa-rok");
  });
  it("is the person in a longer surname with a letter missing as well", () => {
    expect(subjects("who met qeunnik")).toEqual([["quennick"]]);
    expect(answerer.answer("who met qeunnik").text).toContain("Idris Al-Varnet");
  });
  it("is nobody when a short surname has two slips", () => {
    expect(subjects("who met kveot")).toEqual([]);
  });
});

describe("a hyphenated name typed in lower case", () => {
  it("keeps the part that prose also writes in lower case ('rok', 'park') when beside the rest", () => {
    expect(subjects("who met sun hwa rok")).toEqual([["sun"]]);
    expect(subjects("who met park jeong ho")).toEqual([["park"]]);
    expect(answerer.answer("who met sun hwa rok").text).toContain("Mira Kovet");
  });
  it("does not read such a word alone as the name", () => {
    expect(subjects("who met the park")).toEqual([]);
  });
});

describe("a short part of a hyphenated name misspelt", () => {
  it("is read with the part typed right beside it, a word prose also has ('won')", () => {
    expect(subjects("who met dnog-won")).toEqual([["choi"]]);
    expect(answerer.answer("who met dnog-won").text).toContain("Mira Kovet");
  });
  it("is never a particle: 'bin Rassel' is not 'bint Rassel'", () => {
    expect(subjects("who did Karim bin Rassel Oman meet?")).toEqual([["karim"]]);
  });
});

describe("a hyphenated name typed as one word", () => {
  it("is the person whose two name words it joins", () => {
    expect(subjects("who met hwarok")).toEqual([["sun"]]);
    expect(answerer.answer("who met hwarok").text).toContain("Mira Kovet");
  });
  it("is the person whose surname follows the particle it starts with", () => {
    expect(subjects("who met alvarnet")).toEqual([["varnet"]]);
    expect(answerer.answer("who met alvarnet?").text).toContain("Talia Quennick");
  });
  it("joins only words that stand side by side in one person's name", () => {
    expect(subjects("who met mirasun")).toEqual([]);
  });
});

describe("a name in another transliteration", () => {
  it("is the person whatever letters the other system writes a sound with", () => {
    expect(subjects("who met Jakirov")).toEqual([["dzhum"]]);
    expect(subjects("who met Djakirov")).toEqual([["dzhum"]]);
    expect(subjects("who met Shenkal")).toEqual([["senkal"]]);
    expect(answerer.answer("who met Jakirov?").text).toContain("Pavel Grodin");
  });
  it("is the person when it adds an ending the articles know the name by ('Grodine')", () => {
    expect(subjects("who met Grodine")).toEqual([["grodin"]]);
  });
  it("is nobody when the first letter differs and it is no transliteration", () => {
    expect(subjects("who met Bakirov")).toEqual([]);
  });
});
