/**
 * A meeting offered is not a meeting: "Y expressed readiness to hold the joint meeting with the group
 * headed by Z", "proposed holding talks with Z". A meeting held in the same sentence stays. Names are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("a meeting offered", () => {
  it.each([
    "Deputy Anel Vost expressed readiness to hold the joint meeting with the group of the Majilis headed by deputy Timur Askarov.",
    "Speaker Anel Vost proposed holding talks with Speaker Timur Askarov in Valdor.",
    "Speaker Anel Vost offered to hold consultations with Senator Timur Askarov.",
  ])("is no meeting: %s", (text) => {
    expect(meetingsOf(text)).toEqual([]);
  });
  it("leaves a meeting held in the same sentence", () => {
    const m = meetingsOf(
      "Speaker Anel Vost met Speaker Timur Askarov and expressed readiness to hold a joint meeting with the committees.",
    );
    expect(m.map((x) => x.names)).toEqual([["Anel Vost", "Timur Askarov"]]);
  });
});
