import { describe, expect, it } from "vitest";
import { atTheMeeting } from "../../src/extract/at-the-meeting.ts";

const whole = (source: string) => new RegExp(`^${source}$`);

describe("atTheMeeting", () => {
  it("reads at/during/in the [word] meeting/talks/negotiations", () => {
    const re = whole(atTheMeeting());
    for (const s of [
      "at the meeting",
      "during the talks",
      "in the bilateral negotiations",
      "at the 2nd meeting",
    ])
      expect(re.test(s)).toBe(true);
    for (const s of ["at this meeting", "during the discussions", "at the very long meeting"])
      expect(re.test(s)).toBe(false);
  });

  it("keeps a narrower word when asked (letters and hyphens only)", () => {
    const re = whole(atTheMeeting({ word: "[a-z-]" }));
    expect(re.test("at the follow-up talks")).toBe(true);
    expect(re.test("at the 2nd meeting")).toBe(false);
  });

  it("widens the determiners and the nouns when asked", () => {
    const re = whole(atTheMeeting({ determiners: ["the", "this", "that"], moreNouns: ["discussions?"] }));
    for (const s of ["at this meeting", "during that discussion", "in the discussions"])
      expect(re.test(s)).toBe(true);
  });
});
