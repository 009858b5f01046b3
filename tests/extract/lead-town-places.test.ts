/**
 * A town the gazetteer does not know, named in the lead as "the city of X" (after "in", or set apart
 * by a dash), is where the talks that follow were held. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

describe("a town the lead names as 'the city of X'", () => {
  it("is where the talks that follow were held", () => {
    const [m] = placesAndDatesOf(
      "Speaker of the Parliament of Georgia Orvan Teliko and Speaker of the Parliament of Armenia Dilo Marsek visited the spiritual capital of the region – the city of Oldbury. Teliko and Marsek toured the sites of the city.",
      "2024-05-21",
    );
    expect(m?.names).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.place).toBe("Oldbury");
  });
});

describe("a city printed in capitals at the head of the report", () => {
  it("is written as a name", () => {
    const [m] = placesAndDatesOf(
      "ASTANA. Senate Speaker Dilo Marsek met with Speaker of the Parliament of Georgia Orvan Teliko.",
      "2024-04-04",
    );
    expect(m?.place).toBe("Astana");
  });
});
