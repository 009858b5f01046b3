/**
 * How far a title phrase reaches, and which name it is bound to: "chief of staff of the Senate" is one
 * title (its body gives the country, not the dateline's), and words around a title that are not part of
 * it stay out. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { people } from "./people-helpers.ts";

describe("a title that names an office's staff", () => {
  it("'the chief of staff of the Senate of X' is one title, in X's body, whatever the dateline", () => {
    const p = people(
      "TASHKENT. KAZINFORM Ivan Orlov, the chief of staff of the Senate of the Parliament of Kazakhstan, met on Saturday with Uzbek colleagues in Tashkent.",
    ).get("Ivan Orlov");
    expect(p?.roles).toEqual(["chief of staff of the Senate of the Parliament of Kazakhstan"]);
    expect(p?.country).toBe("Kazakhstan");
  });
  it("'Head of the staff of the Oliy Majlis of X' before a name is the whole title", () => {
    const p = people(
      "ASTANA. KAZINFORM Head of the staff of the Oliy Majlis of Uzbekistan Bobur Karimov said the visit was useful.",
    ).get("Bobur Karimov");
    expect(p?.roles).toEqual(["Head of the staff of the Oliy Majlis of Uzbekistan"]);
  });
  it("the staff a titled person addresses is not part of their title", () => {
    const p = people(
      "ASTANA. KAZINFORM Speaker Ivan Orlov thanked the staff of the embassy of Uzbekistan.",
    ).get("Ivan Orlov");
    expect(p?.roles).toEqual(["Speaker"]);
  });
});
