/**
 * An organisation joined to a list of sides ("talks with the heads of A, B delegations as well as the
 * Parliamentary Assembly of X (ACRONYM)") is one more side, also when only the acronym in brackets
 * is one the gazetteer knows. Names of people and the long names are invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const talks = (tail: string) =>
  `Minsk, 4 May. Speaker Aliya Dosova held talks with the heads of Estonian, Latvian delegations as well as ${tail} on the sidelines of the session.`;

const cases: { name: string; text: string; sides: string[] }[] = [
  {
    name: "a long name the gazetteer does not know, with its acronym in brackets",
    text: talks(
      "the Parliamentary Assembly of the Organization of the Black Sea Economic Cooperation (PABSEC)",
    ),
    sides: ["Estonia", "Latvia", "PABSEC"],
  },
  {
    name: "an acronym of two words",
    text: talks("the Parliamentary Assembly of the Collective Security Organization (CSTO PA)"),
    sides: ["Estonia", "Latvia", "CSTO PA"],
  },
  {
    name: "negative: an acronym no one knows is no side",
    text: talks("the Andean Trade Bank (ATB)"),
    sides: ["Estonia", "Latvia"],
  },
  {
    name: "negative: the next country of the list is not read into a long name",
    text: "Minsk, 4 May. Speaker Aliya Dosova met the delegations of Peru, Chile and the Parliamentary Assembly of the Organization of the Black Sea Economic Cooperation (PABSEC) during the forum.",
    sides: ["Peru", "Chile"],
  },
];

describe("an organisation joined to a list of sides", () => {
  for (const c of cases) {
    it(c.name, () => {
      const met = meetingsOf(c.text);
      expect(met.map((m) => m.names)).toEqual(c.sides.map(() => ["Aliya Dosova"]));
      expect(met.flatMap((m) => m.countries)).toEqual(c.sides);
    });
  }
});
