/**
 * "Meetings with A, B and C, as well as with Senate staffers": an unnamed group that closes a list of
 * the people met is one more side, of the country the people of the list share.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("an unnamed group that closes a list of people met", () => {
  it("'as well as with' staffers after hosts of one country", () => {
    const m = meetingsOf(
      "A delegation of the Senate of Chile arrived in Lisbon. During the meetings with Portuguese Speaker Rui Matos and Portuguese Prime Minister Ana Sousa, as well as with parliament staffers, the Chilean Senator Pablo Rios discussed trade.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Pablo Rios", "Rui Matos"], []],
      [["Ana Sousa", "Pablo Rios"], []],
      [["Pablo Rios"], ["Portugal"]],
    ]);
  });
  it("'alongside' stakeholders of a body after hosts of one country", () => {
    const m = meetingsOf(
      "Speaker Aida Karimova arrived in Lisbon on Monday. She is set to hold talks with Portuguese Speaker Rui Matos, Portuguese Prime Minister Ana Sousa, alongside key stakeholders from the national council on youth.",
    );
    expect(m.map((x) => [x.names, x.countries, x.status])).toEqual([
      [["Aida Karimova", "Rui Matos"], [], "planned"],
      [["Aida Karimova", "Ana Sousa"], [], "planned"],
      [["Aida Karimova"], ["Portugal"], "planned"],
    ]);
  });
  it("a group after a list of people from two countries takes no country and is no side", () => {
    const m = meetingsOf(
      "Speaker Aida Karimova arrived in Lisbon on Monday. She held talks with Portuguese Speaker Rui Matos and Chilean Senator Pablo Rios, as well as with parliament staffers.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Aida Karimova", "Rui Matos"],
      ["Aida Karimova", "Pablo Rios"],
    ]);
  });
  it("a group after the subject of the sentence, not after the people met, is no side", () => {
    const m = meetingsOf(
      "Speaker Aida Karimova arrived in Lisbon on Monday. Portuguese Speaker Rui Matos, as well as parliament staffers, met Aida Karimova at the airport.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Aida Karimova", "Rui Matos"], []]]);
  });
  it("a side of the country of one person met with it is that person's company, as before", () => {
    const m = meetingsOf(
      "Speaker Aida Karimova arrived in Lisbon on Monday. She met with Portuguese Speaker Rui Matos and members of the Portuguese delegation.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Aida Karimova", "Rui Matos"], ["Portugal"]]]);
  });
});
