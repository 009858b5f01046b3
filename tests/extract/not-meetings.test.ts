/** People mentioned, not met: congratulated on taking office, named in a relationship, spoken about. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("not meetings", () => {
  it("congratulating on an election is a message, unless a meeting is the setting", () => {
    expect(
      meetingsOf("Speaker Ivo Markov congratulated Senator Elena Dragan on her election as Speaker."),
    ).toEqual([]);
    const m = meetingsOf(
      "Opening the meeting, Speaker Ivo Markov congratulated Ambassador Elena Dragan on her appointment.",
    );
    expect(m.map((x) => x.names)).toEqual([["Elena Dragan", "Ivo Markov"]]);
  });
  it("a dialogue between two heads of state is a relationship", () => {
    const m = meetingsOf(
      "Speaker Timur Azimov noted that ties grew thanks to the dialogue between the heads of state Rustam Nazarov and Bekzod Aliyev.",
    );
    expect(m).toEqual([]);
  });
  it("speaking about something another side will see is not speaking with it", () => {
    const m = meetingsOf(
      "Speaker Olena Marchenko spoke about the damage, which members of the European Parliament will be able to see.",
    );
    expect(m).toEqual([]);
  });
  it("an umbrella headline merges into the specific meeting the article reports", () => {
    const m = meetingsOf(
      "Senate Speaker held talks with Italian colleagues\n\nSpeaker of the Senate of Kazakhstan Askar Bekov met with President of the Senate of Italy Giulia Ferraro in Rome.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Askar Bekov", "Giulia Ferraro"], []]]);
  });
});
