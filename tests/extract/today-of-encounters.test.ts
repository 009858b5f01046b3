/**
 * "today" dates the day's meetings only when it is said of an encounter (or of the opening of the
 * event they are held at), not of a law adopted, an anniversary marked, another event's opening, a
 * return home or a telling about talks held before. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { statedDates } from "../../src/extract/dates.ts";
import { todayFramesMeetings } from "../../src/extract/meeting-dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const talks = "Senate Speaker Dilo Marsek met with Speaker of the Parliament of Georgia Orvan Teliko";
const dateOf = (text: string) => placesAndDatesOf(text, "2024-07-10")[0]?.date;

describe("a 'today' said of something else", () => {
  it("does not date the article's meeting", () => {
    expect(
      dateOf(`${talks} in Geneva.\n\nToday the Assembly adopted a resolution on climate.`),
    ).toBeUndefined();
    expect(dateOf(`${talks} in Geneva.\n\nThe Senate today adopted the law on water.`)).toBeUndefined();
    expect(
      dateOf(`${talks}. Today marks 30 years of diplomatic relations between the two countries.`),
    ).toBeUndefined();
    expect(
      dateOf(
        "Senate Speaker Dilo Marsek, who is in Geneva for the Veltar Assembly which opened today, met with Speaker of the Parliament of Georgia Orvan Teliko.",
      ),
    ).toBeUndefined();
  });
  it("is no encounter's day in a return or a telling about talks", () => {
    expect(
      statedDates(
        "Marsek, who returned today from Georgia, said that he had met with Speaker Orvan Teliko.",
        "2024-07-10",
      ),
    ).toEqual([]);
    expect(
      statedDates("Marsek today told journalists about his meeting with Speaker Orvan Teliko.", "2024-07-10"),
    ).toEqual([]);
    expect(
      dateOf(
        "ASTANA, July 10. Senate Speaker Dilo Marsek today told journalists about his meeting with Speaker of the Parliament of Georgia Orvan Teliko.",
      ),
    ).toBeUndefined();
  });
});

describe("a 'today' said of an encounter", () => {
  it("frames the day's meetings", () => {
    expect(
      todayFramesMeetings("Speaker Dilo Marsek today held meetings with ambassadors.", "2024-07-10"),
    ).toBe(true);
    expect(todayFramesMeetings("The Veltar Forum opened in Baku today.", "2024-07-10")).toBe(true);
    expect(todayFramesMeetings("The Senate today adopted the law on water.", "2024-07-10")).toBe(false);
    expect(dateOf(`${talks}.\n\nThe talks were held today in a warm atmosphere.`)).toMatchObject({
      start: "2024-07-10",
      basis: "today",
    });
  });
});
