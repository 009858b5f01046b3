/** Taking part in a meeting of a body of two sides ("the commission on cooperation between A and B") meets the other side. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a meeting of a body of two sides", () => {
  it("taking part in it is meeting the side that is not one's own", () => {
    const m = meetingsOf(
      "Chilean Senate President Dario Quispe arrived in Lisbon. Dario Quispe will take part in an expanded meeting of the commission on cooperation between the Senate of Chile and the Assembly of Portugal.",
    );
    expect(m.map((x) => [x.names, x.countries, x.status])).toEqual([
      [["Dario Quispe"], ["Portugal"], "planned"],
    ]);
  });
  it("so is attending its session, told as done", () => {
    const m = meetingsOf(
      "Chilean Senate President Dario Quispe was in Lisbon on Monday. Dario Quispe attended the session of the working group between Chile and Portugal.",
    );
    expect(m.map((x) => [x.names, x.countries, x.status])).toEqual([
      [["Dario Quispe"], ["Portugal"], "held"],
    ]);
  });
  it("a body of many, or one whose two sides do not include the person's country, is no meeting", () => {
    expect(
      meetingsOf(
        "Chilean Senate President Dario Quispe was in Lisbon on Monday. Dario Quispe attended the session of the Council of the Interparliamentary Assembly.",
      ),
    ).toEqual([]);
    expect(
      meetingsOf(
        "Chilean Senate President Dario Quispe was in Lisbon on Monday. Dario Quispe attended the session of the working group between Spain and Portugal.",
      ),
    ).toEqual([]);
  });
  it("a meeting of the body that no one is said to take part in is no one's meeting", () => {
    expect(
      meetingsOf(
        "Chilean Senate President Dario Quispe was in Lisbon on Monday. Dario Quispe said a meeting of the commission between Chile and Portugal is planned for May.",
      ),
    ).toEqual([]);
  });
});
