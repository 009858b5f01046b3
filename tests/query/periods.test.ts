/**
 * Periods asked about in words: seasons, parts of a year, spans of years or months, decades, a month
 * alone. Each narrows the meetings to that span, not to the whole year it names. Invented people.
 */
import { describe, expect, it } from "vitest";
import { parseDateFilterRuKk } from "../../src/i18n/dates.ts";
import { parseDateFilter } from "../../src/query/dates.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const now = NOW();
const span = (question: string) => {
  const f = parseDateFilter(question, now);
  return f && { start: f.start, end: f.end, months: f.months, month: f.month };
};

describe("periods named in words", () => {
  it("reads a season of a year, winter ending in that year's February", () => {
    expect(span("who did Orvel meet in spring 2017?")).toMatchObject({
      start: "2017-03-01",
      end: "2017-05-31",
    });
    expect(span("in the summer of 2020")).toMatchObject({ start: "2020-06-01", end: "2020-08-31" });
    expect(span("in fall 2019")).toMatchObject({ start: "2019-09-01", end: "2019-11-30" });
    expect(span("in winter 2019")).toMatchObject({ start: "2018-12-01", end: "2019-02-28" });
  });
  it("reads a season without a year as that season of any year, and the last one before today", () => {
    expect(span("who did Orvel meet in spring?")).toMatchObject({ months: [3, 4, 5] });
    expect(span("last autumn")).toMatchObject({ start: "2025-09-01", end: "2025-11-30" });
  });
  it("reads parts of a year", () => {
    expect(span("in early 2025")).toMatchObject({ start: "2025-01-01", end: "2025-03-31" });
    expect(span("in late 2024")).toMatchObject({ start: "2024-10-01", end: "2024-12-31" });
    expect(span("in mid-2022")).toMatchObject({ start: "2022-05-01", end: "2022-08-31" });
    expect(span("in the second half of 2024")).toMatchObject({ start: "2024-07-01", end: "2024-12-31" });
    expect(span("in Q3 2023")).toMatchObject({ start: "2023-07-01", end: "2023-09-30" });
  });
  it("reads spans of years and of months, and decades", () => {
    expect(span("between 2019 and 2021")).toMatchObject({ start: "2019-01-01", end: "2021-12-31" });
    expect(span("from 2019 to 2021")).toMatchObject({ start: "2019-01-01", end: "2021-12-31" });
    expect(span("in 2019-2020")).toMatchObject({ start: "2019-01-01", end: "2020-12-31" });
    expect(span("from March to May 2024")).toMatchObject({ start: "2024-03-01", end: "2024-05-31" });
    expect(span("in the 2010s")).toMatchObject({ start: "2010-01-01", end: "2019-12-31" });
  });
  it("reads a month of a year written in figures, but not a day written so", () => {
    expect(span("who did Orvel meet in 2020-09?")).toMatchObject({ start: "2020-09-01", end: "2020-09-30" });
    expect(span("in 09/2020")).toMatchObject({ start: "2020-09-01", end: "2020-09-30" });
    expect(span("in 2.2021")).toMatchObject({ start: "2021-02-01", end: "2021-02-28" });
    expect(parseDateFilterRuKk("с кем встречался Орвел в 09.2020?", now)).toMatchObject({
      start: "2020-09-01",
      end: "2020-09-30",
    });
    expect(span("on 21.09.2020")).toMatchObject({ start: "2020-09-21", end: "2020-09-21" });
  });
  it("reads a month alone as that month of any year, but not 'may' the verb", () => {
    expect(span("who did Orvel meet in March?")).toMatchObject({ month: 3 });
    expect(span("who did Orvel meet in May?")).toMatchObject({ month: 5 });
    expect(span("who may Orvel meet?")).toBeUndefined();
  });
});

describe("meetings narrowed to a named period", () => {
  const months = ["2017-01-20", "2017-04-12", "2017-07-03", "2017-10-30", "2018-04-02"];
  const guests = ["Tal Avner", "Bea Corvin", "Ned Daskal", "Uma Ferrant", "Ivo Galen"];
  const base = factBase({
    articles: months.map((d, i) => ({ id: `a${i}`, file: `a${i}.txt`, published: d, sentences: [] })),
    people: [
      speaker("orvel", "Orvel Brandt", "Kazakhstan", "a0"),
      ...guests.map((name, i) => speaker(`g${i}`, name, "Mongolia", `a${i}`)),
    ],
    meetings: months.map((d, i) =>
      meeting({
        id: `m${i}`,
        articleId: `a${i}`,
        participants: ["orvel", `g${i}`],
        date: { start: d, basis: "stated" },
      }),
    ),
  });
  const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

  it("keeps the meetings of the season only", () => {
    const text = ask("who did Brandt meet in spring 2017?");
    expect(text).toContain("Bea Corvin");
    expect(text).not.toContain("Ned Daskal");
    expect(text).not.toContain("Ivo Galen");
  });
  it("keeps the meetings of that season in every year when no year is said", () => {
    const text = ask("who did Brandt meet in spring?");
    expect(text).toContain("Bea Corvin");
    expect(text).toContain("Ivo Galen");
    expect(text).not.toContain("Tal Avner");
  });
  it("keeps the meetings of a part of a year", () => {
    const text = ask("who did Brandt meet in late 2017?");
    expect(text).toContain("Uma Ferrant");
    expect(text).not.toContain("Ned Daskal");
  });
});
