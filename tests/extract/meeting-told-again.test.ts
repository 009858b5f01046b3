/** "During the meeting with the Estonian delegation": a meeting already reported, named again with "the". */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a meeting with an unnamed side told again", () => {
  it("'during the meeting with' a side of a country already met is that meeting", () => {
    const m = meetingsOf(
      "Senator Aram Vardanyan said several meetings took place at the session in Lisbon. Individual meetings with the delegations of Estonia, Chile and Ghana took place. During the meeting with the Estonian delegation, Aram Vardanyan stressed the importance of trade.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Aram Vardanyan"], ["Estonia"]],
      [["Aram Vardanyan"], ["Chile"]],
      [["Aram Vardanyan"], ["Ghana"]],
    ]);
  });
  it("'at the talks with' the same side is that meeting too", () => {
    const m = meetingsOf(
      "Speaker Lina Petrosyan met a delegation of deputies of Estonia on Monday. At the talks with the Estonian deputies, Lina Petrosyan raised the issue of transit.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Lina Petrosyan"], ["Estonia"]]]);
  });
  it("a new meeting with another side of the same country, with 'a', stays a meeting of its own", () => {
    const m = meetingsOf(
      "Speaker Lina Petrosyan met a delegation of deputies of Estonia on Monday. On Tuesday, Lina Petrosyan held a meeting with the Estonian senators.",
    );
    expect(m).toHaveLength(2);
  });
  it("'the meeting with' a side of another country is another meeting", () => {
    const m = meetingsOf(
      "Speaker Lina Petrosyan met a delegation of deputies of Estonia on Monday. During the meeting with the Chilean delegation, Lina Petrosyan raised the issue of transit.",
    );
    expect(m.map((x) => x.countries)).toEqual([["Estonia"], ["Chile"]]);
  });
});
