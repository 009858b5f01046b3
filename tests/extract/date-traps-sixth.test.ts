/**
 * The sixth trap set (fixtures/invented-dates-traps-sixth.ts): talks at an assembly abroad reported
 * from home, a report passed on from an outlet named by its web address, a day in a reporting clause,
 * two clauses with a day each, and a dateline glued to the title. Names and places are invented.
 */
import { describe, expect, it } from "vitest";
import { isOpeningStamp, statedDates } from "../../src/extract/dates.ts";
import { isDayHeading } from "../../src/extract/day-headings.ts";
import { eventHeldAway } from "../../src/extract/event-abroad.ts";
import { isRelayedReport } from "../../src/extract/late-report.ts";
import { quoteAround } from "../../src/extract/quotes.ts";
import { INVENTED_DATE_TRAPS_SIXTH } from "./fixtures/invented-dates-traps-sixth.ts";
import { scoreInventedDates } from "./invented-date-score.ts";

describe("the sixth trap set of invented reports", () => {
  it("gives no meeting a date the text does not give it, and the dated ones right", () => {
    const score = scoreInventedDates(INVENTED_DATE_TRAPS_SIXTH);
    if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);
    expect(score.errors).toEqual([]);
    expect(score.invented).toBe(0);
    expect(score.missed).toBe(0);
    expect(score.accuracy).toBe(1);
  });
});

describe("the rules the sixth set found", () => {
  const PUBLISHED = "2025-03-14";
  it("places an assembly in another country than the dateline's, not one at home, recalled or to come", () => {
    const home = "Kazakhstan";
    expect(
      eventHeldAway("X met the participants of the 150th Assembly of the Union in Portugal.", home),
    ).toBe(true);
    expect(eventHeldAway("X met Y on the sidelines of the session held in Strasbourg.", home)).toBe(true);
    expect(eventHeldAway("X met Y on the sidelines of the conference in Astana.", home)).toBe(false);
    expect(eventHeldAway("X invited Y to attend the forum in Lisbon next month.", home)).toBe(false);
    expect(eventHeldAway("X recalled the summit in Lisbon last year.", home)).toBe(false);
    expect(eventHeldAway("X met the participants of the Assembly in Portugal.", undefined)).toBe(false);
  });
  it("reads an outlet named by its web address as another source, not a chamber's press service", () => {
    expect(isRelayedReport(undefined, ["X met Y, Trend reports with reference to the khovar.tj."])).toBe(
      true,
    );
    expect(isRelayedReport(undefined, ["X received Y, the agency reports citing kun.uz."])).toBe(true);
    expect(
      isRelayedReport(undefined, ["X received Y, Kazinform cites the press service of the Senate."]),
    ).toBe(false);
  });
  it("takes the day of a reporting clause for the report's, not the talks'", () => {
    const days = (t: string) => statedDates(t, PUBLISHED).map((d) => d.start);
    expect(
      days(
        "At the meeting with Y, the sides discussed trade, as reported by the Senate's press service on March 13.",
      ),
    ).toEqual([]);
    expect(days("X met Y on March 12, as announced by the Senate on Thursday.")).toEqual(["2025-03-12"]);
  });
  it("takes a day closing a dateline glued to a title for a stamp, not a meeting's day", () => {
    const stamp = (t: string) => statedDates(t, PUBLISHED).some((d) => isOpeningStamp(t, d));
    expect(stamp("KYRGYZSTAN, March 14 - The Speaker receives a delegation")).toBe(true);
    expect(stamp("TASHKENT, Uzbekistan, March 14. The Senate chief meets Y")).toBe(true);
    expect(stamp("On Friday, March 14 - the Speaker met Y")).toBe(false);
    expect(stamp("Speaker X met Y on March 14 - a first for the chamber")).toBe(false);
  });
  it("reads a line that is only a day as a digest's heading, not one with a year, a time or words", () => {
    const headings = ["July 9th", "9 July", "July 11th – 12th.", "Tuesday, 9 July"];
    const others = ["16 April 2015", "9 July 11:30", "On 9 July X met Y."];
    expect(headings.filter(isDayHeading)).toEqual(headings);
    expect(others.filter(isDayHeading)).toEqual([]);
  });
  it("reads a remark that began in the sentence before from the sentence's start", () => {
    const t = 'The visit runs from March 13-17," the senator wrote.';
    expect(quoteAround(t, t.indexOf("March"))).toBe("The visit runs from March 13-17,");
  });
});
