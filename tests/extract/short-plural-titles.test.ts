/**
 * "Reps. A, B and C of the ruling Ostrian Party", "Sens. D and E": a plural title written short before
 * a list makes each name a Representative (a Senator), and the party or body after the last name is
 * each one's. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { titlesOf } from "./role-helpers.ts";

const SEOUL =
  "Seoul, 4 March. Speaker Lee Min-ho met Zhao Wei in Beijing. The meeting was attended by a South Korean delegation, including Reps. Kim Dae-sung, Park Ji-won and Choi Hee-jin of the ruling People Power Party, and Rep. Yoon Seo-yeon of the Justice Party.";
const MANILA =
  "Manila, 3 May. Speaker Jose Reyes received Reps. Ana Cruz and Ramon Dizon of the opposition Liberal Party.";

describe("a short plural title before a list", () => {
  it.each([
    [SEOUL, "Kim Dae-sung", "Representative of the ruling People Power Party"],
    [SEOUL, "Park Ji-won", "Representative of the ruling People Power Party"],
    [SEOUL, "Choi Hee-jin", "Representative of the ruling People Power Party"],
    [SEOUL, "Yoon Seo-yeon", "Representative of the Justice Party"],
    [MANILA, "Ana Cruz", "Representative of the opposition Liberal Party"],
    [MANILA, "Ramon Dizon", "Representative of the opposition Liberal Party"],
    [
      "Washington, 2 June. Speaker Tomas Lindqvist met Sens. Mark Hollis and Dana Pruett.",
      "Mark Hollis",
      "Senator",
    ],
  ])("gives each listed name the title and the party after the list (%#)", (text, name, title) => {
    expect(titlesOf(text)[name]).toEqual([title]);
  });
  it("gives the bare title when no 'of' phrase follows the list", () => {
    const titles = titlesOf(
      "Manila, 3 May. Speaker Jose Reyes received Reps. Ana Cruz and Ramon Dizon on Tuesday.",
    );
    expect(titles["Ramon Dizon"]).toEqual(["Representative"]);
  });
  it("gives nothing to a list after a word that only looks like the title ('Reps' without its dot)", () => {
    const titles = titlesOf("Manila, 3 May. Speaker Jose Reyes met Ana Cruz and Ramon Dizon.");
    expect(titles["Ana Cruz"]).toEqual([]);
  });
});
