/** "X will discuss investments with Y": a discussion to come with a named person or side is a planned meeting. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a discussion to come", () => {
  it("'will discuss ... with' a side of a country", () => {
    const m = meetingsOf(
      "Speaker Tomas Varga is on a working visit to Tallinn. The speaker will discuss opportunities of investments in his country with the management of the port of Tartu and representatives of Estonian companies.",
    );
    expect(m.map((x) => [x.names, x.countries, x.status])).toEqual([
      [["Tomas Varga"], ["Estonia"], "planned"],
    ]);
  });
  it("'is expected to discuss ... with' a named person", () => {
    const m = meetingsOf(
      "Senate Chairman Oren Lasko is expected to discuss cooperation in agriculture with Prime Minister of Chile Rosa Fuentes.",
    );
    expect(m.map((x) => [x.names, x.status])).toEqual([[["Oren Lasko", "Rosa Fuentes"], "planned"]]);
  });
  it("'plans to discuss ... with' a named person", () => {
    const m = meetingsOf(
      "Speaker Anna Berzina arrived in Santiago on Monday. She plans to discuss the transit corridor with Chilean Senate President Dario Quispe during the visit.",
    );
    expect(m.map((x) => [x.names, x.status])).toEqual([[["Anna Berzina", "Dario Quispe"], "planned"]]);
  });
  it("a discussion to come with no one named or no side of a country is no meeting", () => {
    expect(
      meetingsOf(
        "Speaker Mira Holt will discuss the draft budget with the members of the committee next week.",
      ),
    ).toEqual([]);
    expect(
      meetingsOf(
        "Speaker Mira Holt said the chamber will discuss the results with experts from universities.",
      ),
    ).toEqual([]);
  });
});

describe("a discussion by telephone", () => {
  it("is no meeting, done or to come", () => {
    for (const clause of [
      "Speaker Mira Holt discussed the visit with Estonian Prime Minister Kaja Tamm by phone.",
      "Speaker Mira Holt will discuss the visit with Estonian Prime Minister Kaja Tamm in a phone call.",
      "Speaker Mira Holt discussed the visit with Estonian Prime Minister Kaja Tamm over the telephone.",
    ])
      expect(meetingsOf(`Speaker Mira Holt returned from Tallinn. ${clause}`)).toEqual([]);
  });
});
