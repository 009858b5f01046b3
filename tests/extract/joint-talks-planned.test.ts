/** "A and B will hold talks on Friday": talks to come of the two named as one subject. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";

describe("talks to come of two named together", () => {
  it("'will hold talks' and 'are set to hold bilateral talks' are a planned meeting of the two", () => {
    for (const verb of [
      "will hold talks on Friday",
      "are set to hold bilateral talks",
      "will also hold a meeting in Santiago",
    ]) {
      const m = meetingsOf(`${lead} Tomas Varga and Chilean Senate President Rosa Fuentes ${verb}.`);
      expect(m.map((x) => [x.names, x.status])).toEqual([[["Rosa Fuentes", "Tomas Varga"], "planned"]]);
    }
  });
  it("a press conference to come, or talks with a third side, make no meeting of the two", () => {
    expect(
      meetingsOf(
        `${lead} Tomas Varga and Chilean Senate President Rosa Fuentes will hold a joint press conference.`,
      ),
    ).toEqual([]);
    expect(
      meetingsOf(
        `${lead} Tomas Varga and Chilean Senate President Rosa Fuentes will hold talks with the students.`,
      ),
    ).toEqual([]);
  });
});

describe("a meal of two named together", () => {
  it("'A and B had a working breakfast' is a meeting of the two sides", () => {
    const m = meetingsOf(
      `${lead} Tomas Varga and Chilean Senate President Rosa Fuentes had a working breakfast.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
  });
  it("but not of two colleagues of one country", () => {
    expect(
      meetingsOf(`${lead} Tomas Varga and Estonian Deputy Speaker Mart Kask had a working breakfast.`),
    ).toEqual([]);
  });
});
