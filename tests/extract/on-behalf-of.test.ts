/**
 * "X Receives a Delegation From the Congress of Ostria on Behalf of Speaker Y": Y is represented, not
 * met. In a title-cased headline the words before "on behalf of" are no part of Y's title, so the
 * delegation stays the side met; in running text the same holds.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const shapes = (text: string) => meetingsOf(text).map((m) => [m.names, m.countries]);

describe("someone acting on another's behalf", () => {
  it("a title-cased headline does not pair the host with the one represented", () => {
    const m = shapes(
      "Senator Dana Omarova Receives a Delegation From the Congress of Peru on Behalf of Speaker Tomas Vidal\n\nSenator Dana Omarova today represented the Speaker of the Senate, Tomas Vidal, to welcome a delegation from the Congress of Peru, led by their Deputy Speaker, Ana Ruiz.",
    );
    expect(m.map(([names]) => names)).not.toContainEqual(["Dana Omarova", "Tomas Vidal"]);
    expect(m).toEqual([[["Ana Ruiz", "Dana Omarova"], []]]);
  });
  it("in running text, the delegation received is the side, the one represented is not", () => {
    expect(
      shapes(
        "Senator Dana Omarova received a delegation from the Congress of Peru on behalf of Speaker Tomas Vidal.",
      ),
    ).toEqual([[["Dana Omarova"], ["Peru"]]]);
  });
  it("a person met on someone's behalf is met; the one represented is not", () => {
    expect(
      shapes(
        "Senator Dana Omarova met Speaker of the Congress of Peru Ana Ruiz on behalf of Speaker Tomas Vidal.",
      ),
    ).toEqual([[["Ana Ruiz", "Dana Omarova"], []]]);
  });
});
