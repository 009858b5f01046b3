/**
 * Two people who sign or discuss something together are sides of a meeting only when the text sets
 * their countries apart; a meeting verb makes them sides either way. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("two people signing together", () => {
  it("are no meeting when only one of them has a country", () => {
    const text =
      "At the event, Georgian Deputy Foreign Minister Dilo Marsek and OSCE Secretary General Orvan Teliko signed a roadmap for 2024.";
    expect(meetingsOf(text)).toEqual([]);
  });
  it("are a meeting when their countries differ", () => {
    const text =
      "Georgian Deputy Foreign Minister Dilo Marsek and Armenian Deputy Foreign Minister Orvan Teliko signed a roadmap for 2024.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual([["Dilo Marsek", "Orvan Teliko"]]);
  });
  it("are a meeting when they met, whatever their countries", () => {
    const text =
      "Georgian Deputy Foreign Minister Dilo Marsek and OSCE Secretary General Orvan Teliko met in Tbilisi.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual([["Dilo Marsek", "Orvan Teliko"]]);
  });
});
