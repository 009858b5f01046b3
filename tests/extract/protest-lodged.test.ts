/** "X lodged a strong protest with Y over the resolution": a protest made to a named person is an encounter. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a protest lodged with someone", () => {
  it("with a named person is a meeting", () => {
    for (const verb of [
      "lodged a strong protest with",
      "registered a formal protest with",
      "lodged a protest with",
    ]) {
      const m = meetingsOf(
        `Speaker Tomas Varga attended the summit in Lisbon. Tomas Varga also ${verb} European Parliament Vice President Greta Lind over its resolution.`,
      );
      expect(m.map((x) => x.names)).toEqual([["Greta Lind", "Tomas Varga"]]);
    }
  });
  it("with a body, or a protest someone else lodged, is no meeting", () => {
    expect(
      meetingsOf(
        "Speaker Tomas Varga spoke in Lisbon. Tomas Varga lodged a protest with the European Parliament over its resolution.",
      ),
    ).toEqual([]);
    expect(
      meetingsOf(
        "Speaker Tomas Varga spoke in Lisbon. Tomas Varga recalled the protest that Vice President Greta Lind had lodged.",
      ),
    ).toEqual([]);
  });
});
