/**
 * Name shapes that left people out of the fact base (issue 8, point 6): a surname printed in capitals
 * after the given name ("Miyegombo ENKHBOLD", as Mongolian and Japanese agencies' English writes it)
 * and foreign-language courtesy titles kept in English copy ("Sayın", "Herr", "Signora"). Every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { namesIn } from "./people-helpers.ts";

describe("a surname in capitals after the given name", () => {
  it("is part of the name, after a title, an honorific or nothing", () => {
    expect(namesIn("Chairman Doltan ZORIGBAT met with Ambassador Kiro Talen.")).toEqual([
      "Doltan ZORIGBAT",
      "Kiro Talen",
    ]);
    expect(namesIn("Mr. Doltan ZORIGBAT received the guests.")).toEqual(["Doltan ZORIGBAT"]);
    expect(namesIn("Nergui BAATAR-OCHIR met the guests.")).toEqual(["Nergui BAATAR-OCHIR"]);
  });
  it("makes the person a participant, also in an apposition", () => {
    expect(meetingsOf("Doltan ZORIGBAT held talks with Ambassador Kiro Talen.")[0]?.names).toEqual([
      "Doltan ZORIGBAT",
      "Kiro Talen",
    ]);
    expect(
      meetingsOf("The Speaker of the Ostrian Parliament, Doltan ZORIGBAT, received Ambassador Kiro Talen.")[0]
        ?.names,
    ).toEqual(["Doltan ZORIGBAT", "Kiro Talen"]);
  });
  it("leaves out a known acronym, an abbreviation of two letters and a word without a vowel", () => {
    expect(namesIn("Kiro Talen NATO liaison officers arrived.")).toEqual(["Kiro Talen"]);
    expect(namesIn("Senator Kiro Talen UN envoy arrived.")).toEqual(["Kiro Talen"]);
    expect(namesIn("Senator Kiro Talen TVK interview aired.")).toEqual(["Kiro Talen"]);
  });
  it("does not join a word in capitals that punctuation parts from the name", () => {
    expect(namesIn("Senator Kiro Talen, BORAN and others arrived.")).toEqual(["Kiro Talen"]);
  });
});

describe("foreign-language courtesy titles", () => {
  it("vouch for the name and stay out of it", () => {
    expect(namesIn("Speaker Kiro Talen met with Sayın Mustafa Dalkan.")).toEqual([
      "Kiro Talen",
      "Mustafa Dalkan",
    ]);
    expect(namesIn("Speaker Kiro Talen met with Herr Norbert Kessel and Frau Ute Kessel.")).toEqual([
      "Kiro Talen",
      "Norbert Kessel",
      "Ute Kessel",
    ]);
    expect(namesIn("Speaker Kiro Talen met with Signora Lucia Ferrandi.")).toEqual([
      "Kiro Talen",
      "Lucia Ferrandi",
    ]);
  });
});
