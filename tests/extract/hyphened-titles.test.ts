/**
 * "chief of staff-secretary general of the Parliament X": two offices joined by a hyphen into one title
 * are read whole before the name, where a lower-case compound of other words ("newly-elected") still
 * ends the title. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { titlesOf } from "./role-helpers.ts";

describe("a title of two role words joined by a hyphen", () => {
  it("is read whole at the end of a roster", () => {
    const titles = titlesOf(
      "Riga, 2 May. The Latvian delegation includes MPs Anna Berzina, Janis Ozols and chief of staff-secretary general of the Saeima Ilze Kalnina.",
    );
    expect(titles["Ilze Kalnina"]).toContain("chief of staff-secretary general of the Saeima");
  });
  it("is read whole after 'also present was'", () => {
    const titles = titlesOf(
      "Oslo, 3 June. Speaker Ola Nordby received Speaker Juan Perez. Also present was head of staff-secretary of the committee Kari Dahl.",
    );
    expect(titles["Kari Dahl"]).toEqual(["head of staff-secretary of the committee"]);
  });
  it("a compound of other words still ends the title", () => {
    const titles = titlesOf(
      "Oslo, 3 June. The newly-elected Speaker Ola Nordby received Speaker Juan Perez.",
    );
    expect(titles["Ola Nordby"]?.some((t) => t.includes("newly"))).toBe(false);
  });
});
