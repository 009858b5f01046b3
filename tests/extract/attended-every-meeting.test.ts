/**
 * Attendance told in the plural after several meetings of one visit ("The meetings were attended by
 * C", "C attended all the meetings", "C was present at both meetings"): C sat at each of them, not only
 * the last. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const visit =
  "Speaker of the Saeima of Latvia Ilze Berzina met with Prime Minister of Chile Marta Rojas on 3 May. " +
  "On 4 May, Ilze Berzina met with President of Chile Tomas Fuentes.";
const first = ["Ilze Berzina", "Marta Rojas"];
const second = ["Ilze Berzina", "Tomas Fuentes"];
const ambassador = "Latvian Ambassador Janis Ozols";

describe("attendance in the plural joins each meeting of the visit", () => {
  it("'The meetings were attended by C'", () => {
    expect(names(`${visit} The meetings were attended by ${ambassador}.`)).toEqual([
      [...first, "Janis Ozols"].sort(),
      [...second, "Janis Ozols"].sort(),
    ]);
  });
  it("'C attended all the meetings'", () => {
    expect(names(`${visit} ${ambassador} attended all the meetings.`)).toEqual([
      [...first, "Janis Ozols"].sort(),
      [...second, "Janis Ozols"].sort(),
    ]);
  });
  it("'C was present at both meetings'", () => {
    expect(names(`${visit} ${ambassador} was present at both meetings.`)).toEqual([
      [...first, "Janis Ozols"].sort(),
      [...second, "Janis Ozols"].sort(),
    ]);
  });
});

describe("attendance that is not every meeting's", () => {
  it("'The meeting was attended by C' (singular) joins the last meeting only", () => {
    expect(names(`${visit} The meeting was attended by ${ambassador}.`)).toEqual([
      first,
      [...second, "Janis Ozols"].sort(),
    ]);
  });
  it("someone of the side met in only one of the meetings joins that one only", () => {
    const twoSides = `${visit.replace("President of Chile", "President of Peru")}`;
    expect(names(`${twoSides} The meetings were attended by Chilean Foreign Minister Pablo Soto.`)).toEqual([
      [...first, "Pablo Soto"].sort(),
      second,
    ]);
  });
  it("'the meetings of the commission' are a body's sittings, not the visit's meetings", () => {
    expect(names(`${visit} The meetings of the commission were attended by ${ambassador}.`)).toEqual([
      first,
      second,
    ]);
  });
});
