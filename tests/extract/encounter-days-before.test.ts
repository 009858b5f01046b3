/**
 * A same-day report that also dates one of the visit's encounters to a recent day before it ("On 12
 * May, the Deputy Minister also met with the delegation"): its undated meetings may be of any day of
 * the visit, so none takes the day of the report. An encounter dated years back is history and leaves
 * the report's day alone.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const VISIT =
  "ASTANA - An official delegation of the Ostrian parliament is visiting Kazakhstan. During the visit the delegation's head Marek Dvorak was received by the Chairman of the Senate Aidos Serikov.";

describe("an encounter of the visit dated to a recent day before the report", () => {
  it.each([
    "On 12 May, the Deputy Foreign Minister also met with the delegation.",
    "The delegation was also received by officials of the Foreign Ministry on May 11.",
    "On Monday the guests held talks at the Ministry of Trade.",
    // A visitor's programme on such a day: the visit has lasted days too.
    "On Monday, Dvorak laid a wreath at the Defenders of the Fatherland monument.",
    "The guests toured the National Museum on 12 May.",
  ])("leaves the visit's undated meeting without a day: %s", (later) => {
    const meeting = placesAndDatesOf(`${VISIT} ${later}`).find((m) => m.names.includes("Marek Dvorak"));
    expect(meeting?.names).toContain("Aidos Serikov");
    expect(meeting?.date).toBeUndefined();
  });
  it.each([
    "The two parliaments first met on 12 May 2015 in Vienna.",
    "The Senate adopted the law on 12 May.",
    "Dvorak first visited Kazakhstan on 12 May 2015.",
  ])("keeps the report's day when the earlier day is history or no encounter: %s", (later) => {
    const meeting = placesAndDatesOf(`${VISIT} ${later}`).find((m) => m.names.includes("Marek Dvorak"));
    expect(meeting?.date?.start).toBe("2024-05-14");
  });
});
