/**
 * Trap sentences where a careless reader would give a meeting a day the text does not give it: a
 * relative clause of the future ("X, who will visit Ostria on 20 May, met Y"), an arrival's day in a
 * clause ("who arrived in Valdor the day before yesterday"), "Today marks 30 years since X first met
 * Y"; and guards of the same family that already held (a treaty's, an election's, a quote's, a letter's
 * day, "last week", a title line's date). Names are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

// Thursday 16 May 2024.
const PUBLISHED = "2024-05-16";
const dateOf = (text: string) => placesAndDatesOf(text, PUBLISHED)[0]?.date?.start;

describe("a day in a clause of the future", () => {
  it("is not the day of the meeting the main clause reports", () => {
    expect(
      dateOf("Speaker Orvan Teliko, who will visit Ostria on 20 May, met with Ambassador Dilo Marsek."),
    ).toBeUndefined();
  });
  it("leaves a plan told in the main clause its day", () => {
    expect(dateOf("Speaker Orvan Teliko will meet Ambassador Dilo Marsek on 20 May.")).toBe("2024-05-20");
  });
});

describe("an arrival's day in a clause", () => {
  it("is not the talks' day: 'who arrived the day before yesterday'", () => {
    expect(
      dateOf(
        "Speaker Orvan Teliko, who arrived in Valdor the day before yesterday, held talks with Speaker Dilo Marsek.",
      ),
    ).toBeUndefined();
  });
  it("unlike the talks' own 'the day before yesterday'", () => {
    expect(
      dateOf("The day before yesterday, Speaker Orvan Teliko held talks with Speaker Dilo Marsek."),
    ).toBe("2024-05-14");
  });
});

describe("'Today marks 30 years since'", () => {
  it("dates no encounter", () => {
    expect(
      dateOf("Today marks 30 years since Speaker Orvan Teliko first met Ambassador Dilo Marsek."),
    ).toBeUndefined();
  });
});

describe("days of other things beside an undated meeting", () => {
  it.each([
    [
      "a treaty",
      "Speaker Orvan Teliko received Ambassador Dilo Marsek. The sides noted the Treaty of Friendship signed on 3 March 1994.",
    ],
    [
      "an election",
      "Speaker Orvan Teliko received Ambassador Dilo Marsek. The parliamentary elections in Ostria were held on 12 May.",
    ],
    [
      "a quote",
      'Speaker Orvan Teliko received Ambassador Dilo Marsek. "On Monday our governments agreed on a new route," Marsek said.',
    ],
    [
      "a letter",
      "Speaker Orvan Teliko met with Ambassador Dilo Marsek, who handed over a letter dated 10 May from President Anel Vost.",
    ],
    [
      "last week",
      "ASTANA. KAZINFORM – Last week Speaker Orvan Teliko met with Ambassador Dilo Marsek, the press service reports.",
    ],
    [
      "a title line",
      "Parliament delegation in Ostria, 14 May 2024\n\nSpeaker Orvan Teliko held talks with Speaker Dilo Marsek.",
    ],
    [
      "an anniversary ahead",
      "Speaker Orvan Teliko received Ambassador Dilo Marsek ahead of the 30th anniversary of relations, which falls on 20 May.",
    ],
  ])("gives it none: %s", (_, text) => {
    expect(dateOf(text)).toBeUndefined();
  });
});
