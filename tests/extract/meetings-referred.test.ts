/** Meeting nouns referred to, not reported: wished for, built upon, held by telephone, or a cause of ties. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Deputy Lina Porvalis met with Ambassador Teodor Vasko in Rinsk.";
const names = (text: string) => meetingsOf(`${lead} ${text}`).map((m) => m.names);
const onlyTheLead = [["Lina Porvalis", "Teodor Vasko"]];

describe("meetings referred to, not reported", () => {
  it("a meeting proposed, suggested or only possible is no meeting", () => {
    for (const sentence of [
      "Porvalis proposed holding a meeting between Speaker Arno Kelbet and Senator Dina Marlo at the assembly.",
      "Porvalis suggested organizing talks between Speaker Arno Kelbet and Senator Dina Marlo in the autumn.",
      "The sides discussed the possibility of a meeting between Speaker Arno Kelbet and Senator Dina Marlo.",
    ])
      expect(names(sentence)).toEqual(onlyTheLead);
  });
  it("the fruits or the effects of earlier talks are history the speaker builds on", () => {
    for (const sentence of [
      "Vasko recalled the results of the talks between Arno Kelbet and Dina Marlo, which opened a new chapter.",
      "The guests noted that the meetings between Presidents Arno Kelbet and Dina Marlo have given impetus to trade.",
      "The talks of Presidents Arno Kelbet and Dina Marlo in May laid the foundation for the new stage.",
    ])
      expect(names(sentence)).toEqual(onlyTheLead);
  });
  it("a telephone conversation between two people is no encounter", () => {
    expect(
      names(
        "A telephone conversation between Speaker Arno Kelbet and Senator Dina Marlo took place last week.",
      ),
    ).toEqual(onlyTheLead);
  });
  it("but talks between two people that took place are a meeting", () => {
    expect(
      names("Talks between Speaker Arno Kelbet and Senator Dina Marlo took place in Rinsk."),
    ).toContainEqual(["Arno Kelbet", "Dina Marlo"]);
  });
});
