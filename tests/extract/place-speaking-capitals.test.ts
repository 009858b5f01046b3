/**
 * Where a meeting was: a dateline whose outlet tag carries a date, a capital that speaks for its
 * government (not a place), a headline city that is an invitation's. And when: a quote's reporting
 * clause that puts the saying at the talks dates the talks with the day of the saying. Names here
 * are invented.
 */
import { describe, expect, it } from "vitest";
import { readDateline } from "../../src/corpus/header.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

describe("a dateline whose outlet tag holds a slash and a date", () => {
  it("is read as a dateline of its city", () => {
    const d = readDateline(
      "MOSCOW (Veltar News / Ostpress - 22nd October, 2019) The speaker said on Tuesday that ...",
      isKnownCity,
    );
    expect(d?.city).toBe("Moscow");
    expect(d?.rest).toMatch(/^The speaker/);
  });
});

describe("a capital that speaks for its government", () => {
  it("is not where the talks of a report from another city were held", () => {
    const [m] = placesAndDatesOf(
      'MOSCOW (Veltar News / Ostpress - 22nd October, 2019) Pyongyang is expecting a delegation from the Russian parliament, Orvan Teliko, the chairman of the North Korean parliament, said on Tuesday.\n\n"We want regular meetings.\nWe hope to see your delegation soon," Teliko said during a meeting with Russian Duma Speaker Dilo Marsek.',
      "2019-10-22",
    );
    expect(m?.names).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.place).toBe("Moscow");
    // The quote was said at the talks, on the Tuesday its summing up in the lead gives.
    expect(m?.date).toMatchObject({ start: "2019-10-22", basis: "stated" });
  });
});

describe("a headline city in an invitation", () => {
  it("is not where the talks were held", () => {
    const [m] = placesAndDatesOf(
      "Teliko invited to Strasbourg in September\n\nMOSCOW. Sept 7 (Veltar) - Assembly President Dilo Marsek invited Speaker Orvan Teliko to Strasbourg, he told a briefing following the meeting with Teliko on Wednesday.",
      "2016-09-07",
    );
    expect(m?.names).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.place).toBe("Moscow");
  });
});
