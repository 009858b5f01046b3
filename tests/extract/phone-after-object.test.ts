/**
 * A conversation by telephone is no encounter, also when the telephone is named after the one spoken
 * with ("spoke with Y by phone"), not only before ("held a telephone conversation with Y").
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const X = "Speaker of the Ostrian Parliament Tomas Varga";
const Y = "Speaker of the Estorian Senate Rosa Fuentes";

describe("the telephone after the object of a verb of speaking", () => {
  for (const tail of ["by phone on Tuesday", "over the phone", "at length by telephone", "in a phone call"])
    it(`'${X} spoke with ${Y} ${tail}' is no meeting`, () => {
      expect(meetingsOf(`${X} spoke with ${Y} ${tail}.`)).toEqual([]);
    });
  it("a talk in a city is still a meeting", () => {
    expect(meetingsOf(`${X} spoke with ${Y} in Lima on Tuesday.`).map((m) => m.names)).toEqual([
      ["Rosa Fuentes", "Tomas Varga"],
    ]);
  });
  it("a meeting followed by a later call with someone else keeps the meeting", () => {
    expect(
      meetingsOf(`${X} met ${Y} in Lima on Tuesday. Later, he spoke with Deputy Pablo Rios by phone.`).map(
        (m) => m.names,
      ),
    ).toEqual([["Rosa Fuentes", "Tomas Varga"]]);
  });
});
