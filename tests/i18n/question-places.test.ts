/**
 * Cities named as the place in Russian and Kazakh questions: any case form of a city's Russian or
 * Kazakh name (CLDR's, or written in Latin letters for a city CLDR lacks) is read as the city the fact
 * base knows, and narrows the meetings as "in Moscow" does in English.
 */
import { describe, expect, it } from "vitest";
import { hasKazakhLocative, readCity } from "../../src/i18n/question-places.ts";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase, meeting, NOW } from "../query/fixture.ts";

describe("a Russian or Kazakh city name in any case form", () => {
  it.each([
    // Russian: nominative, prepositional after «в», genitive.
    ["Москва", "Moscow", "RUS"],
    ["Москве", "Moscow", "RUS"],
    ["Москвы", "Moscow", "RUS"],
    ["Сеуле", "Seoul", "KOR"],
    ["Вене", "Vienna", "AUT"],
    ["Ташкенте", "Tashkent", "UZB"],
    ["Улан-Баторе", "Ulaanbaatar", "MNG"],
    // Kazakh: CLDR's Kazakh names with the locative -да/-де/-та/-те.
    ["Сеулде", "Seoul", "KOR"],
    ["Мәскеуде", "Moscow", "RUS"],
    ["Бішкекте", "Bishkek", "KGZ"],
    ["Ұланбатырда", "Ulaanbaatar", "MNG"],
    // Not in CLDR: written in Latin letters and found among the fact base's cities, named as typed.
    ["Астане", "Астана", "KAZ"],
    ["Астанада", "Астана", "KAZ"],
  ])("%s is %s (%s)", (word, name, country) => {
    expect(readCity(word)).toEqual({ name, country });
  });

  it("reads no city in a name or a common word", () => {
    expect(readCity("Кошановым")).toBeUndefined();
    expect(readCity("Қошановпен")).toBeUndefined();
    expect(readCity("встречи")).toBeUndefined();
  });

  it("knows the Kazakh locative endings", () => {
    for (const word of ["Сеулде", "Астанада", "Бішкекте", "Ақтауда", "қаласында"])
      expect(hasKazakhLocative(word)).toBe(true);
    for (const word of ["Сеул", "Астана", "Қошановпен"]) expect(hasKazakhLocative(word)).toBe(false);
  });
});

describe("a city in a Russian or Kazakh question narrows the meetings to it", () => {
  const answerer = new Answerer(fixtureBase(), { now: NOW });

  it.each([
    ["кто встречался с Кошановым в Астане?", "who met Koshanov in Astana?"],
    ["кто встречался с Нигматулиным в Сеуле?", "who met Nigmatulin in Seoul?"],
    ["Нығматулин Сеулде кіммен кездесті?", "who did Nigmatulin meet in Seoul?"],
    // As replies say it: "в городе …", "… қаласында".
    ["кто встречался с Нигматулиным в городе Сеуле?", "who met Nigmatulin in Seoul?"],
    ["Нығматулин Сеул қаласында кіммен кездесті?", "who did Nigmatulin meet in Seoul?"],
    ["Қошанов Астана қаласында кіммен кездесті?", "who met Koshanov in Astana?"],
  ])("%s keeps the meetings there, as %s does", (question, english) => {
    const answer = answerer.answer(question);
    const twin = answerer.answer(english);
    expect(answer.sources.map((s) => s.articleId)).toEqual(twin.sources.map((s) => s.articleId));
    expect(answer.sources.length).toBeGreaterThan(0);
    // The city is the place, not a name nobody has.
    expect(answer.parsed.unknownNames).toEqual([]);
    expect(answer.text).not.toMatch(/не записаны|жазылмаған/);
  });

  it.each([
    ["кто встречался с Кошановым в Москве?", /в Москве у меня не записаны/],
    ["встречи Нигматулина в Вене", /в Вене у меня не записаны/],
    ["Қошанов Мәскеуде кіммен кездесті?", /кездесу Мәскеуде менде жазылмаған/],
    // A country as the place is named in the reply's words, not in the question's case form.
    ["кто встречался с Кошановым в Монголии?", /в Монголии у меня не записаны/],
    ["Қошанов Моңғолияда кіммен кездесті?", /кездесу Моңғолияда менде жазылмаған/],
  ])("%s says in its language that no meeting there is recorded", (question, notice) => {
    const answer = answerer.answer(question);
    expect(answer.text).toMatch(notice);
    expect(answer.parsed.unknownNames).toEqual([]);
  });
});

describe("a city narrows to itself, not to its country", () => {
  // Koshanov met someone in Astana (the fixture) and someone else in Almaty: both in Kazakhstan. The
  // city narrows as in English, by its name in the article (so the Almaty article, which names its city).
  const base = fixtureBase();
  base.people.push({
    id: "tulegenov",
    name: "Arman Tulegenov",
    aliases: [],
    country: "Kyrgyzstan",
    roles: [],
  });
  base.articles.push({
    id: "a-almaty",
    file: "almaty.txt",
    published: "2025-10-02",
    sentences: ["Erlan Koshanov met with Arman Tulegenov in Almaty."],
  });
  base.meetings.push(
    meeting({
      id: "m-almaty",
      articleId: "a-almaty",
      participants: ["koshanov", "tulegenov"],
      countries: ["Kazakhstan", "Kyrgyzstan"],
      date: { start: "2025-10-02", basis: "stated" },
      place: "Almaty",
      evidence: "Erlan Koshanov met with Arman Tulegenov in Almaty.",
    }),
  );
  const answerer = new Answerer(base, { now: NOW });
  const articles = (question: string) => answerer.answer(question).sources.map((s) => s.articleId);

  it.each([
    ["кто встречался с Кошановым в Алматы?", "who met Koshanov in Almaty?", "a-almaty"],
    ["Қошанов Алматыда кіммен кездесті?", "who did Koshanov meet in Almaty?", "a-almaty"],
    ["с кем встречался Кошанов в Алматы?", "who did Koshanov meet in Almaty?", "a-almaty"],
  ])("%s keeps the meetings in that city only, as %s does", (question, english, article) => {
    expect(articles(english)).toEqual([article]);
    expect(articles(question)).toEqual([article]);
  });

  it("answers a question about a city alone with what the English twin finds", () => {
    expect(articles("встречи в Алматы")).toEqual(articles("meetings in Almaty"));
    expect(articles("Алматыда кездесулер")).toEqual(articles("meetings in Almaty"));
    expect(articles("встречи в Алматы")).toContain("a-almaty");
    expect(articles("встречи в Алматы")).not.toContain("a-mongolia");
  });
});
