/** Encounters a speaker recalls are not the report's: they neither stand as meetings nor fill its sides. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead =
  "Speaker meets Japanese delegation\n\nChairman of the Majilis Daulet Kerimov received a delegation of the House of Representatives of Japan.";
const sides = (text: string) => meetingsOf(`${lead} ${text}`).map((m) => [m.names, m.countries]);
const theDelegation = [[["Daulet Kerimov"], ["Japan"]]];

describe("encounters recalled", () => {
  it.each([
    ["recalled his meeting", "Kerimov recalled his meeting with Speaker Haruki Oda in Tokyo in 2019."],
    ["the past perfect", "Kerimov recalled that he had met Speaker Haruki Oda during his visit to Tokyo."],
  ])("a memory (%s) is not the delegation's head met", (_, text) => {
    expect(sides(text)).toEqual(theDelegation);
  });
  it("but recent talks recalled are news the report tells besides", () => {
    const m = meetingsOf(
      "Speaker Daulet Kerimov met with Ambassador Lena Ward. Kerimov also recalled his recent talks with President Haruki Oda on the sidelines of the summit in Beijing.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Daulet Kerimov", "Haruki Oda"]);
  });
});
