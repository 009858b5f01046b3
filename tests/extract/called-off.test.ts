/** "X's meeting with Y was postponed": a meeting the sentence calls off is no meeting. */
import { describe, expect, it } from "vitest";
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
