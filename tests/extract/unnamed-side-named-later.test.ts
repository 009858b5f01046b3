/**
 * An unnamed side of a meeting that the article names later: its members listed with "the
 * parliamentarians include", its head told by "accompanied by" or by "members of ..., led by", or a
 * member who speaks for it. The annotated reports count that person at the meeting. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("an unnamed side named later", () => {
  it("takes in the people 'the parliamentarians include' after a meeting with parliamentarians", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov of Bulgaria is visiting Japan. During the trip, Mr Markov will also meet Japanese parliamentarians to discuss trade. The parliamentarians include Mr Kenji Sato, who heads the Japan-Bulgaria Friendship League.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Ivo Markov", "Kenji Sato"], ["Japan"]]]);
  });
  it("does not read the protagonist into 'the parliamentarians' that take up the side met", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov of Bulgaria is visiting Japan. Mr Markov will meet Japanese lawmakers on Friday. The lawmakers include Ms Yumi Ota and Mr Kenji Sato.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Kenji Sato", "Yumi Ota"]]);
  });
  it("takes in no one when the noun is not the side's", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov of Bulgaria met Japanese parliamentarians in Tokyo. The senators include Mr Kenji Sato.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov"]]);
  });
});
