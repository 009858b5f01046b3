/**
 * Days a wire's own words give or take away: a sentence right after a meeting that restates it with
 * its day ("The meeting took place yesterday"), a forum whose days are over before the report (its
 * talks are not of the report's day), and a headline's "due" with a day, which looks ahead. Names
 * are invented; 2023-10-14 is a Saturday.
 */
import { describe, expect, it } from "vitest";
import { inFutureClause, statedDates } from "../../src/extract/dates.ts";
import { eventOverBefore } from "../../src/extract/meeting-dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const SATURDAY = "2023-10-14";
const talks = (tail: string) =>
  `Deputy Chairman of the Federation Council Ivan Dramov and Deputy Chairperson of the Council of the Republic of Belarus Alesia Kurnevich discussed trade at a meeting on the sidelines of the Forum of Regions${tail}.`;
const lead = (tail: string) => `MOSCOW, October 14. /WIRE/. ${talks(tail)}`;
const datesOf = (text: string) => placesAndDatesOf(text, SATURDAY).map((m) => m.date);

describe("the sentence right after a meeting", () => {
  it("gives its day when it restates the meeting", () => {
    const [date] = datesOf(`${lead("")}\n\nThe meeting took place yesterday at the palace.`);
    expect(date?.start).toBe("2023-10-13");
  });
  it("gives none when it restates nothing", () => {
    const [date] = datesOf(`${lead(", which was held on October 12-13")}\n\nThe forum closed yesterday.`);
    expect(date).toBeUndefined();
  });
});

describe("a forum whose days are over before the report", () => {
  it("is told from one still under way or undated", () => {
    expect(eventOverBefore(talks(", which was held on October 12-13"), SATURDAY)).toBe(true);
    expect(eventOverBefore(talks(", which opened on October 12 and closes on October 15"), SATURDAY)).toBe(
      false,
    );
    expect(eventOverBefore(talks(""), SATURDAY)).toBe(false);
    // Without talks framed by it, a date before the report says nothing of this kind.
    expect(eventOverBefore("The forum was held on October 12-13.", SATURDAY)).toBe(false);
  });
  it("leaves the wire's talks without the day of the report", () => {
    expect(datesOf(lead(", which was held on October 12-13"))).toEqual([undefined]);
    expect(datesOf(lead(""))[0]?.start).toBe(SATURDAY);
  });
});

describe("a headline's 'due' with a day", () => {
  const headline = "Speaker meets Ostrian counterpart; Zorgrad delegation due Thursday";
  it("puts the day in the future", () => {
    const [day] = statedDates(headline, SATURDAY);
    expect(day && inFutureClause(headline, day.index)).toBe(true);
    const plain = "Speaker meets Ostrian counterpart on Thursday";
    const [own] = statedDates(plain, SATURDAY);
    expect(own && inFutureClause(plain, own.index)).toBe(false);
  });
  it("is not 'due to'", () => {
    const text = "The talks were postponed due to the storm on Thursday";
    const [day] = statedDates(text, SATURDAY);
    expect(day && inFutureClause(text, day.index)).toBe(false);
  });
});

describe("a speaker's own report of a meeting the lead told", () => {
  const report = (quote: string) =>
    [
      "ZORGRAD, October 14 (Wire) – Chairman of the Parliament of Georgia Orvan Teliko and Speaker of the Parliament of Armenia Dilo Marsek discussed trade and energy.",
      `"${quote} We spoke about the new border crossing," Teliko wrote on his channel.`,
    ].join("\n\n");
  it("gives the meeting the day it tells", () => {
    const dates = datesOf(
      report("Yesterday I was glad to meet in Zorgrad my good friend, the Speaker Dilo Marsek."),
    );
    expect(dates.map((d) => d?.start)).toEqual(["2023-10-13"]);
  });
  it("adds no meeting and no day when it tells none", () => {
    const dates = datesOf(report("I was glad to meet my good friend, the Speaker Dilo Marsek."));
    expect(dates).toHaveLength(1);
    expect(dates[0]?.start).not.toBe("2023-10-13");
  });
});
