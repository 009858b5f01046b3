/**
 * A date in a meeting's sentence may belong to another event the sentence names: a forum's opening,
 * a document's signing, a post taken up, an earlier meeting, an event the talks are placed before or
 * after. Such a date is no meeting's. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { statedDates } from "../../src/extract/dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const days = (s: string) => statedDates(s, "2024-07-10").map((d) => d.start);

describe("a date of another event in the meeting's sentence", () => {
  it("is the opening or close of a forum told in a relative clause, a place between", () => {
    expect(
      days("Marsek met Teliko on the sidelines of the forum, which opened in Veltbury on July 8."),
    ).toEqual([]);
    expect(days("Marsek met Teliko on the sidelines of the forum that began on July 8.")).toEqual([]);
    expect(days("Marsek met Teliko at the forum opened in Veltbury on July 8.")).toEqual([]);
    expect(days("The forum, which closed on Tuesday, brought together forty speakers.")).toEqual([]);
  });
  it("is the signing of a document, with its place or its signers before the date", () => {
    expect(days("Marsek met Teliko to discuss the agreement signed in Veltbury on 3 May 2019.")).toEqual([]);
    expect(
      days("Marsek met Teliko to discuss the agreement the two countries signed on 3 May 2019."),
    ).toEqual([]);
    // Signed at the talks: the day of the talks.
    expect(days("The memorandum was signed on 3 July during the talks.")).toEqual(["2024-07-03"]);
  });
  it("is a post taken up, a holiday celebrated, something done before (past perfect)", () => {
    expect(days("Marsek met Teliko, who took office on 1 July.")).toEqual([]);
    expect(days("Marsek met Teliko to mark Independence Day, celebrated on 9 July.")).toEqual([]);
    expect(days("Marsek met Teliko, who had attended the inauguration on 7 July.")).toEqual([]);
  });
  it("is an earlier meeting the sentence recalls", () => {
    expect(days("Marsek met Teliko, recalling their previous meeting on 7 March.")).toEqual([]);
    expect(days("Their last meeting was on 7 March.")).toEqual([]);
  });
  it("is an event the talks are placed before or after, unless that event is talks", () => {
    expect(
      days("Marsek met Teliko ahead of the 30th anniversary of diplomatic relations on 9 July."),
    ).toEqual([]);
    expect(days("Marsek met Teliko after the elections on 30 June.")).toEqual([]);
    expect(days("Marsek met Teliko following the vote on Tuesday.")).toEqual([]);
    expect(days("Teliko said after the talks on Tuesday that trade would grow.")).toEqual(["2024-07-09"]);
  });
  it("leaves the meeting's own date, in a relative clause of a meeting too", () => {
    expect(days("Marsek met Teliko on 8 July in Veltbury.")).toEqual(["2024-07-08"]);
    expect(days("Teliko, who met Marsek on Monday, praised the talks.")).toEqual(["2024-07-08"]);
  });
});

describe("a date or a city in a clause on an earlier encounter with the one met", () => {
  it("is neither the meeting's date nor its place", () => {
    expect(days("Marsek met Teliko, with whom he had talks on 5 May in Baku.")).toEqual([]);
    const [m] = placesAndDatesOf(
      "Speaker Dilo Marsek met with Speaker of the Parliament of Georgia Orvan Teliko, with whom he had talks on 5 May in Baku.",
      "2024-07-12",
    );
    expect(m?.names).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
    expect(m?.place).toBeUndefined();
  });
});

describe("the day of an event's opening told before the talks", () => {
  it("is not the day of talks held at the event, in the lead or in the sentence before", () => {
    const lead = "On July 9, Speaker Dilo Marsek attended the opening of the Veltar Assembly in Tbilisi.";
    const talks = "Speaker Dilo Marsek met with Speaker of the Parliament of Georgia Orvan Teliko.";
    for (const text of [`${lead} ${talks}`, `${lead}\n\n${talks}`]) {
      const [m] = placesAndDatesOf(text, "2024-07-12");
      expect(m?.names).toEqual(["Dilo Marsek", "Orvan Teliko"]);
      expect(m?.date).toBeUndefined();
    }
  });
});
