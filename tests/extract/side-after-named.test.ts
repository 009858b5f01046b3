/**
 * An umbrella ("held talks with Estonian colleagues") sums up, before them, the meetings with named
 * people of its country; a side of that country told after those meetings is one more meeting.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a side met after the named people of its country", () => {
  it("a side of business people met after several officials of its country is a meeting of its own", () => {
    const m = meetingsOf(
      "Speaker Tomas Varga is on a working visit to Tallinn. In Tallinn, Tomas Varga will meet Speaker of the Riigikogu Ilze Kask and Prime Minister Jaan Tamm. Tomas Varga will also discuss investments with representatives of Estonian companies.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Ilze Kask", "Tomas Varga"], []],
      [["Jaan Tamm", "Tomas Varga"], []],
      [["Tomas Varga"], ["Estonia"]],
    ]);
  });
  it("a side told before the named person of its country still sums up that meeting", () => {
    const m = meetingsOf(
      "Speaker Tomas Varga is on a working visit to Tallinn. Tomas Varga held talks with Estonian colleagues. He met with Speaker of the Riigikogu Ilze Kask.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ilze Kask", "Tomas Varga"]]);
  });
});
