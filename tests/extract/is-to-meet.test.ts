/** "X is to meet Y": the "is to" of an arrangement makes the meeting one to come. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";

describe("'is to' before an encounter", () => {
  it("makes a planned meeting", () => {
    for (const clause of [
      "Tomas Varga is to meet Chilean Senate President Rosa Fuentes on Friday.",
      "Tomas Varga is also to hold talks with Chilean Senate President Rosa Fuentes.",
      "Tomas Varga is to be received by Chilean Senate President Rosa Fuentes.",
    ]) {
      const m = meetingsOf(`${lead} ${clause}`);
      expect(m.map((x) => [x.names, x.status])).toEqual([[["Rosa Fuentes", "Tomas Varga"], "planned"]]);
    }
  });
  it("an aim that 'is to' deepen ties leaves a meeting reported as held", () => {
    const m = meetingsOf(
      `${lead} Tomas Varga met Chilean Senate President Rosa Fuentes on Monday, and the aim of the talks is to deepen ties.`,
    );
    expect(m.map((x) => [x.names, x.status])).toEqual([[["Rosa Fuentes", "Tomas Varga"], "held"]]);
  });
});
