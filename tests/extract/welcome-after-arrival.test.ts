import { describe, expect, it } from "vitest";
import { welcomeAfterArrival } from "../../src/extract/meeting-dates.ts";

describe("a welcome told right after a dated arrival", () => {
  const arrival =
    "Speaker Anil Varo arrived in Ostria's capital Velm today, leading a parliamentary delegation.";
  it("is dated by the arrival", () => {
    const welcome = "The Speaker received a warm welcome from Deputy Chairman Ruben Kast.";
    expect(welcomeAfterArrival(arrival, welcome, "2021-04-09")?.start).toBe("2021-04-09");
  });
  it("takes no date when the sentence tells no welcome", () => {
    const talks = "The Speaker held talks with Deputy Chairman Ruben Kast.";
    expect(welcomeAfterArrival(arrival, talks, "2021-04-09")).toBeUndefined();
  });
  it("takes no date from an arrival still to come", () => {
    const coming = "Speaker Anil Varo will arrive in Velm today.";
    const welcome = "He is welcomed by Ruben Kast.";
    expect(welcomeAfterArrival(coming, welcome, "2021-04-09")).toBeUndefined();
  });
});
