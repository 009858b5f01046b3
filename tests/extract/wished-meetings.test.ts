/** A meeting only wished for or offered ("expressed readiness to hold a meeting with X") is none. */
import { describe, expect, it } from "vitest";
import { wishedNotHeld } from "../../src/extract/wished-meetings.ts";
import { meetingsOf } from "./meeting-helpers.ts";

const held = "Ambassador Sara Lind of Estonia met with Latvian MP Ivo Markov in Riga on 11 July.";

describe("a meeting wished for", () => {
  const wishes = [
    "Markov expressed readiness to hold a joint meeting with the Estonian group headed by deputy Toomas Rebane.",
    "Markov proposed to hold talks with Estonian Speaker Toomas Rebane in the autumn.",
  ];
  for (const wish of wishes)
    it(`adds no meeting: ${wish}`, () => {
      const names = meetingsOf(`${held} ${wish}`).flatMap((m) => m.names);
      expect(names).not.toContain("Toomas Rebane");
      expect(names).toContain("Sara Lind");
    });
  it("is only a bare 'hold' after a wish or an offer", () => {
    expect(wishedNotHeld("@m0 expressed readiness to", "hold the joint meeting")).toBe(true);
    expect(wishedNotHeld("@m0 went to riga to", "hold talks")).toBe(false);
    expect(wishedNotHeld("@m0 expressed readiness to", "held talks")).toBe(false);
  });
});
