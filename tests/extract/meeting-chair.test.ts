/** "The meeting was chaired by X": the chair of the meeting just told sits at it. */
import { describe, expect, it } from "vitest";
import { chairsOfTheMeeting } from "../../src/extract/finders/meeting-chair.ts";
import { meetingsOf } from "./meeting-helpers.ts";

describe("the chair of the meeting just reported", () => {
  it("joins that meeting, with the others who took part", () => {
    const m = meetingsOf(
      "On Wednesday, the Ambassador of Ostria to Kazakhstan, Tomas Veller, met members of the Majilis group on cooperation with the Parliament of Ostria. The meeting was chaired by the head of the group, Majilis deputy Arman Kassen. Members of the group Dana Seitova and Bolat Oraz also took part in the discussion.",
    );
    expect(m.map((x) => x.names)).toEqual([["Arman Kassen", "Bolat Oraz", "Dana Seitova", "Tomas Veller"]]);
  });
  it("is read after 'the meeting', 'the talks', co-chairs too", () => {
    expect(chairsOfTheMeeting("the meeting was chaired by @m0 .")).toEqual([0]);
    expect(chairsOfTheMeeting("the talks were co-chaired by @m1 and @m2 .")).toEqual([1, 2]);
  });
  it("reads its co-chairs as the other finders read a short list of people", () => {
    expect(chairsOfTheMeeting("the talks were co-chaired by @m1 as well as @m2 .")).toEqual([1, 2]);
    expect(chairsOfTheMeeting("the meeting was co-chaired by @m1 along with deputy @m2 .")).toEqual([1, 2]);
  });
  it("is not the chair of a sitting or a session, another event", () => {
    expect(chairsOfTheMeeting("the plenary session was chaired by @m0 .")).toEqual([]);
    expect(chairsOfTheMeeting("a meeting was chaired by @m0 .")).toEqual([]);
  });
});
