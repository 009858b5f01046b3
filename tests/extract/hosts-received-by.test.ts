/**
 * A visitor "received by" several officials of a government (a State Counsellor, a Deputy Prime
 * Minister) had an audience with each in their own office: the passive names hosts, not guests, so
 * the rule that joins guests of one country received together does not apply to them. Hosts of one
 * parliament, guests received together, and hosts who greet an arrival stay one encounter.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const pairs = (text: string) => meetingsOf(text).map((m) => m.names);

describe("hosts listed after 'received by'", () => {
  it("a comma list of two titled hosts of one country gives one meeting per host", () => {
    expect(
      pairs(
        "The Italian senator Marco Bellini was received by Kazakhstan's State Counsellor Dulat Aman, First Deputy Prime Minister Serik Bolat.",
      ),
    ).toEqual([
      ["Dulat Aman", "Marco Bellini"],
      ["Marco Bellini", "Serik Bolat"],
    ]);
  });
  it("a delegation's chair with his colleagues, received by two hosts, meets each of them", () => {
    const found = pairs(
      "During the visit the group's chair Hans Brenner, together with colleagues Otto Lamm and Peter Kiel were received by Kazakhstan's State Counsellor Dulat Aman, First Deputy Prime Minister Serik Bolat, and met with the Chairperson of the Senate Committee Askar Temir.",
    );
    expect(found).toContainEqual(["Dulat Aman", "Hans Brenner", "Otto Lamm", "Peter Kiel"]);
    expect(found).toContainEqual(["Hans Brenner", "Otto Lamm", "Peter Kiel", "Serik Bolat"]);
    expect(found.some((names) => names.includes("Dulat Aman") && names.includes("Serik Bolat"))).toBe(false);
  });
  it("hosts of one parliament are still one table", () => {
    expect(
      pairs(
        "The Italian senator Marco Bellini was received by the Speaker of the Senate of Kazakhstan Dulat Aman and the Chairman of the Foreign Affairs Committee of the Senate of Kazakhstan Serik Bolat.",
      ),
    ).toEqual([["Dulat Aman", "Marco Bellini", "Serik Bolat"]]);
  });
  it("guests of one country received by a host are still one encounter", () => {
    expect(
      pairs(
        "Speaker Dulat Aman received the Chairman of the Italian Senate Committee Marco Bellini, and the Ambassador of Italy Luca Ferro.",
      ),
    ).toEqual([["Dulat Aman", "Luca Ferro", "Marco Bellini"]]);
  });
  it("hosts who welcome an arrival are still one party", () => {
    expect(
      pairs(
        "The Italian senator Marco Bellini was welcomed at the airport by Kazakhstan's State Counsellor Dulat Aman, First Deputy Prime Minister Serik Bolat.",
      ),
    ).toEqual([["Dulat Aman", "Marco Bellini", "Serik Bolat"]]);
  });
});
