/**
 * A name typed in a Russian or Kazakh case form is read by the stem guessed for it ("Нерисом" as
 * "neris"), and where that stem ends is a guess: a short name (five letters or fewer) a letter off at
 * the stem's end is another name's case form, not a slip ("Нерисом" is not Neri), while a slip inside
 * the stem ("Тэвисом" for Tavis), a short name typed right in any case, and a long name a letter off
 * anywhere are still found. Invented names.
 */
import { describe, expect, it } from "vitest";
import { isClearCyrillicSlip } from "../../src/query/clear-slip.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

// Three invented speakers of different name lengths, each met by a counterpart in a report of its own.
const ROWS: [article: string, day: string, sentence: string, id: string, name: string, other: string][] = [
  [
    "a-neri",
    "2024-03-04",
    "Speaker Ilse Neri met Speaker Lovisa Brenning in Velm.",
    "neri",
    "Ilse Neri",
    "Lovisa Brenning",
  ],
  [
    "a-tavis",
    "2024-04-05",
    "Speaker Rudi Tavis met Speaker Mateo Quillan in Orth.",
    "tavis",
    "Rudi Tavis",
    "Mateo Quillan",
  ],
  [
    "a-gund",
    "2024-05-06",
    "Speaker Oskar Gundersved met Speaker Hollis Quarrey in Drosk.",
    "gund",
    "Oskar Gundersved",
    "Hollis Quarrey",
  ],
];
const answerer = new Answerer(
  factBase({
    articles: ROWS.map(([article, day, sentence]) => report(article, day, sentence)),
    people: ROWS.flatMap(([article, , , id, name, other]) => [
      speaker(id, name, "Norway", article),
      speaker(`${id}-other`, other, "Sweden", article),
    ]),
    meetings: ROWS.map(([article, day, , id]) =>
      meeting({
        id: `m-${article}`,
        articleId: article,
        participants: [id, `${id}-other`],
        date: { start: day, basis: "stated" },
      }),
    ),
  }),
  { now: NOW },
);
const idsOf = (question: string) => answerer.answer(question).parsed.people.map((p) => p.id);

describe("a short name a letter off the end of a case form's stem", () => {
  it.each([
    "Кто встречался с Нерисом?", // instrumental -ом: "neris"
    "Кто встречался с Нерилем?", // instrumental -ем: "neril"
    "Кто встречался с Нерой?", // instrumental -ой: "nera"
    "Встречи Нериса", // genitive -а
    "Кто ездил к Нерису?", // dative -у
    "Нериспен кім кездесті?", // Kazakh instrumental -пен
    "Неристің кездесулері қандай?", // Kazakh genitive -тің
  ])("%s is another name, not Neri", (question) => {
    expect(idsOf(question)).toEqual([]);
    // Still a question worth asking back.
    expect(answerer.answer(question).text).toContain("Ilse Neri");
  });
});

describe("a near name in a case form is still found", () => {
  it.each([
    ["Кто встречался с Нери?", "neri"],
    ["Кто встречался с Тависом?", "tavis"],
    ["Встречи Тависа", "tavis"],
    ["Кто ездил к Тавису?", "tavis"],
    ["Тависпен кім кездесті?", "tavis"],
    // A slip inside the stem of a short name.
    ["Кто встречался с Тэвисом?", "tavis"],
    ["Тэвистің кездесулері қандай?", "tavis"],
    // A long name takes a slip anywhere, its end too.
    ["Кто встречался с Гундерсветом?", "gund"],
    ["Встречи Гундерсведа", "gund"],
    ["Кто ездил к Гундерзведу?", "gund"],
    ["Гундерсветпен кім кездесті?", "gund"],
  ])("%s is %s", (question, id) => {
    expect(idsOf(question)).toEqual([id]);
  });
});

describe("isClearCyrillicSlip on a case form's stem", () => {
  it("takes no slip at the end of a short name, one inside it, and any in a long name", () => {
    expect(isClearCyrillicSlip("devis", "devi", true)).toBe(false);
    expect(isClearCyrillicSlip("deva", "devi", true)).toBe(false);
    expect(isClearCyrillicSlip("devis", "davis", true)).toBe(true);
    expect(isClearCyrillicSlip("gundersvet", "gundersved", true)).toBe(true);
  });
  it("reads a word typed as it is, not a case form, as before", () => {
    expect(isClearCyrillicSlip("devis", "devi")).toBe(true);
  });
});
