import { describe, expect, it } from "vitest";
import { parseDateFilterRuKk, RUSSIAN_MONTH_START } from "../../src/i18n/dates.ts";

const now = new Date("2026-03-15T12:00:00Z");
const read = (q: string) => {
  const d = parseDateFilterRuKk(q, now);
  return d && { start: d.start, end: d.end, month: d.month, day: d.day };
};

describe("Russian dates in questions", () => {
  it("reads a month of a year", () => {
    expect(read("с кем встречался Петров в сентябре 2021 года?")).toMatchObject({
      start: "2021-09-01",
      end: "2021-09-30",
    });
  });
  it("reads a day", () => {
    expect(read("кто встречался 4 сентября 2025 года?")).toMatchObject({
      start: "2025-09-04",
      end: "2025-09-04",
    });
  });
  it("reads a month without a year as that month of any year", () => {
    expect(read("встречи в феврале")).toMatchObject({ month: 2, start: undefined });
  });
  it("reads a year alone", () => {
    expect(read("встречи с Узбекистаном в 2025 году")).toMatchObject({
      start: "2025-01-01",
      end: "2025-12-31",
    });
  });
  it("reads last year and the last month relative to today", () => {
    expect(read("встречи в прошлом году")).toMatchObject({ start: "2025-01-01", end: "2025-12-31" });
    expect(read("встречи за последний месяц")).toMatchObject({ start: "2026-02-15", end: "2026-03-15" });
  });
  it("reads since and before", () => {
    expect(read("встречи с 2020 года")).toMatchObject({ start: "2020-01-01", end: undefined });
    expect(read("встречи до 2020 года")).toMatchObject({ start: undefined, end: "2019-12-31" });
  });
  it("finds no date where there is none", () => {
    expect(read("кто встречался с Петровым?")).toBeUndefined();
  });
});

describe("Kazakh dates in questions", () => {
  it("reads a year", () => {
    expect(read("Петров 2025 жылы кіммен кездесті?")).toMatchObject({
      start: "2025-01-01",
      end: "2025-12-31",
    });
  });
  it("reads a month with its case ending, with and without a year", () => {
    expect(read("Петров қыркүйекте кіммен кездесті?")).toMatchObject({ month: 9 });
    expect(read("Петров 2025 жылғы қыркүйекте кіммен кездесті?")).toMatchObject({
      start: "2025-09-01",
      end: "2025-09-30",
    });
  });
  it("reads a day", () => {
    expect(read("4 қыркүйек 2025 кім кездесті?")).toMatchObject({ start: "2025-09-04", end: "2025-09-04" });
  });
  it("reads last year and the last month", () => {
    expect(read("өткен жылы кім кездесті?")).toMatchObject({ start: "2025-01-01", end: "2025-12-31" });
    expect(read("соңғы айда кім кездесті?")).toMatchObject({ start: "2026-02-15", end: "2026-03-15" });
  });
});

describe("Russian month names as word starts", () => {
  const isMonth = (word: string) => new RegExp(`^(?:${RUSSIAN_MONTH_START})`, "u").test(word);
  it("reads a month in any case", () => {
    for (const w of ["январь", "января", "феврале", "март", "мая", "мае", "июнь", "сентябре", "декабря"])
      expect(isMonth(w), w).toBe(true);
  });
  it("does not take words that start like May for it", () => {
    for (const w of ["мажилис", "майор", "максим", "мая-то"]) expect(isMonth(w), w).toBe(false);
  });
});
