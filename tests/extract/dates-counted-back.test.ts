/**
 * How a report places a meeting back from its own day: a count of days ("two days ago") names a day;
 * a stretch of the week ("at the beginning of the week", "at the end of last week") or the adverb
 * "previously" on the meeting's verb names none, and then no day may be guessed from the dateline
 * either. A held meeting never takes a day after the report's from another sentence. Names and places
 * are invented. The report is of Thursday 16 January 2025 unless said otherwise.
 */
import { describe, expect, it } from "vitest";
import { statedDates } from "../../src/extract/dates.ts";
import { isPastUndated } from "../../src/extract/late-report.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const PUBLISHED = "2025-01-16";
const days = (s: string) => statedDates(s, PUBLISHED).map((d) => d.start);
const MET = "Chairman of the Mazhilis Arman Teliyev met with Ambassador of Egypt Tarek Mansouri";
// A same-day report from the meeting's city: without words of time, the publication's day stands.
const wire = (body: string) => placesAndDatesOf(`VELTBURG. NORINFORM – ${body}`, PUBLISHED);
const dateOfOnly = (body: string) => {
  const meetings = wire(body);
  expect(meetings).toHaveLength(1);
  return meetings[0]?.date?.start;
};

describe("a count of days back from the report", () => {
  it("names the day so many days before it", () => {
    expect(days(`Two days ago, ${MET}.`)).toEqual(["2025-01-14"]);
    expect(days(`${MET} three days ago.`)).toEqual(["2025-01-13"]);
    expect(days(`${MET} 5 days ago.`)).toEqual(["2025-01-11"]);
  });
  it("dates the meeting of the report told so", () => {
    expect(dateOfOnly(`Two days ago, ${MET}.`)).toBe("2025-01-14");
  });
  it("names no day when it counts weeks or an unsaid number of days", () => {
    expect(days(`Two weeks ago, ${MET}.`)).toEqual([]);
    expect(days(`${MET} a few days ago.`)).toEqual([]);
    expect(dateOfOnly(`Two weeks ago, ${MET}.`)).toBeUndefined();
    expect(dateOfOnly(`${MET} a few days ago.`)).toBeUndefined();
  });
  it("is not a plan's day", () => {
    const meetings = placesAndDatesOf(
      `Speaker to visit Norland\n\nArman Teliyev, who returned from Ostria two days ago, will meet Speaker of the Parliament of Norland Pavel Zemlak.`,
      PUBLISHED,
    );
    for (const m of meetings) expect(m.date?.start).not.toBe("2025-01-14");
  });
});

describe("a stretch of the week, or 'previously', without a day", () => {
  it("tells the meeting as past without its day", () => {
    expect(isPastUndated(`At the beginning of the week, ${MET}.`)).toBe(true);
    expect(isPastUndated(`At the end of last week, ${MET}.`)).toBe(true);
    expect(isPastUndated(`${MET.replace(" met", " previously met")} to discuss tourism.`)).toBe(true);
    expect(isPastUndated("Arman Teliyev previously held talks with Tarek Mansouri.")).toBe(true);
  });
  it("leaves the meeting undated in a same-day report from its city", () => {
    expect(dateOfOnly(`At the beginning of the week, ${MET}.`)).toBeUndefined();
    expect(dateOfOnly(`At the end of last week, ${MET}.`)).toBeUndefined();
    expect(dateOfOnly(`${MET.replace(" met", " previously met")} to discuss tourism.`)).toBeUndefined();
  });
  it("is not 'previously' said of something else than the meeting", () => {
    expect(isPastUndated(`${MET}, who previously served as consul in Veltburg.`)).toBe(false);
    expect(dateOfOnly(`${MET}, who previously served as consul in Veltburg.`)).toBe(PUBLISHED);
  });
  it("keeps a day the week's words do not replace", () => {
    expect(dateOfOnly(`${MET} on Tuesday.`)).toBe("2025-01-14");
    expect(dateOfOnly(`${MET} on Tuesday last week.`)).toBe("2025-01-07");
  });
});

describe("a span of days written with 'between ... and'", () => {
  it("is a range, read only after 'between'", () => {
    expect(
      statedDates(`Between 12 and 14 January, ${MET} in Veltburg.`, PUBLISHED).map((d) => [d.start, d.end]),
    ).toEqual([["2025-01-12", "2025-01-14"]]);
    expect(statedDates(`${MET} on 12 and 14 January.`, PUBLISHED).some((d) => d.end)).toBe(false);
  });
});

describe("a stretch of days told by its length", () => {
  it("names no day of the meeting", () => {
    expect(isPastUndated(`Over two days, ${MET}.`)).toBe(true);
    expect(isPastUndated(`During the three days, ${MET}.`)).toBe(true);
    expect(dateOfOnly(`Over two days, ${MET}.`)).toBeUndefined();
  });
  it("is not a plan's wait", () => {
    expect(isPastUndated("Arman Teliyev will meet Tarek Mansouri in two days.")).toBe(false);
  });
});

describe("a held meeting and a day after the report", () => {
  it("takes no later day from the lead", () => {
    expect(dateOfOnly(`${MET} on 20 January.`)).toBeUndefined();
  });
  it("keeps a plan's day to come", () => {
    const meetings = wire(`${MET.replace(" met", " will meet")} on 20 January.`);
    expect(meetings[0]?.date?.start).toBe("2025-01-20");
  });
});
