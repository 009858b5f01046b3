/** People brought in as absent: a message's sender, the far end of a call, someone praised. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const lead = "Chairwoman of the Senate Mira Tolvanen received a delegation of the Parliament of Estonia.";
const sides = (text: string) => meetingsOf(`${lead} ${text}`).map((m) => [m.names, m.countries]);

// How a report brings in someone absent, and what it then says of them.
const absent: [string, string][] = [
  [
    "the sender of a message",
    "The head of the delegation handed over to Tolvanen a message from Speaker of the Riigikogu Rein Kask. Rein Kask invited the Chairwoman to visit Tallinn.",
  ],
  [
    "the writer of a letter",
    "The head of the delegation delivered a letter from Speaker of the Riigikogu Rein Kask. In his letter, Kask noted the interest of Estonian firms.",
  ],
  [
    "the sender of greetings",
    "The guests conveyed greetings from Speaker of the Riigikogu Rein Kask, who values the dialogue. Kask also stressed that Estonia supports the reforms, the guests added.",
  ],
  [
    "the far end of a call",
    "On May 18, Tolvanen spoke by telephone with Speaker of the Riigikogu Rein Kask. Kask thanked her for the support.",
  ],
  [
    "a speaker by video link",
    "Speaker of the Riigikogu Rein Kask, who could not attend, addressed the meeting by video link. Kask stressed the importance of cooperation.",
  ],
  [
    "someone whose role was praised",
    "The role of the Speaker of the Riigikogu, Rein Kask, in strengthening ties was highly appreciated. Rein Kask has visited the country twice.",
  ],
];

describe("people brought in as absent", () => {
  it.each(absent)("%s is not the head of the delegation met", (_, text) => {
    expect(sides(text)).toEqual([[["Mira Tolvanen"], ["Estonia"]]]);
  });
  it("someone who joined the talks by video did not attend them", () => {
    const m = meetingsOf(
      `${lead} Speaker of the Riigikogu Rein Kask joined the conversation via videoconference and thanked the hosts.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Mira Tolvanen"]]);
  });
  it("but the one the report follows, named with the delegation, is its head", () => {
    const m = meetingsOf(
      `${lead} Speaker of the Riigikogu Rein Kask thanked the hosts for the warm welcome. Kask noted the interest of Estonian firms.`,
    );
    expect(m.map((x) => x.names)).toEqual([["Mira Tolvanen", "Rein Kask"]]);
  });
});
