/**
 * "X began his visit by meeting Y", "X concluded the trip with talks with Y": an encounter that opens
 * or closes a visit; and "met A and later with B", "met A, followed by a meeting with B": a second
 * object whose verb is left out.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Speaker Tomas Varga of Estonia is on a visit to Chile.";

describe("an encounter that opens or closes a visit", () => {
  it("is the subject's meeting", () => {
    for (const clause of [
      "Tomas Varga concluded his visit with a meeting with Chamber President Pablo Rios.",
      "Tomas Varga wrapped up his visit by meeting Chamber President Pablo Rios.",
      "Tomas Varga began the trip by holding talks with Chamber President Pablo Rios.",
    ]) {
      const m = meetingsOf(`${lead} ${clause}`);
      expect(m.map((x) => x.names)).toEqual([["Pablo Rios", "Tomas Varga"]]);
    }
  });
  it("a visit closed with a tour or a press conference meets no one", () => {
    expect(
      meetingsOf(
        `${lead} Tomas Varga concluded his visit with a press conference attended by Pablo Rios of the Chilean press.`,
      ),
    ).toEqual([]);
  });
});

describe("a second object whose verb is left out", () => {
  it("'and later with B', ', and then with B', ', followed by a meeting with B' meet B too", () => {
    for (const joiner of [" and later with", ", and then with", ", followed by a meeting with"]) {
      const m = meetingsOf(
        `${lead} Tomas Varga met with Chilean Senate President Rosa Fuentes${joiner} Chamber President Pablo Rios.`,
      );
      expect(m.map((x) => x.names)).toEqual([
        ["Rosa Fuentes", "Tomas Varga"],
        ["Pablo Rios", "Tomas Varga"],
      ]);
    }
  });
  it("'followed by a press conference with B' meets no B", () => {
    const m = meetingsOf(
      `${lead} Tomas Varga met with Chilean Senate President Rosa Fuentes, followed by a press conference with journalist Pablo Rios.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
  });
});
