/**
 * A subject whose relative clause tells a meeting of its own, before the main verb tells another:
 * "X, who on Monday met Y, today held talks with Z". Both are meetings, each with its own day; a day
 * that only the clause on Y holds is not the day of the talks with Z. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

// Thursday 16 May 2024.
const PUBLISHED = "2024-05-16";
const meetingsOf = (text: string) =>
  placesAndDatesOf(text, PUBLISHED).map((m) => `${m.names.join(" + ")} @ ${m.date?.start ?? "-"}`);

describe("a meeting told in a relative clause on the subject, then one in the main clause", () => {
  it("gives both meetings, each with the day of its own clause", () => {
    expect(
      meetingsOf(
        "Speaker Orvan Teliko, who on Monday met with Dilo Marsek, today held talks with Ivo Brant.",
      ),
    ).toEqual(["Dilo Marsek + Orvan Teliko @ 2024-05-13", "Ivo Brant + Orvan Teliko @ 2024-05-16"]);
    expect(
      meetingsOf("Speaker Orvan Teliko, who met Dilo Marsek on 3 May, received Ivo Brant on Tuesday."),
    ).toEqual(["Dilo Marsek + Orvan Teliko @ 2024-05-03", "Ivo Brant + Orvan Teliko @ 2024-05-14"]);
  });
  it("leaves the main clause's meeting undated when only the other clause has a day", () => {
    expect(
      meetingsOf("Speaker Orvan Teliko, who on Monday met with Dilo Marsek, held talks with Ivo Brant."),
    ).toEqual(["Dilo Marsek + Orvan Teliko @ 2024-05-13", "Ivo Brant + Orvan Teliko @ -"]);
  });
  it("adds nothing when the clause tells no meeting", () => {
    expect(meetingsOf("Speaker Orvan Teliko, who arrived on Monday, held talks with Ivo Brant.")).toEqual([
      "Ivo Brant + Orvan Teliko @ -",
    ]);
    expect(meetingsOf("Speaker Orvan Teliko met Ivo Brant on Monday.")).toEqual([
      "Ivo Brant + Orvan Teliko @ 2024-05-13",
    ]);
  });
});
