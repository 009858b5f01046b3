/** "X's meeting with Y was postponed": a meeting the sentence calls off is no meeting. */
import { describe, expect, it } from "vitest";
import { calledOffMentions } from "../../src/extract/called-off.ts";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";

describe("a meeting called off", () => {
  it("is no meeting", () => {
    for (const clause of [
      "Tomas Varga's meeting with Chilean Senate President Rosa Fuentes was postponed.",
      "The meeting between Tomas Varga and Chilean Senate President Rosa Fuentes was cancelled.",
      "Tomas Varga's talks with Chilean Senate President Rosa Fuentes were called off.",
    ])
      expect(meetingsOf(`${lead} ${clause}`)).toEqual([]);
  });
  it("is no meeting when it 'could not take place'", () => {
    for (const clause of [
      "A meeting with Chilean Senate President Rosa Fuentes, requested by the delegation, could not take place.",
      "Tomas Varga's talks with Chilean Senate President Rosa Fuentes did not take place.",
      "The meeting between Tomas Varga and Chilean Senate President Rosa Fuentes was not held.",
    ])
      expect(meetingsOf(`${lead} ${clause}`)).toEqual([]);
  });
  it("leaves a meeting held where something else could not take place", () => {
    const m = meetingsOf(
      `${lead} Tomas Varga met Chilean Senate President Rosa Fuentes, although the planned visit to the port could not take place.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
  });
  it("leaves the meetings held beside it", () => {
    const m = meetingsOf(
      `${lead} Tomas Varga met Chilean Senate President Rosa Fuentes on Monday, but his talks with Chamber President Pablo Rios were postponed.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
  });
  it("a meeting held after something else was postponed is still held", () => {
    const m = meetingsOf(
      `${lead} After the vote was postponed, Tomas Varga met Chilean Senate President Rosa Fuentes.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
  });
});

describe("a meeting that could not take place", () => {
  const visit =
    "A delegation of the Ostrian Senate led by Senator Halvard Brenne visited Veldania on 3 May. The delegation met the Speaker of the Veldanian Parliament, Mirela Kostova.";
  it("is no meeting, with an aside between the noun and the verb", () => {
    const m = meetingsOf(
      `${visit} A meeting with Prime Minister Ilona Marsh, requested by the delegation, could not take place.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Halvard Brenne", "Mirela Kostova"]]);
  });
  it("is no meeting, also when it did not take place or did not go ahead", () => {
    for (const end of ["did not take place", "failed to take place", "did not go ahead"]) {
      const m = meetingsOf(`${visit} The planned meeting with Prime Minister Ilona Marsh ${end}.`);
      expect(m.map((x) => x.names)).toEqual([["Halvard Brenne", "Mirela Kostova"]]);
    }
  });
  it("is no meeting with an unnamed side either", () => {
    const m = meetingsOf(
      "A delegation of the Ostrian Senate led by Senator Halvard Brenne visited Kyrgyzstan on 3 May. The delegation met the Speaker of the Jogorku Kenesh, Mirela Kostova. The senators regretted that a planned meeting with the President of the Kyrgyz Republic could not take place.",
    );
    expect(m.map((x) => x.countries)).not.toContainEqual(["Kyrgyzstan"]);
    expect(m.map((x) => x.names)).toEqual([["Halvard Brenne", "Mirela Kostova"]]);
  });
  it("a meeting held although something else could not take place is still held", () => {
    const m = meetingsOf(
      `${visit} As the plenary could not take place, the senators met Prime Minister Ilona Marsh instead.`,
    );
    expect(m.map((x) => x.names)).toContainEqual(["Halvard Brenne", "Ilona Marsh"]);
  });
});

describe("the aside of a meeting that could not take place", () => {
  it("names no one whose other meeting is called off", () => {
    const m = meetingsOf(
      "Senator Halvard Brenne of Ostria visited Veldania on 3 May. Halvard Brenne met Speaker Mirela Kostova, but a meeting with Prime Minister Ilona Marsh, requested by Halvard Brenne, could not take place.",
    );
    expect(m.map((x) => x.names)).toEqual([["Halvard Brenne", "Mirela Kostova"]]);
  });
});

describe("a visit that could not take place", () => {
  it("names its people as called off, as a visit postponed does", () => {
    // Skeletons as meetings.ts writes them: each mention is @m and its number.
    for (const end of ["was postponed", "could not take place", "did not go ahead"])
      expect([...calledOffMentions(`@m0 's planned visit to @m1 ${end} .`)].sort()).toEqual([0, 1]);
  });
});
