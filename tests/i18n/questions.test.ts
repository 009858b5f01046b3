/**
 * Russian and Kazakh questions are read as their English twins: the same intent, people, countries
 * and dates, so that one answering core answers them; and their replies are in their language.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase, NOW } from "../query/fixture.ts";

const answerer = new Answerer(fixtureBase(), { now: NOW });
const read = (question: string) => {
  const answer = answerer.answer(question);
  const { intent, people, countries, dateRange } = answer.parsed;
  const sources = answer.sources.map((s) => s.articleId);
  return { intent, people: people.map((p) => p.id), countries, dateRange, sources };
};

describe("a Russian or Kazakh question is read as its English twin", () => {
  it.each([
    ["кто встречался с Кошановым?", "who met Koshanov?"],
    ["с кем встречался Кошанов?", "who did Koshanov meet?"],
    ["встречи Кошанова", "meetings of Koshanov"],
    ["Қошанов кіммен кездесті?", "who met Koshanov?"],
    ["Қошановпен кім кездесті?", "who met Koshanov?"],
    ["когда Кошанов встречался с Амарбаясгаланом?", "when did Koshanov meet Amarbayasgalan?"],
    ["Қошанов Амарбаясгаланмен қашан кездесті?", "when did Koshanov meet Amarbayasgalan?"],
    ["где Кошанов встречался с Амарбаясгаланом?", "where did Koshanov meet Amarbayasgalan?"],
    ["Қошанов Амарбаясгаланмен қайда кездесті?", "where did Koshanov meet Amarbayasgalan?"],
    ["что подписали Казахстан и Монголия?", "what did Kazakhstan and Mongolia sign?"],
    ["Қазақстан мен Моңғолия не қол қойды?", "what did Kazakhstan and Mongolia sign?"],
    ["кто такой Амарбаясгалан?", "who is Amarbayasgalan?"],
    ["Амарбаясгалан кім?", "who is Amarbayasgalan?"],
    ["встречи с Монголией в 2025 году", "meetings with Mongolia in 2025"],
    ["Моңғолиямен 2025 жылы кездесулер", "meetings with Mongolia in 2025"],
    ["с кем встречался Кошанов в сентябре 2025 года?", "who did Koshanov meet in September 2025?"],
    ["встречи в прошлом году", "meetings last year"],
  ])("%s ~ %s", (question, english) => {
    const { intent, ...rest } = read(question);
    const { intent: twinIntent, ...twin } = read(english);
    expect(rest).toEqual(twin);
    expect(rest.sources.length).toBeGreaterThan(0);
    // A bare noun phrase ("meetings of …") is "about" in English and "who met" in Russian; both list meetings.
    if (twinIntent !== "about") expect(intent).toBe(twinIntent);
  });

  it("reads latest meetings and lists them newest first", () => {
    const answer = answerer.answer("последние встречи");
    expect(answer.parsed.intent).toBe("latest");
    const lines = answer.text.split("\n").filter((l) => l.startsWith("•"));
    // Dates are in words ("4 сентября 2025 г."): the month's number from ICU's names of the date form.
    const dayMonth = new Intl.DateTimeFormat("ru", { day: "numeric", month: "long", timeZone: "UTC" });
    const months = Array.from(
      { length: 12 },
      (_, i) =>
        dayMonth.formatToParts(new Date(Date.UTC(2025, i, 15))).find((p) => p.type === "month")?.value,
    );
    const dates = lines.flatMap((l) =>
      [...l.matchAll(/(\d{1,2}) (\p{L}+) (\d{4})\sг\./gu)].map(
        (m) =>
          `${m[3]}-${String(months.indexOf(m[2]) + 1).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`,
      ),
    );
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(answerer.answer("соңғы кездесулер").parsed.intent).toBe("latest");
  });

  it("greets back in the greeting's language, with example questions in it", () => {
    const russian = answerer.answer("Здравствуйте!");
    expect(russian.parsed.intent).toBe("greeting");
    expect(russian.text).toMatch(/Здравствуйте/);
    expect(russian.text).toMatch(/кто встречался с/);
    const kazakh = answerer.answer("Сәлеметсіз бе");
    expect(kazakh.parsed.intent).toBe("greeting");
    expect(kazakh.text).toMatch(/кіммен кездесті/);
  });

  it("finds a misspelt name in a case form", () => {
    expect(read("кто встречался с Кошоновым?").people).toEqual(["koshanov"]);
  });
});

describe("replies in the question's language", () => {
  it("answers in Russian and in Kazakh with the same facts as in English", () => {
    const english = answerer.answer("who met Koshanov?");
    const russian = answerer.answer("кто встречался с Кошановым?");
    const kazakh = answerer.answer("Қошанов кіммен кездесті?");
    expect([russian.language, kazakh.language, english.language]).toEqual(["ru", "kk", "en"]);
    expect(russian.sources).toEqual(english.sources);
    expect(kazakh.sources).toEqual(english.sources);
    expect(russian.text).toMatch(/Источник/);
    expect(kazakh.text).toMatch(/Дереккөз/);
  });

  it("says it does not know in the question's language", () => {
    expect(answerer.answer("кто встречался с Тимофеевым?").text).toMatch(/не знаю/i);
    expect(answerer.answer("Тимофеев кіммен кездесті?").text).toMatch(/білмеймін/i);
  });

  it("names an unknown person of two words as one name, as typed", () => {
    expect(answerer.parse("кто встречался с Джо Тимофеевым?").unknownNames).toEqual(["Джо Тимофеевым"]);
    expect(answerer.answer("Риши Тимофеев кіммен кездесті?").text).toMatch(/«Риши Тимофеев»/);
    expect(answerer.parse("кто встречался с Обамой и Тимофеевым?").unknownNames).toEqual([
      "Обамой",
      "Тимофеевым",
    ]);
  });
});

describe("words of the meeting vocabulary are never names, and names that start like them are", () => {
  it("reads «обсуждали», «подписали», «темы» as vocabulary and an unknown «Нестеров» or «Темиров» as a name", () => {
    expect(answerer.parse("что обсуждали Кошанов и Амарбаясгалан?").unknownNames).toEqual([]);
    expect(answerer.parse("какие темы обсуждали Кошанов и Амарбаясгалан?").unknownNames).toEqual([]);
    expect(answerer.parse("кто встречался с Нестеровым?").unknownNames).toEqual(["Нестеровым"]);
    expect(answerer.parse("кто встречался с Темировым?").unknownNames).toEqual(["Темировым"]);
  });
});
