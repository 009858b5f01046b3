import { describe, expect, it } from "vitest";
import { chronoDateFilter, dateMatches, parseDateFilter, plainPeriod } from "../../src/query/dates.ts";
import { MONTHS } from "../../src/query/format.ts";

const NOW = new Date("2026-06-15T12:00:00Z");

describe("a month or a year asked plainly, read without chrono", () => {
  it("reads as chrono does every month, with a year or alone, in any case", () => {
    const questions = MONTHS.flatMap((m) => [
      `who did Trevalian meet in ${m} 2019?`,
      `meetings of Ostria in ${m}`,
      `who met Quendrel during ${m.toLowerCase()} 2023`,
      `In ${m} 2021 who did Vashtani meet?`,
      `whom did Dravik receive in ${m.toUpperCase()}?`,
    ]);
    for (const year of [1999, 2015, 2024, 2031])
      questions.push(
        `meetings with Ostria in ${year}`,
        `who did Trevalian meet during ${year}?`,
        `In ${year} who met Quendrel`,
      );
    for (const q of questions) {
      const fast = plainPeriod(q);
      expect(fast, q).toBeDefined();
      expect(fast, q).toEqual(chronoDateFilter(q, NOW));
    }
  });
  it("leaves to chrono a question with another date, a figure or a time of day", () => {
    for (const q of [
      "who met Trevalian on 5 March 2019?",
      "who met Trevalian in March 2019 and in 2020?",
      "who may meet Trevalian in May?",
      "who met Trevalian in March last year?",
      "who meets Trevalian in June tonight?",
      "who met Trevalian in Marchetti?",
      "who met Trevalian of March 2019?",
      "who met Trevalian in 2019 and 2020?",
      "who met Trevalian in 2019-2020?",
      "who met Trevalian in 2019 at noon?",
    ])
      expect(plainPeriod(q), q).toBeUndefined();
  });
  it("is what the question parser reads", () => {
    expect(parseDateFilter("who did Trevalian meet in September 2019?", NOW)).toEqual({
      start: "2019-09-01",
      end: "2019-09-30",
      text: "September 2019",
    });
    expect(parseDateFilter("meetings of Ostria in March", NOW)).toMatchObject({ month: 3, text: "March" });
  });
});

describe("a month of any year, matched against one day", () => {
  it("matches as the walk over the days does", () => {
    const days = ["2019-03-01", "2019-03-31", "2020-02-29", "2019-04-01", "2018-12-31", "2021-02-28"];
    for (const month of [2, 3, 4, 12])
      for (const day of [undefined, 1, 29, 31])
        for (const d of days) {
          const filter = { month, day, text: "" };
          const [, m, dd] = d.split("-").map(Number);
          expect(dateMatches(filter, d), `${d} ${month} ${day}`).toBe(
            m === month && (day === undefined || dd === day),
          );
        }
  });
  it("still walks a range of days", () => {
    expect(dateMatches({ month: 3, text: "" }, "2019-02-27", "2019-03-02")).toBe(true);
    expect(dateMatches({ month: 3, day: 5, text: "" }, "2019-02-27", "2019-03-02")).toBe(false);
  });
});
