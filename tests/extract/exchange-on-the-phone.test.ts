/** Views exchanged in a phone call the report has just told are no meeting. */
import { describe, expect, it } from "vitest";
import { exchangedOnThePhone } from "../../src/extract/exchange-on-the-phone.ts";
import { meetingsOf } from "./meeting-helpers.ts";

describe("views exchanged", () => {
  it("in the phone call told just before, meet no one", () => {
    const m = meetingsOf(
      "Estonia's parliament speaker on Saturday held a phone call with his Latvian counterpart and discussed bilateral ties. Ivo Markov, speaker of the Estonian parliament, and Latvian Speaker Elena Dragan exchanged views on the situation in the region, the statement said.",
    );
    expect(m).toEqual([]);
  });
  it("after a meeting face to face, are that meeting", () => {
    const m = meetingsOf(
      "On Monday, Speaker Ivo Markov of Estonia held a phone call with Minister Lukas Novak. On Tuesday, Markov received Latvian Speaker Elena Dragan in Tallinn. Markov and Dragan exchanged views on trade.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Elena Dragan", "Ivo Markov"]);
  });
});

describe("exchangedOnThePhone", () => {
  it("is false for a sentence that tells an encounter of its own", () => {
    const doc = {
      sentences: [{ text: "A held a telephone conversation with B." }, { text: "A met C and exchanged views." }],
    } as unknown as Parameters<typeof exchangedOnThePhone>[0];
    expect(exchangedOnThePhone(doc, 1)).toBe(false);
    expect(exchangedOnThePhone(doc, 0)).toBe(false);
  });
});
