/**
 * "held talks with Marshal Y and Marshal Z, and also met with leaders of the five Sejm factions": the
 * leaders are an unnamed side of their own (a count and "factions" belong to the side's phrase), a
 * meeting apart from Y's even when a caption has already reported Y's. A side whose sentence names Y
 * only as its head ("a delegation ..., led by Y") is still Y's meeting, and one only praised meets no one.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const shapes = (text: string) => meetingsOf(text).map((m) => [m.names, m.countries]);
const CAPTION = "Speaker Bounmy Keola meets with Marshal of the Sejm Tomas Vidal in Warsaw, Poland, May 8.";

describe("a body's members met beside a person of their country", () => {
  it("leaders of the body's factions are one more meeting, after a caption of the first", () => {
    expect(
      shapes(
        `${CAPTION} In Warsaw, Keola held talks with Marshal of the Sejm Tomas Vidal and Senate Marshal Ana Ruiz, and also met with leaders of the five Sejm factions.`,
      ),
    ).toEqual([
      [["Bounmy Keola", "Tomas Vidal"], []],
      [["Ana Ruiz", "Bounmy Keola"], []],
      [["Bounmy Keola"], ["Poland"]],
    ]);
  });
  it("the leaders only praised meet no one", () => {
    expect(
      shapes(
        `${CAPTION} In Warsaw, Keola held talks with Marshal of the Sejm Tomas Vidal and praised the leaders of the five Sejm factions.`,
      ),
    ).toEqual([[["Bounmy Keola", "Tomas Vidal"], []]]);
  });
  it("a delegation led by the person named is that person's meeting, not one more", () => {
    expect(
      shapes(
        "Keola meets Polish Sejm delegation. Speaker Bounmy Keola on Tuesday received a delegation from the Committee on Foreign Affairs of the Polish Sejm, led by Committee Chairperson Tomas Vidal, which is on a working visit to Laos.",
      ),
    ).toEqual([[["Bounmy Keola", "Tomas Vidal"], ["Poland"]]]);
  });
});
