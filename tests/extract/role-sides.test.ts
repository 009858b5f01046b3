/**
 * A side met that the report names by an office only ("the Speakers of the Latvian and Estonian
 * parliaments") is the one person of that country the article names who can hold that office; of
 * two who fit, of another office, or of the host's own country, no one. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const summary = (text: string) => meetingsOf(text).map((m) => [...m.names, ...m.countries]);
const met =
  "Chairman of the Mazhilis Ardak Nurbekov met with the Speakers of the Latvian and Estonian parliaments.";

describe("a side named by an office, its holder named elsewhere", () => {
  it("each Speaker is the one Speaker of that country the report names", () => {
    expect(
      summary(`${met} Latvian Speaker Ilze Berzina and Estonian Speaker Mart Tamm spoke about transit.`),
    ).toEqual([
      ["Ardak Nurbekov", "Ilze Berzina"],
      ["Ardak Nurbekov", "Mart Tamm"],
    ]);
  });
  it("two Latvians who may be the Speaker: that side stays unnamed", () => {
    expect(
      summary(
        `${met} Latvian Speaker Ilze Berzina, former Latvian Speaker Janis Ozols and Estonian Speaker Mart Tamm spoke about transit.`,
      ),
    ).toEqual([
      ["Ardak Nurbekov", "Latvia"],
      ["Ardak Nurbekov", "Mart Tamm"],
    ]);
  });
  it("a Latvian of another office is not the Latvian Speaker", () => {
    expect(
      summary(
        `${met} Nurbekov recalled the visit of Latvian Prime Minister Janis Ozols and Estonian Speaker Mart Tamm.`,
      ),
    ).toContainEqual(["Ardak Nurbekov", "Latvia"]);
  });
});

describe("the heads of several delegations met, each named later", () => {
  const heads =
    "On the sidelines of the forum, Chairman of the Mazhilis Ardak Nurbekov met with the heads of the delegations of Latvia, Estonia and Hungary.";
  it("each delegation is the one parliamentarian of its country the report names", () => {
    expect(
      meetingsOf(
        `${heads} Latvian Speaker Ilze Berzina invited Nurbekov to Riga. Estonian MP Mart Tamm spoke about trade. Hungarian Speaker Gabor Kiss noted the growth of trade.`,
      ).map((m) => m.names),
    ).toEqual([
      ["Ardak Nurbekov", "Ilze Berzina"],
      ["Ardak Nurbekov", "Mart Tamm"],
      ["Ardak Nurbekov", "Gabor Kiss"],
    ]);
  });
  it("a head of state of that country is no delegation's head", () => {
    expect(
      summary(
        `${heads} Nurbekov conveyed greetings to Latvian President Edgars Ozolins and to Estonian MP Mart Tamm.`,
      ),
    ).toContainEqual(["Ardak Nurbekov", "Latvia"]);
  });
});
