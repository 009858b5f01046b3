/**
 * People who sat at a meeting and are named only after it is reported: a delegation's members or
 * head named in apposition when they speak ("Members of the delegation, A and B, raised questions"),
 * one who came with a person of the meeting ("C, who accompanied X, proposed ..."), attendees told
 * with the verb before them as translated prose does ("Also in the meeting took part A and B"), and
 * an attendee with an engineer's title ("Eng. A"). Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const received =
  "Speaker Ingrid Vikstad received a delegation of the Ostrian parliament led by its chairman, Bolat Nurlanov.";

describe("a delegation's people named in apposition when they speak", () => {
  it("join the meeting with the delegation", () => {
    expect(
      names(`${received} Members of the delegation, Ola Nordby and Kari Dahlen, raised questions on trade.`),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vikstad", "Kari Dahlen", "Ola Nordby"]]);
    expect(names(`${received} A member of the delegation, Ola Nordby, asked about energy.`)).toEqual([
      ["Bolat Nurlanov", "Ingrid Vikstad", "Ola Nordby"],
    ]);
    expect(
      names(
        `Speaker Ingrid Vikstad received the Norwegian delegation. The head of the delegation, Ola Nordby, noted the ties.`,
      ),
    ).toEqual([["Ingrid Vikstad", "Ola Nordby"]]);
  });
  it("do not when the body is not a delegation, or the apposition opens a relative clause", () => {
    expect(
      names(`${received} Members of the committee, Ola Nordby and Kari Dahlen, adopted the report.`),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vikstad"]]);
  });
});

describe("one who came with a person of the meeting", () => {
  it("sits at it", () => {
    expect(
      names(`${received} Adviser Ola Nordby, who accompanied Vikstad, proposed a joint seminar.`),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vikstad", "Ola Nordby"]]);
  });
  it("does not when the one accompanied is not at the meeting", () => {
    expect(
      names(
        `${received} Adviser Ola Nordby, who accompanied Minister Kari Dahlen, proposed a joint seminar.`,
      ),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vikstad"]]);
  });
});

describe("attendees told with the verb before them", () => {
  it("'Also in the meeting took part A and B'", () => {
    expect(
      names(`${received} Also in the meeting took part the deputies Ola Nordby and Kari Dahlen.`),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vikstad", "Kari Dahlen", "Ola Nordby"]]);
  });
  it("'Eng. A' keeps its sentence", () => {
    expect(names(`${received} The meeting was attended by Eng. Ola Nordby and Kari Dahlen.`)).toEqual([
      ["Bolat Nurlanov", "Ingrid Vikstad", "Kari Dahlen", "Ola Nordby"],
    ]);
  });
});
