/**
 * Which way a weekday points from the day of the report. What is told as done (past tense, or a
 * headline's present) happened on the last such day on or before the report, the report's own day
 * when the weekday is its own; only a plan looks ahead, and a plan named with the report's own weekday
 * is of that very day, never a week later. Names and dates are invented; 2024-05-13 is a Monday.
 */
import { describe, expect, it } from "vitest";
import { statedDates, weekdayOffset } from "../../src/extract/dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const MONDAY = "2024-05-13";
const WEDNESDAY = "2024-05-15";
const days = (sentence: string, published: string, future = false) =>
  statedDates(sentence, published, future).map((d) => d.start);
const dateOf = (text: string, published: string) => placesAndDatesOf(text, published)[0]?.date?.start;

const GEORGIAN = "Speaker of the Parliament of Georgia Orvan Teliko";
const ARMENIAN = "Speaker of the Parliament of Armenia Dilo Marsek";

describe("the offset of a weekday from the report's weekday", () => {
  it("looks back for what is done and ahead for a plan, the same day counting as both", () => {
    // Monday (1) to Monday, Friday (5), Sunday (0).
    expect([weekdayOffset(1, 1, undefined, false), weekdayOffset(1, 1, undefined, true)]).toEqual([0, 0]);
    expect([weekdayOffset(1, 5, undefined, false), weekdayOffset(1, 5, undefined, true)]).toEqual([-3, 4]);
    expect([weekdayOffset(1, 0, undefined, false), weekdayOffset(1, 0, undefined, true)]).toEqual([-1, 6]);
  });
  it("skips the report's own day for 'next' and 'last'", () => {
    expect(weekdayOffset(1, 1, "next", false)).toBe(7);
    expect(weekdayOffset(1, 1, "last", true)).toBe(-7);
    expect(weekdayOffset(3, 1, "last", false)).toBe(-2);
    expect(weekdayOffset(3, 5, "next", false)).toBe(2);
  });
});

describe("a weekday in a sentence", () => {
  it("of a plan is the report's own day when it names the report's weekday", () => {
    expect(days(`${GEORGIAN} will meet ${ARMENIAN} on Monday.`, MONDAY, true)).toEqual([MONDAY]);
    expect(days(`On Monday, ${GEORGIAN} is scheduled to meet ${ARMENIAN}.`, MONDAY, true)).toEqual([MONDAY]);
    expect(days(`${GEORGIAN} will meet ${ARMENIAN} next Monday.`, MONDAY, true)).toEqual(["2024-05-20"]);
    expect(days(`${GEORGIAN} will meet ${ARMENIAN} on Friday.`, WEDNESDAY, true)).toEqual(["2024-05-17"]);
  });
  it("of something done looks back, also in a sentence read as a plan", () => {
    expect(days(`${GEORGIAN} met ${ARMENIAN} on Monday.`, WEDNESDAY)).toEqual([MONDAY]);
    expect(days(`${GEORGIAN} met ${ARMENIAN} this Monday.`, MONDAY)).toEqual([MONDAY]);
    expect(
      days(`${GEORGIAN} met ${ARMENIAN} on Monday, and more meetings will follow.`, WEDNESDAY, true),
    ).toEqual([MONDAY]);
    expect(days(`${GEORGIAN} met ${ARMENIAN} last Monday.`, MONDAY)).toEqual(["2024-05-06"]);
  });
  it("keeps a yearless calendar date of a plan in the year nearest the report", () => {
    // A plan's day just gone is not next year's, and a January plan told in December is next year's.
    expect(days(`${GEORGIAN} is to meet ${ARMENIAN} on 12 May.`, MONDAY, true)).toEqual(["2024-05-12"]);
    expect(days(`${GEORGIAN} will meet ${ARMENIAN} on 10 January.`, "2024-12-20", true)).toEqual([
      "2025-01-10",
    ]);
  });
});

describe("the date of a meeting named with the report's weekday", () => {
  it("is the report's day for a plan, never a week later", () => {
    expect(dateOf(`${GEORGIAN} will meet ${ARMENIAN} on Monday.`, MONDAY)).toBe(MONDAY);
    expect(dateOf(`${GEORGIAN} is expected to hold talks with ${ARMENIAN} on Monday.`, MONDAY)).toBe(MONDAY);
    expect(dateOf(`Talks between ${GEORGIAN} and ${ARMENIAN} will take place on Friday.`, MONDAY)).toBe(
      "2024-05-17",
    );
    expect(
      dateOf(
        `${ARMENIAN} will pay an official visit to Georgia on Monday, during which he will meet ${GEORGIAN}.`,
        MONDAY,
      ),
    ).toBe(MONDAY);
  });
  it("is the report's day for talks told as held or in a headline's present", () => {
    expect(dateOf(`${GEORGIAN} met ${ARMENIAN} on Monday.`, MONDAY)).toBe(MONDAY);
    expect(dateOf(`${GEORGIAN} meets ${ARMENIAN} on Monday\n\nThe sides discussed trade.`, MONDAY)).toBe(
      MONDAY,
    );
  });
});

describe("'tomorrow'", () => {
  it("is the day after the report for a plan, and is not read in a sentence told as done", () => {
    expect(days(`${GEORGIAN} will meet ${ARMENIAN} tomorrow.`, MONDAY, true)).toEqual(["2024-05-14"]);
    expect(days(`${GEORGIAN} met ${ARMENIAN} and will fly home tomorrow.`, MONDAY)).toEqual([]);
  });
  it("dates a planned meeting and a planned visit's meetings, not a meeting held today", () => {
    expect(
      dateOf(`${ARMENIAN} arrived in Tbilisi today. Tomorrow he will hold talks with ${GEORGIAN}.`, MONDAY),
    ).toBe("2024-05-14");
    expect(
      dateOf(`${ARMENIAN} will pay an official visit to Georgia tomorrow. He will meet ${GEORGIAN}.`, MONDAY),
    ).toBe("2024-05-14");
    expect(dateOf(`${GEORGIAN} received ${ARMENIAN} today. Tomorrow Marsek will visit Batumi.`, MONDAY)).toBe(
      MONDAY,
    );
  });
});

describe("'today' in a plan", () => {
  it("dates the plan when said of it, not when said of an arrival or a saying beside it", () => {
    expect(dateOf(`${ARMENIAN} will meet ${GEORGIAN} later today.`, MONDAY)).toBe(MONDAY);
    expect(dateOf(`Later today, ${ARMENIAN} is scheduled to hold talks with ${GEORGIAN}.`, MONDAY)).toBe(
      MONDAY,
    );
    expect(dateOf(`${ARMENIAN} arrived in Tbilisi today and will meet ${GEORGIAN}.`, MONDAY)).toBeUndefined();
    // What follows a saying may be the plan itself.
    expect(days(`${ARMENIAN} said he was hoping to meet ${GEORGIAN} on Wednesday.`, MONDAY, true)).toEqual([
      "2024-05-15",
    ]);
    expect(
      dateOf(`${ARMENIAN}, who arrived in Tbilisi on Sunday, will hold talks with ${GEORGIAN}.`, MONDAY),
    ).toBeUndefined();
  });
});
