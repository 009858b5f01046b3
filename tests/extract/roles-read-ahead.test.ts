/**
 * A side introduced by its role only ("received the Ambassador of Japan") is the person the article
 * names later with that role, when only one fits; of two who fit as well, the one the report goes on
 * about (mentioned more), else no one: the side then stays unnamed. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const received = "Senate Chairman Ardak Nurbekov received the Ambassador of Japan.";

describe("a role read ahead onto someone named later", () => {
  it("is the one person named later with that role", () => {
    expect(
      meetingsOf(
        `${received} Japanese Ambassador Hiroshi Tanabe noted the interest of Japanese companies.`,
      ).map((m) => m.names),
    ).toEqual([["Ardak Nurbekov", "Hiroshi Tanabe"]]);
  });
  it("is no one of two named later who fit as well: the side stays unnamed", () => {
    const met = meetingsOf(
      `${received} Japanese Ambassador to Ostria Kenji Sato and Japanese Ambassador to Veldania Hiroshi Tanabe will visit Astana next month.`,
    );
    expect(met).toEqual([{ names: ["Ardak Nurbekov"], countries: ["Japan"], status: "held" }]);
  });
  it("of two who fit, is the one the report goes on about", () => {
    const met = meetingsOf(
      [
        "A senior Japanese legislator met the Speaker of the Mazhilis Ardak Nurbekov on Monday.",
        "Vice-Speaker of the House of Councillors Kenji Sato conveyed the greetings of Speaker of the House of Councillors Hiroshi Tanabe to Nurbekov.",
        "Sato said the two parliaments have made progress.",
        "Sato also invited Nurbekov to Tokyo.",
      ].join(" "),
    );
    expect(met.map((m) => m.names)).toEqual([["Ardak Nurbekov", "Kenji Sato"]]);
  });
});
