/** "X will dine with Y", "X is scheduled to sit down with Y", "X lunched with Y": meals and sit-downs with a named person. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";
const host = "Chilean Senate President Rosa Fuentes";

describe("meals and sit-downs with a named person", () => {
  it("to come, they are planned meetings", () => {
    for (const verb of [
      "will dine with",
      "is scheduled to sit down with",
      "will also sit down with",
      "will have lunch with",
    ]) {
      const m = meetingsOf(`${lead} Tomas Varga ${verb} ${host} on Friday.`);
      expect(m.map((x) => [x.names, x.status])).toEqual([[["Rosa Fuentes", "Tomas Varga"], "planned"]]);
    }
  });
  it("done, a lunch or a breakfast is held like a dinner", () => {
    for (const verb of ["lunched with", "breakfasted with"]) {
      const m = meetingsOf(`${lead} Tomas Varga ${verb} ${host} on Friday.`);
      expect(m.map((x) => [x.names, x.status])).toEqual([[["Rosa Fuentes", "Tomas Varga"], "held"]]);
    }
  });
  it("with no one named right after the verb, no one is met", () => {
    expect(meetingsOf(`${lead} Tomas Varga will dine with students before he meets the press.`)).toEqual([]);
    expect(meetingsOf(`${lead} Tomas Varga will have lunch at the embassy of ${host.slice(0, 7)}.`)).toEqual(
      [],
    );
  });
});
