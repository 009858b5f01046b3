/** Whom a title line's role phrases stand for: not someone named in passing, and a guest of its country. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("a title line's people", () => {
  it("a title that fits nobody does not fall on someone named in passing without a title", () => {
    const m = names(
      "Speaker meets Ostrian senator\n\nDeputy Speaker Hana Belic met with Senator Ivo Stanek of Ostria. Belic noted that the agreements reached by Tomas Kral and Pavel Hruby in 2023 are being implemented.",
    );
    expect(m).toEqual([["Hana Belic", "Ivo Stanek"]]);
  });
  it("but one the report is about, named without a title, is the title's", () => {
    const report =
      "Chairperson of the Council met with the Speaker of the Saeima of Latvia\n\nHana Belic noted the significance of cooperation. Latvia is our key partner, she said. The sides also discussed the treaty.";
    const [only, ...more] = meetingsOf(report);
    expect([only?.names, only?.countries, more.length]).toEqual([["Hana Belic"], ["Latvia"], 0]);
  });
  it("'the Swedish guest' is the guest of Sweden, not someone thanked", () => {
    const m = names(
      "Speaker meets Swedish guest\n\nSpeaker of the Majilis Aliya Nurtas received Member of the Riksdag Nils Ekdahl on Tuesday. Ekdahl expressed gratitude to President Erlan Zhumabek for the warm hospitality shown to Swedish firms.",
    );
    expect(m).toEqual([["Aliya Nurtas", "Nils Ekdahl"]]);
  });
});
