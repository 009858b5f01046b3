import { describe, expect, it } from "vitest";
import { compatibleFirstNames, nameVariants } from "../../src/extract/name-variants.ts";
import { nameKey } from "../../src/extract/similar.ts";
import { namesIn, people } from "./people-helpers.ts";

// Every name below is invented.
const report = (text: string) => [...people(` date 2025-01-01 ${text}`).keys()];

describe("first names that can be one person's", () => {
  const compatible = (a: string, b: string) => compatibleFirstNames(nameKey(a), nameKey(b));
  it("accepts a short form and its long form", () => {
    expect(compatible("Kathy", "Katherine")).toBe(true);
    expect(compatible("Alexandra", "Alex")).toBe(true);
    expect(compatible("Chris", "Christopher")).toBe(true);
  });
  it("refuses other names that merely share letters", () => {
    expect(compatible("Ali", "Alisher")).toBe(false);
    expect(compatible("Ivan", "Ivana")).toBe(false);
    expect(compatible("Igor", "Ion")).toBe(false);
    expect(compatible("Nurlan", "Nursultan")).toBe(false);
  });
  it("needs the surname and the middle names to agree", () => {
    expect(nameVariants("Kathy Dellow", "Katherine Jane Dellow")).toBe(true);
    expect(nameVariants("Kathy Dellow", "Katherine Dellowa")).toBe(false);
    expect(nameVariants("Katherine Ann Dellow", "Kathy Jane Dellow")).toBe(false);
    // A surname written first: the given names differ, two people.
    expect(nameVariants("Tanaka Hiroshi", "Mori Hiroshi")).toBe(false);
  });
});

/** A report, a surname in it, and how many people of that surname it has. */
const REPORTS: [what: string, text: string, surname: string, people: number][] = [
  [
    "is one person when the article has one person of that surname",
    "Ostrian Senate Chairman Boris Talvik held a meeting with British Ambassador Katherine Jane Dellow. " +
      "Kathy Dellow, in her turn, noted the importance of the reforms.",
    "Dellow",
    1,
  ],
  [
    "stays two people named in one sentence",
    "Senator Alexander Vostel and his son Alex Vostel met Speaker Boris Talvik. Alex Vostel said the visit was useful.",
    "Vostel",
    2,
  ],
  [
    "stays two people of two countries",
    "Norwegian Ambassador Chris Lund met Speaker Boris Talvik. Danish Ambassador Christopher Lund arrived later.",
    "Lund",
    2,
  ],
  [
    "stays two people whose first names are not one name's forms",
    "Speaker Boris Talvik met Ambassador Marta Vellin. Tomas Vellin, her brother, attended the dinner.",
    "Vellin",
    2,
  ],
];

describe("a person named two ways in one article", () => {
  for (const [what, text, surname, count] of REPORTS)
    it(what, () => {
      expect(report(text).filter((n) => n.includes(surname))).toHaveLength(count);
    });
});

describe("abbreviated titles", () => {
  it("are neither names nor parts of names", () => {
    expect(namesIn("Rep. Ivo Darnel toasted Sen. Pia Omsk and Gov. Lea Brant.")).toEqual([
      "Ivo Darnel",
      "Pia Omsk",
      "Lea Brant",
    ]);
    expect(namesIn("Rep Ivo Darnel met Hon. Tal Ferro.")).toEqual(["Ivo Darnel", "Tal Ferro"]);
  });
  it("keep a name word spelt like one when no dot follows it", () => {
    expect(namesIn("Prime Minister Tol Sen met Sen. Ara Vok.")).toEqual(["Tol Sen", "Ara Vok"]);
  });
  it("never become a person after a title", () => {
    const names = report(
      "The delegation led by the committee's chairman Rep. Ivo Darnel arrived. Rep. Ivo Darnel met Speaker Boris Talvik.",
    );
    expect(names).not.toContain("Rep");
    expect(names).toContain("Ivo Darnel");
  });
});
