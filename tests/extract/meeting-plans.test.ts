/**
 * Meetings announced by a trip, a schedule, a host or talks under way, and the status each gets.
 * Names are invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const statuses = (text: string) => meetingsOf(text).map((m) => [m.names, m.status]);
const MARKOV = "Speaker Ivo Markov of Ruritania";
const FUENTES = "President Rosa Fuentes of Oceania";
const PAIR = ["Ivo Markov", "Rosa Fuentes"];

describe("a trip made to meet someone", () => {
  it("announces a meeting to come", () => {
    expect(statuses(`${MARKOV} will travel to Lima on Friday to meet ${FUENTES}.`)).toEqual([
      [PAIR, "planned"],
    ]);
    expect(statuses(`${MARKOV} leaves for Lima for talks with ${FUENTES}.`)).toEqual([[PAIR, "planned"]]);
  });
  it("a trip with no meeting as its purpose is no meeting", () => {
    expect(statuses(`${MARKOV} will travel to Lima on Friday, ${FUENTES} said.`)).toEqual([]);
  });
});

describe("two people scheduled to meet", () => {
  it("is a meeting to come of the two", () => {
    expect(statuses(`${MARKOV} and ${FUENTES} are scheduled to meet on Friday.`)).toEqual([
      [PAIR, "planned"],
    ]);
    expect(statuses(`${MARKOV} and ${FUENTES} will meet in Lima.`)).toEqual([[PAIR, "planned"]]);
  });
  it("two who will meet someone else are not meeting each other", () => {
    expect(
      statuses("Ruritanian Senators Ivo Markov and Pavel Dorn will meet voters in the north of Ruritania."),
    ).toEqual([]);
  });
});

describe("a host and a guest", () => {
  it("one who will host another meets them later", () => {
    expect(statuses(`${MARKOV} will host ${FUENTES} on Friday.`)).toEqual([[PAIR, "planned"]]);
    expect(statuses(`${MARKOV} is set to host ${FUENTES} in Lima next week.`)).toEqual([[PAIR, "planned"]]);
  });
});

describe("talks under way", () => {
  it("are held", () => {
    expect(statuses(`${MARKOV} is holding talks with ${FUENTES} in Lima.`)).toEqual([[PAIR, "held"]]);
  });
  it("talks merely considered are no meeting", () => {
    expect(statuses(`${MARKOV} said Ruritania is considering talks with Oceania.`)).toEqual([]);
  });
});
