/**
 * Counterparts listed with semicolons, each titled before the name and some with their country after
 * it ("Vice-President of the Assembly A of Ostria;"), ending with the members of a delegation: one
 * meeting each. A sentence that then tells what was discussed "with A" and "at the meeting with B"
 * is about two of those meetings, not about A meeting B.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

const LIST =
  "Deputy Speaker Arman Dosov held a number of bilateral meetings in Geneva. He met with the head of the Croatian delegation to the OSCE PA Ivo Maric; Vice-President of the OSCE PA Lena Holm of Sweden; Chair of the General Committee on Economic Affairs, Chilean MP Tomas Vidal Rocha; and members of the delegation of Greece.";

describe("a list of counterparts split by semicolons", () => {
  it("gives one meeting per counterpart, the delegation's members as their country's side", () => {
    expect(meetingsOf(LIST).map((m) => [m.names, m.countries])).toEqual([
      [["Arman Dosov", "Ivo Maric"], []],
      [["Arman Dosov", "Lena Holm"], []],
      [["Arman Dosov", "Tomas Vidal Rocha"], []],
      [["Arman Dosov"], ["Greece"]],
    ]);
  });
  it("reads the country written after the name of an international body's officer", () => {
    const found = people(LIST).get("Lena Holm");
    expect(found).toEqual({ roles: ["Vice-President of the OSCE PA"], country: "Sweden" });
  });
  it("does not give a body's officer a party or a committee written after the name as a country", () => {
    const found = people("Vice-President of the OSCE PA Lena Holm of the Green Party spoke first.").get(
      "Lena Holm",
    );
    expect(found?.country).toBeUndefined();
  });
  it("the same list after a verb of praise meets no one", () => {
    expect(
      meetingsOf(
        "Deputy Speaker Arman Dosov thanked the head of the Croatian delegation Ivo Maric; Vice-President of the OSCE PA Lena Holm of Sweden; and members of the delegation of Greece.",
      ),
    ).toEqual([]);
  });
  it("'with A, the parties discussed X, while the meeting with B focused on Y' does not pair A and B", () => {
    const m = meetingsOf(
      `${LIST} With Ivo Maric, the parties discussed the activities of the business council, while the meeting with Lena Holm focused on election observation.`,
    );
    expect(m.map((x) => x.names)).not.toContainEqual(["Ivo Maric", "Lena Holm"]);
    expect(m).toHaveLength(4);
  });
  it("'A discussed X with B' still pairs A and B", () => {
    expect(
      meetingsOf("Speaker Arman Dosov discussed the activities of the business council with Ivo Maric.").map(
        (x) => x.names,
      ),
    ).toEqual([["Arman Dosov", "Ivo Maric"]]);
  });
});
