/**
 * Two constructions of one encounter and of two: the guests of one meal sat at one table ("hosted a
 * working breakfast with A and B" is one meeting of three), and a second verb phrase of the same
 * subject in the future ("will hold talks with A and will meet with B", "is to call on A and to
 * receive B") is a second meeting. A verb of another kind after "and will" adds no one.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("the guests of one meal", () => {
  it("a working breakfast with two guests is one meeting of three", () => {
    expect(
      names(
        "On Thursday morning, Assembly President Marta Lindholm hosted a working breakfast with the Speaker of the Parliament of Chile, Tomas Vidal, and the Chairperson of the Committee on Foreign Policy of the Congress of Peru, Ana Ruiz, on the regional situation.",
      ),
    ).toEqual([["Ana Ruiz", "Marta Lindholm", "Tomas Vidal"]]);
  });
  it("dinner with two guests is one meeting", () => {
    expect(names("Speaker Bounmy Keola had dinner with Tomas Vidal and Ana Ruiz.")).toEqual([
      ["Ana Ruiz", "Bounmy Keola", "Tomas Vidal"],
    ]);
  });
  it("talks with two counterparts stay two meetings", () => {
    expect(
      names("Speaker Bounmy Keola held talks with Senate President Tomas Vidal and Prime Minister Ana Ruiz."),
    ).toHaveLength(2);
  });
  it("a reception in someone's honour pairs no one thanked at it", () => {
    expect(
      names("Speaker Bounmy Keola hosted a reception in honour of Tomas Vidal, where he thanked Ana Ruiz."),
    ).not.toContainEqual(["Ana Ruiz", "Bounmy Keola"]);
  });
});

describe("a second verb phrase of the same subject", () => {
  const visit = "Speaker Bounmy Keola will pay an official visit to Peru.";
  it("'will hold talks with A and will meet with B' is two planned meetings", () => {
    const m = meetingsOf(
      `${visit} In Lima, Keola will hold talks with Senate President Tomas Vidal and will meet with Speaker of the Congress Ana Ruiz.`,
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Bounmy Keola", "Tomas Vidal"],
      ["Ana Ruiz", "Bounmy Keola"],
    ]);
    expect(m.every((x) => x.status === "planned")).toBe(true);
  });
  it("'is expected to call on A and to receive B' is two meetings", () => {
    expect(
      names(
        `${visit} He is expected to pay a courtesy call on Prime Minister Tomas Vidal and to receive Speaker of the Congress Ana Ruiz.`,
      ),
    ).toEqual([
      ["Bounmy Keola", "Tomas Vidal"],
      ["Ana Ruiz", "Bounmy Keola"],
    ]);
  });
  it("'and will thank B' adds no meeting with B", () => {
    expect(
      names(
        "Speaker Bounmy Keola will hold talks with Senate President Tomas Vidal and will thank Speaker of the Congress Ana Ruiz for the invitation.",
      ),
    ).toEqual([["Bounmy Keola", "Tomas Vidal"]]);
  });
});
