/** "Y joined the talks", "Y later joined them", "Y was also in attendance", "Y sat in on the meeting": one more at the table. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const met =
  "Speaker Tomas Varga of Estonia is on a visit to Chile. Tomas Varga met Chilean Senate President Rosa Fuentes.";

describe("someone who joined the meeting just reported", () => {
  it("joins its people", () => {
    for (const clause of [
      "Chamber President Pablo Rios joined the talks.",
      "Chamber President Pablo Rios later joined them.",
      "Chamber President Pablo Rios was also in attendance.",
      "Chamber President Pablo Rios sat in on the meeting.",
    ]) {
      const m = meetingsOf(`${met} ${clause}`);
      expect(m.map((x) => x.names)).toEqual([["Pablo Rios", "Rosa Fuentes", "Tomas Varga"]]);
    }
  });
  it("joining a body, a party or a delegation is no attendance", () => {
    for (const clause of [
      "Chamber President Pablo Rios joined the Senate in 2010.",
      "Chamber President Pablo Rios joined the delegation in Lima.",
    ]) {
      const m = meetingsOf(`${met} ${clause}`);
      expect(m.map((x) => x.names)).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
    }
  });
});
