/**
 * A meeting still to come does not take the place of a meeting held before it in the article: a
 * plan is told of another day, often of another city. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

describe("the place of a planned meeting", () => {
  it("is not the place of the held meeting before it", () => {
    const meetings = placesAndDatesOf(
      "Speaker Orvan Teliko is on a working visit to Georgia. He met with Senator Dilo Marsek at the parliament in Tbilisi on 3 May. On Friday, Teliko is expected to meet Prime Minister Kenji Moriwaka.",
      "2024-05-06",
    );
    const held = meetings.find((m) => m.names.includes("Dilo Marsek"));
    const planned = meetings.find((m) => m.names.includes("Kenji Moriwaka"));
    expect(held?.place).toBe("Tbilisi");
    expect(planned).toBeDefined();
    expect(planned?.place).toBeUndefined();
  });
  it("is the place of the plan before it", () => {
    const meetings = placesAndDatesOf(
      "Speaker Orvan Teliko will meet Senator Dilo Marsek in Tbilisi on Friday. Teliko is also expected to meet Prime Minister Kenji Moriwaka.",
      "2024-05-06",
    );
    expect(meetings.find((m) => m.names.includes("Kenji Moriwaka"))?.place).toBe("Tbilisi");
  });
});
