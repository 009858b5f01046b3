/**
 * One title shared by two names, each with a body of its own ("the Chairman of the Senate A and of the
 * Majilis B"): each name holds the title in its own body, of that body's country, and a plural title
 * ("Chairmen of ... A and of ... B") is each one's in the singular. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { type PeopleReport, people, peopleErrors } from "./people-helpers.ts";

const REPORTS: PeopleReport[] = [
  [
    "ASTANA. KAZINFORM - The meeting was attended by the Chairman of the Senate Aidos Bekmurat and of the Majilis Yerlan Saparov.",
    [
      ["Aidos Bekmurat", "Kazakhstan", "Chairman of the Senate"],
      ["Yerlan Saparov", "Kazakhstan", "Chairman of the Majilis"],
    ],
  ],
  [
    "BISHKEK - Chairmen of the Senate of Kazakhstan Aidos Bekmurat and of the Jogorku Kenesh Talant Osmonov held talks.",
    [
      ["Aidos Bekmurat", "Kazakhstan", "Chairman of the Senate of Kazakhstan"],
      ["Talant Osmonov", "Kyrgyzstan", "Chairman of the Jogorku Kenesh"],
    ],
  ],
  [
    "TASHKENT - The Speakers of the Legislative Chamber of Uzbekistan Nodir Ismoilov and of the Mejlis of Turkmenistan Aygul Berdiyeva met in Tashkent.",
    [
      ["Nodir Ismoilov", "Uzbekistan", "Speaker of the Legislative Chamber of Uzbekistan"],
      ["Aygul Berdiyeva", "Turkmenistan", "Speaker of the Mejlis of Turkmenistan"],
    ],
  ],
];

describe("a title shared by two names", () => {
  it("gives each name the title in its own body and that body's country", () => {
    expect(peopleErrors(REPORTS)).toEqual([]);
  });
  it("gives no title to a name joined by 'and' without 'of'", () => {
    const found = people(
      " date 2025-01-01 ASTANA. KAZINFORM - Chairman of the Senate Aidos Bekmurat and Ambassador Tomas Varga met in Astana.",
    );
    expect(found.get("Tomas Varga")?.roles).toEqual(["Ambassador"]);
  });
  it("the two holders still meet when the sentence says so", () => {
    const m = meetingsOf(REPORTS[1]?.[0] as string);
    expect(m.map((x) => x.names)).toEqual([["Aidos Bekmurat", "Talant Osmonov"]]);
  });
});
