/**
 * A report that sums up a visit abroad is no same-day report of the talks held on it, and its
 * dateline is not where they were held. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { isVisitWrapUp } from "../../src/extract/late-report.ts";
import { meetingsOf } from "./meeting-helpers.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const talks = "During the visit he met with Speaker of the Parliament of Georgia Orvan Teliko.";

describe("a visit summed up", () => {
  it("is told by its results or by its end", () => {
    expect(isVisitWrapUp("Speaker Dilo Marsek summed up the results of his working visit to Georgia.")).toBe(
      true,
    );
    expect(isVisitWrapUp("The visit of the Senate delegation to Georgia has come to an end.")).toBe(true);
    expect(isVisitWrapUp("The outcome of the visit was discussed at the Senate.")).toBe(true);
    expect(isVisitWrapUp("Speaker Dilo Marsek paid a working visit to Georgia.")).toBe(false);
  });
  it("gives its talks no date from a same-day wire, and not the dateline's city", () => {
    for (const lead of [
      "Senate Speaker Dilo Marsek summed up the results of his working visit to Georgia.",
      "The visit of Senate Speaker Dilo Marsek to Georgia has come to an end.",
      "Senate Speaker Dilo Marsek returned from Georgia.",
    ]) {
      const [m] = placesAndDatesOf(`ASTANA, July 10. ${lead} ${talks}`, "2024-07-10");
      expect(m?.names).toContain("Orvan Teliko");
      expect(m?.date).toBeUndefined();
      expect(m?.place).toBeUndefined();
    }
  });
  it("leaves a same-day wire of talks at home dated and placed", () => {
    const [m] = placesAndDatesOf(
      "ASTANA, July 10. Senate Speaker Dilo Marsek met with Speaker of the Parliament of Georgia Orvan Teliko.",
      "2024-07-10",
    );
    expect(m?.date?.start).toBe("2024-07-10");
    expect(m?.place).toBe("Astana");
    expect(meetingsOf("Senate Speaker Dilo Marsek met Orvan Teliko.")).toHaveLength(1);
  });
});
