/**
 * A city under any of its names: the fact base keeps each meeting's place as its article wrote it
 * (a report of 2020 says Nur-Sultan, one of 2023 Astana), and a question in either name finds both.
 * Invented people and sentences; the cities are real, since their other names are what is tested.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { cityKey, placeInCity, sameCity } from "../../src/text/city-spellings.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

function base(): FactBase {
  return factBase({
    articles: [
      report("a-2020", "2020-03-04", "Speaker Orvan Teliko received Dilo Marsek in Nur-Sultan."),
      report("a-2023", "2023-05-06", "Speaker Orvan Teliko received Pia Lindqvist in Astana."),
      report("a-south", "2023-07-08", "Speaker Orvan Teliko received Tomas Greve in Almaty."),
      report("a-kiev", "2015-09-10", "Speaker Mira Kovet received Tomas Greve in Kiev."),
    ],
    people: [
      speaker("teliko", "Orvan Teliko", "Kazakhstan", "a-2020"),
      speaker("marsek", "Dilo Marsek", "Armenia", "a-2020"),
      speaker("lindqvist", "Pia Lindqvist", "Sweden", "a-2023"),
      speaker("greve", "Tomas Greve", "Norway", "a-south"),
      speaker("kovet", "Mira Kovet", "Ukraine", "a-kiev"),
    ],
    meetings: [
      meeting({ id: "m1", articleId: "a-2020", participants: ["teliko", "marsek"], place: "Nur-Sultan" }),
      meeting({ id: "m2", articleId: "a-2023", participants: ["teliko", "lindqvist"], place: "Astana" }),
      meeting({ id: "m3", articleId: "a-south", participants: ["teliko", "greve"], place: "Almaty" }),
      meeting({ id: "m4", articleId: "a-kiev", participants: ["kovet", "greve"], place: "Kiev" }),
    ],
  });
}

const answerer = new Answerer(base(), { now: NOW });
const text = (question: string) => answerer.answer(question).text;

describe("names of one city", () => {
  it("are one city, and a place with a building in it is in that city", () => {
    expect(sameCity("Nur-Sultan", "astana")).toBe(true);
    expect(sameCity("Alma-Ata", "Almaty")).toBe(true);
    expect(sameCity("Astana", "Almaty")).toBe(false);
    expect(placeInCity("State House, Ulaanbaatar", "Ulan Bator")).toBe(true);
    expect(cityKey("Zorgrad")).toBe("zorgrad");
  });
});

describe("a person's meetings in a city", () => {
  it("are found whichever name the question and the reports use", () => {
    for (const city of ["Astana", "Nur-Sultan"]) {
      const reply = text(`who did Teliko meet in ${city}?`);
      expect(reply).toContain("Dilo Marsek");
      expect(reply).toContain("Pia Lindqvist");
      expect(reply).not.toContain("Tomas Greve");
    }
  });
  it("keep the place as each report wrote it", () => {
    const reply = text("who did Teliko meet in Astana?");
    expect(reply).toContain("in Nur-Sultan");
    expect(reply).toContain("in Astana");
  });
});

describe("meetings in a city, asked without a person", () => {
  it("lists the meetings held there under any of its names", () => {
    const reply = text("meetings in Astana");
    expect(reply).toContain("Orvan Teliko and Dilo Marsek");
    expect(reply).toContain("Orvan Teliko and Pia Lindqvist");
    expect(reply).not.toContain("Tomas Greve");
  });
  it("names the city as the reports write it when they all write it one way", () => {
    const reply = text("who met in Kyiv?");
    expect(reply).toMatch(/^Meetings in Kiev/);
    expect(reply).toContain("Mira Kovet and Tomas Greve");
  });
  it("reads a city of two words typed with or without its hyphen", () => {
    expect(text("meetings in Alma-Ata")).toContain("Orvan Teliko and Tomas Greve");
    expect(text("meetings in Nur Sultan")).toContain("Orvan Teliko and Pia Lindqvist");
  });
  it("narrows them to a period, and says when none falls in it", () => {
    const in2020 = text("meetings in Astana in 2020");
    expect(in2020).toContain("Dilo Marsek");
    expect(in2020).not.toContain("Pia Lindqvist");
    const none = text("meetings in Astana in 2019");
    expect(none).toMatch(/^No meeting in Astana in 2019 is recorded/);
    expect(none).toContain("Pia Lindqvist");
  });
  it("reads a city typed alone, with at most a period or a word for meetings, as meetings there", () => {
    expect(text("Astana")).toContain("Orvan Teliko and Pia Lindqvist");
    expect(text("kyiv?")).toContain("Mira Kovet and Tomas Greve");
    expect(text("Almaty meetings")).toContain("Orvan Teliko and Tomas Greve");
    expect(text("Nur-Sultan 2020")).toContain("Dilo Marsek");
    expect(text("Nur-Sultan 2020")).not.toContain("Pia Lindqvist");
    expect(text("Ulaanbaatar")).toMatch(/^No meeting in Ulaanbaatar is recorded/);
    // With other words the city is a place only after "in"/"to": "Astana Expo" is no list of meetings.
    expect(answerer.parse("Astana Expo").placeCities).toEqual([]);
  });
  it("never takes a city for an unknown person's name", () => {
    expect(answerer.parse("who met in Kyiv?").unknownNames).toEqual([]);
    expect(text("meetings in Ulaanbaatar")).toMatch(/^No meeting in Ulaanbaatar is recorded/);
  });
});
