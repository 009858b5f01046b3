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
  it("is the person the delegation's country's other people accompanied", () => {
    const m = meetingsOf(
      "Bulgarian Party Chair Ivo Markov is visiting Tallinn, accompanied by Bulgarian Committee Chair Petar Dimov. Since Monday, the Bulgarian delegation has held several meetings, including with Estonian Minister Kristjan Tamm. Mr Markov said the talks went well, and Mr Dimov agreed.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Ivo Markov", "Kristjan Tamm"]);
  });
  it("is the one who led the members of a country's committee", () => {
    const m = meetingsOf(
      "SOFIA, May 14. Speaker Ivo Markov has had a meeting with members of the Foreign Affairs Committee of the parliament of Estonia, led by Kristjan Tamm. The MPs discussed trade. Also today, the Estonian MPs had a meeting with Deputy Speaker Rauf Nasibov.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Kristjan Tamm"],
      ["Kristjan Tamm", "Rauf Nasibov"],
    ]);
  });
  it("is the member of its country who speaks, not the host the sentence of the meeting names", () => {
    const m = meetingsOf(
      "On May 3, in Sofia, Ivo Markov met with a delegation of Estonian lawmakers. He told them that trade matters. In turn, a member of the Riigikogu, Kristjan Tamm, offered to open an embassy. Kristjan Tamm pointed out that it was his first visit.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Kristjan Tamm"]]);
  });
});
