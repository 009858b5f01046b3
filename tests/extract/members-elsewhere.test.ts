/**
 * "The delegation also includes MP A, who took part in the session of the committee": a member the
 * report places at an event of many is named for that, not as one more at the meeting told before.
 * When the clause is about the talks, the member joins the meeting; so does a member named with no
 * clause, right after the only meeting (the roster names who sat at it, see delegation-roster.ts).
 * Short articles written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const lead =
  "GENEVA, May 14. Speaker of the Parliament of Chile Tomas Varela held a bilateral meeting with President of the Senate of Peru Ana Quispe.";

describe("a delegation member placed at another event", () => {
  it("'who took part in the session of the committee' keeps the member out of the meeting", () => {
    expect(
      names(
        `${lead} Varela thanked the Peruvian side for its support. The delegation of Chile also includes Member of Parliament Rosa Miranda, who took part in the session of the Standing Committee on Sustainable Development.`,
      ),
    ).toEqual([["Ana Quispe", "Tomas Varela"]]);
  });
  it("'who attended the plenary sitting' too", () => {
    expect(
      names(
        `${lead} The delegation also included Member of Parliament Rosa Miranda, who attended the plenary sitting of the Assembly.`,
      ),
    ).toEqual([["Ana Quispe", "Tomas Varela"]]);
  });
  it("near miss: 'who took part in the talks' is at the meeting", () => {
    expect(
      names(
        `${lead} The delegation of Chile also included Member of Parliament Rosa Miranda, who took part in the talks.`,
      ),
    ).toEqual([["Ana Quispe", "Rosa Miranda", "Tomas Varela"]]);
  });
  it("near miss: a member named with no clause after the only meeting sat at it", () => {
    expect(names(`${lead} The delegation of Chile also included Member of Parliament Rosa Miranda.`)).toEqual(
      [["Ana Quispe", "Rosa Miranda", "Tomas Varela"]],
    );
  });
});
