/**
 * A surname typed with one slip is found however many longer names hold its letters ("pera" for Perla
 * beside Peradze, Operanu …, which fuse ranks first because they contain "pera" whole), and a surname
 * typed without its last letter is found though the articles know that word as the name's stem
 * ("quarle" for Quarles, "dravenn" for Dravenne), and a hyphenated name typed with the hyphen a letter
 * off ("hyunt-ae" for Hyun-tae). Invented names.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { oneSlipNames } from "../../src/query/one-slip.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

// Longer surnames that hold the letters of "pera" unchanged, more of them than fuse's hits kept.
const CROWD = [
  "Peradze",
  "Operanu",
  "Asperani",
  "Temperadi",
  "Kuperak",
  "Speratov",
  "Peralto",
  "Peranov",
  "Sopera",
  "Vesperano",
];

// Two invented speakers (id, name, country) who met on the day given, in the one sentence of its report.
type Person3 = [string, string, string];
type PairRow = [article: string, day: string, sentence: string, a: Person3, b: Person3];
const ROWS: PairRow[] = [
  [
    "a-perla",
    "2024-04-01",
    "Speaker Mirela Perla met Speaker Tomas Gundersved in Velm.",
    ["perla", "Mirela Perla", "Moldova"],
    ["gunder", "Tomas Gundersved", "Norway"],
  ],
  [
    "a-quarles",
    "2024-05-02",
    "Speaker Hollis Quarles received Speaker Ansa Dravenne in Orth.",
    ["quarles", "Hollis Quarles", "Canada"],
    ["dravenne", "Ansa Dravenne", "Belgium"],
  ],
  [
    "a-hyun",
    "2024-07-08",
    "Speaker Park Hyun-tae met Speaker Lovisa Brenning in Velm.",
    ["hyun", "Park Hyun-tae", "South Korea"],
    ["brenning", "Lovisa Brenning", "Sweden"],
  ],
];
const answerer = new Answerer(
  factBase({
    articles: [
      ...ROWS.map(([article, day, sentence]) => report(article, day, sentence)),
      report("a-crowd", "2024-06-04", "Ten speakers gathered."),
    ],
    people: [
      ...ROWS.flatMap(([article, , , a, b]) => [a, b].map(([id, name, c]) => speaker(id, name, c, article))),
      ...CROWD.map((surname, i) => speaker(`c${i}`, `Ilan ${surname}`, "Georgia", "a-crowd")),
    ],
    meetings: ROWS.map(([article, day, , a, b]) =>
      meeting({
        id: `m-${article}`,
        articleId: article,
        participants: [a[0], b[0]],
        date: { start: day, basis: "stated" },
      }),
    ),
  }),
  { now: NOW },
);

describe("a short surname typed with one slip", () => {
  it.each(["who met pera", "who met Prela?", "who met perl", "who met perla?", "Who did pela meet?"])(
    "%s finds the one name it slips from, not the longer names holding its letters",
    (q) => {
      const answer = answerer.answer(q);
      expect(answer.parsed.people.map((p) => p.id)).toEqual(["perla"]);
      expect(answer.text).toContain("Tomas Gundersved");
    },
  );
});

describe("a surname typed without its last letter", () => {
  it.each([
    ["who met quarle", ["quarles"], "Ansa Dravenne"],
    ["who met Quarle?", ["quarles"], "Ansa Dravenne"],
    ["who met dravenn", ["dravenne"], "Hollis Quarles"],
    ["when did Quarle meet Dravenn?", ["quarles", "dravenne"], "2 May 2024"],
  ])("%s is the name, though the articles know the word as its stem", (q, ids, expected) => {
    const answer = answerer.answer(q);
    expect(answer.parsed.people.map((p) => p.id)).toEqual(ids);
    expect(answer.text).toContain(expected);
  });
});

describe("a hyphenated name typed with the hyphen a letter off", () => {
  it.each([
    "who met hyunt-ae",
    "who met hyu-ntae",
    "who met Hyunt-ae?",
    "who met hyun-tea",
    "who met hyn-tae",
  ])("%s is the name", (q) => {
    const answer = answerer.answer(q);
    expect(answer.parsed.people.map((p) => p.id)).toEqual(["hyun"]);
    expect(answer.text).toContain("Lovisa Brenning");
  });
  it("reads no two ordinary words as one", () => {
    expect(answerer.answer("who met hyun tae at the forum").parsed.people.map((p) => p.id)).toEqual(["hyun"]);
    expect(answerer.answer("who met the speaker").parsed.people).toEqual([]);
  });
});

describe("oneSlipNames", () => {
  const names = new Set(["perla", "quarles", "kovr", "brandt"]);
  const has = (w: string) => names.has(w);
  it("finds a name a letter longer, shorter, changed or with two neighbours swapped", () => {
    expect(oneSlipNames("pera", has)).toEqual(["perla"]);
    expect(oneSlipNames("quarless", has)).toEqual(["quarles"]);
    expect(oneSlipNames("brendt", has)).toEqual(["brandt"]);
    expect(oneSlipNames("barndt", has)).toEqual(["brandt"]);
  });
  it("finds nothing two slips away, and never the word itself", () => {
    expect(oneSlipNames("prl", has)).toEqual([]);
    expect(oneSlipNames("perla", has)).toEqual([]);
  });
});
