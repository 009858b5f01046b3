/** "Held a joint meeting with A and B", "met A and B together": the people met sat at one table. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";
const both = "Chilean Senate President Rosa Fuentes and Chamber President Pablo Rios";

describe("a meeting with several people said to be joint", () => {
  it("is one meeting", () => {
    for (const clause of [
      `held a joint meeting with ${both}`,
      `met ${both} together`,
      `held trilateral talks with ${both}`,
    ]) {
      const m = meetingsOf(`${lead} Tomas Varga ${clause}.`);
      expect(m.map((x) => x.names)).toEqual([["Pablo Rios", "Rosa Fuentes", "Tomas Varga"]]);
    }
  });
  it("without such a word, or said to be separate, the people met are one meeting each", () => {
    for (const clause of [`met ${both}`, `held separate meetings with ${both}`]) {
      const m = meetingsOf(`${lead} Tomas Varga ${clause}.`);
      expect(m.map((x) => x.names)).toEqual([
        ["Rosa Fuentes", "Tomas Varga"],
        ["Pablo Rios", "Tomas Varga"],
      ]);
    }
  });
});
