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

describe("other words of an arrangement", () => {
  it("'is slated to' and a meeting 'on the agenda' make planned meetings", () => {
    for (const clause of [
      "Tomas Varga is slated to hold talks with Chilean Senate President Rosa Fuentes.",
      "Talks with Chilean Senate President Rosa Fuentes are also on the agenda.",
      "A meeting with Chilean Senate President Rosa Fuentes is on the programme.",
    ]) {
      const m = meetingsOf(`${lead} ${clause}`);
      expect(m.map((x) => [x.names, x.status])).toEqual([[["Rosa Fuentes", "Tomas Varga"], "planned"]]);
    }
  });
  it("matters that were on the agenda of talks held leave them held", () => {
    const m = meetingsOf(
      `${lead} Tomas Varga held talks with Chilean Senate President Rosa Fuentes. Trade was on the agenda of the talks with Rosa Fuentes.`,
    );
    expect(m.map((x) => x.status)).toEqual(["held"]);
  });
});
