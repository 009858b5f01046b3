/**
 * People the extractor used to miss or split (issue 8, point 6), each on sentences with invented
 * names: a middle initial printed without its dot, a name right after "the U.S.", one person under
 * two first names in one article, a transliteration pair, and a visiting representative the outlet's
 * country was given to.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { namesIn } from "./people-helpers.ts";

describe("a middle initial without its dot", () => {
  it("stays inside the name between two name words, even where it reads as an article ('A')", () => {
    expect(namesIn("Senators Dalo Perin and Ibrahim A Vantelo were received by the ambassador.")).toEqual([
      "Dalo Perin",
      "Ibrahim A Vantelo",
    ]);
    expect(meetingsOf("Senator Ibrahim A Vantelo met with Ambassador Kiro Talen.")[0]?.names).toEqual([
      "Ibrahim A Vantelo",
      "Kiro Talen",
    ]);
  });
  it("is the article before a lower-case word", () => {
    expect(namesIn("After Speaker Dalo Perin A delegation met him.")).not.toContain("Dalo Perin A");
  });
});

describe("a name right after an abbreviated country", () => {
  it("is read without the abbreviation ('the U.S. Yerlan X')", () => {
    expect(namesIn("Ambassador of Ostria to the U.S. Yerlan Dospanov thanked the organizers.")).toEqual([
      "Yerlan Dospanov",
    ]);
  });
  it("keeps initials that open a name elsewhere ('W.M. Dasanayake')", () => {
    expect(namesIn("Secretary General W.M. Dasanayake met the guests.")).toEqual(["W.M. Dasanayake"]);
  });
});
