/**
 * Dates in Russian and Kazakh replies are written in words as the language writes them ("4 сентября
 * 2025 г.", "2025 жылғы 4 қыркүйек"), and the date that answers "когда" / "қашан" once more in figures.
 */
import { describe, expect, it } from "vitest";
import { longDate, longRange, wordsFor } from "../../src/i18n/words.ts";
import { Answerer } from "../../src/query/index.ts";
import { testFacts } from "../bot/helpers.ts";

// ICU keeps a year and its word together with a narrow no-break space ("2025 г."); the checks read it as a space.
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("a day in words", () => {
  it("puts a Russian month in the genitive, with «г.» after the year", () => {
    expect(spaced(longDate("ru", "2025-09-04"))).toBe("4 сентября 2025 г.");
    expect(spaced(longDate("ru", "2021-03-28"))).toBe("28 марта 2021 г.");
  });

  it("writes the Kazakh year first, with «жылғы» in full", () => {
    expect(spaced(longDate("kk", "2025-09-04"))).toBe("2025 жылғы 4 қыркүйек");
    expect(spaced(longDate("kk", "2022-07-05"))).toBe("2022 жылғы 5 шілде");
  });

  it("keeps English as the answering core writes it", () => {
    expect(spaced(longDate("en", "2025-09-04"))).toBe("4 September 2025");
  });

  it("leaves what is not a day as it is", () => {
    expect(spaced(longDate("ru", "2025-09"))).toBe("2025-09");
  });
});

describe("a span of days in words", () => {
  it("says a month and a year once when the days share them", () => {
    expect(spaced(longRange("ru", "2025-09-04", "2025-09-07"))).toBe("4–7 сентября 2025 г.");
    expect(spaced(longRange("kk", "2025-09-04", "2025-09-07"))).toBe("2025 жылғы 4–7 қыркүйек");
  });

  it("names both months, and both years, when they differ", () => {
    expect(spaced(longRange("ru", "2025-06-30", "2025-07-02"))).toBe("30 июня – 2 июля 2025 г.");
    expect(spaced(longRange("kk", "2024-12-30", "2025-01-02"))).toBe(
      "2024 жылғы 30 желтоқсан – 2025 жылғы 2 қаңтар",
    );
  });

  it("is one day when the span ends where it starts", () => {
    expect(spaced(longRange("ru", "2025-09-04", "2025-09-04"))).toBe("4 сентября 2025 г.");
  });
});

describe("the reply tables", () => {
  it("write every date in words", () => {
    expect(spaced(wordsFor("ru").date("2025-09-04"))).toBe("4 сентября 2025 г.");
    expect(spaced(wordsFor("kk").range("2025-09-04", "2025-09-05"))).toBe("2025 жылғы 4–5 қыркүйек");
  });

  it("add the figures to a date that is the answer", () => {
    expect(spaced(wordsFor("ru").answerRange("2025-09-04"))).toBe("4 сентября 2025 г. (04.09.2025)");
    expect(spaced(wordsFor("kk").answerRange("2025-09-04", "2025-09-05"))).toBe(
      "2025 жылғы 4–5 қыркүйек (04.09.2025–05.09.2025)",
    );
    expect(spaced(wordsFor("en").answerRange("2025-09-04"))).toBe("4 September 2025");
  });
});

describe("replies", () => {
  const answerer = new Answerer(testFacts(2), { now: () => new Date("2025-12-01T00:00:00Z") });

  it("answer «когда» with the date in words and once in figures", () => {
    const reply = spaced(answerer.answer("когда Кошанов встречался с Амарбаясгаланом?").text);
    const figures = reply.match(/\d{2}\.\d{2}\.\d{4}/g) ?? [];
    expect(figures).toHaveLength(1);
    expect(reply).toMatch(/\d{1,2} [а-я]+ \d{4} г\. \(\d{2}\.\d{2}\.\d{4}\)/);
  });

  it("write the dates of a list in words only", () => {
    const reply = spaced(answerer.answer("кто встречался с Кошановым?").text);
    expect(reply).toMatch(/\d{1,2} [а-я]+ \d{4} г\./);
    expect(reply).not.toMatch(/\d{2}\.\d{2}\.\d{4}/);
  });

  it("end a sentence on a Russian date with its own full stop, not two", () => {
    const reply = spaced(answerer.answer("кто такой Кошанов?").text);
    expect(reply).toMatch(/последняя — с [^\n]+ \d{4} г\.\n/);
    expect(reply).not.toMatch(/г\.\./);
  });

  it("answer «қашан» in Kazakh words", () => {
    const reply = spaced(answerer.answer("Қошанов Амарбаясгаланмен қашан кездесті?").text);
    expect(reply).toMatch(/\d{4} жылғы \d{1,2} [а-яәғқңөұүһі]+ \(\d{2}\.\d{2}\.\d{4}\)/);
  });
});
