/**
 * One encounter of three or more named people is one meeting with all of them: a meeting said to be
 * of three sides or chaired by two, three named as one subject who met, the company of the one met,
 * and attendees of a meeting named with its two sides. Counterparts of different countries met in
 * one sentence without such words stay one meeting each. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const host = "Chairman of the Mazhilis Ardak Nurbekov";
const italian = "President of the Italian Senate Marco Bianchi";
const croatian = "Speaker of the Croatian Sabor Ivan Horvat";

describe("a meeting of several sides is one table", () => {
  it("'held a trilateral meeting with A and B', 'co-chaired a session with A and B'", () => {
    const all = [["Ardak Nurbekov", "Ivan Horvat", "Marco Bianchi"]];
    expect(names(`${host} held a trilateral meeting with ${italian} and ${croatian}.`)).toEqual(all);
    expect(names(`${host} co-chaired a meeting with ${italian} and ${croatian}.`)).toEqual(all);
  });
  it("without such words, counterparts of two countries are two meetings", () => {
    expect(names(`${host} met with ${italian} and ${croatian}.`)).toEqual([
      ["Ardak Nurbekov", "Marco Bianchi"],
      ["Ardak Nurbekov", "Ivan Horvat"],
    ]);
  });
});

describe("three named as one subject who met", () => {
  const turk = "Speaker of the Turkish Assembly Kemal Ozturk";
  const azeri = "Speaker of the Azerbaijani Milli Majlis Leyla Aliyeva";
  it("'A, B and C met in Ankara' is one meeting of the three", () => {
    expect(names(`Speaker of the Mazhilis Ardak Nurbekov, ${turk} and ${azeri} met in Ankara.`)).toEqual([
      ["Ardak Nurbekov", "Kemal Ozturk", "Leyla Aliyeva"],
    ]);
  });
  it("colleagues of one country who met, or three who met voters, had no encounter of sides", () => {
    // (The pair before the verb is read by the two-person finder, which has its own rule.)
    const colleagues = names(
      "Mazhilis deputies Aigerim Sultanova, Yerzhan Bekov and Dauren Abenov met in Astana to prepare the bill.",
    );
    expect(colleagues.some((m) => m.includes("Aigerim Sultanova"))).toBe(false);
    const voters = names(
      `Speaker of the Mazhilis Ardak Nurbekov, ${turk} and ${azeri} met voters in Ankara.`,
    );
    expect(voters.some((m) => m.includes("Ardak Nurbekov"))).toBe(false);
  });
});

describe("the company of the one met, and those who joined the talks", () => {
  it("'welcomed A, along with B' seats B with A", () => {
    expect(names(`${host} welcomed ${italian}, along with Italian Ambassador Luca Rossi.`)).toEqual([
      ["Ardak Nurbekov", "Luca Rossi", "Marco Bianchi"],
    ]);
  });
  it("'B also joined the talks' adds B to the meeting just told; 'joined the delegation' does not", () => {
    const met = `${host} met with ${italian}.`;
    expect(names(`${met} Deputy Chairman of the Mazhilis Dauren Abenov also joined the talks.`)).toEqual([
      ["Ardak Nurbekov", "Dauren Abenov", "Marco Bianchi"],
    ]);
    expect(
      names(`${met} Later, Italian Ambassador Luca Rossi joined the delegation on a tour of the city.`),
    ).toEqual([["Ardak Nurbekov", "Marco Bianchi"]]);
  });
  it("'The meeting between A and B was also attended by C and D'", () => {
    expect(
      names(
        `The meeting between ${host} and ${italian} was also attended by Italian Ambassador Luca Rossi and Mazhilis deputy Aigerim Sultanova.`,
      ),
    ).toEqual([["Aigerim Sultanova", "Ardak Nurbekov", "Luca Rossi", "Marco Bianchi"]]);
  });
});

describe("the heads of several sides, named after a colon", () => {
  const heads = `${host} met with the heads of the delegations of Latvia, Estonia and Hungary`;
  it("'the heads of the delegations of A, B and C: X, Y and Z' is one meeting per counterpart", () => {
    expect(names(`${heads}: Ilze Berzina, Mart Tamm and Gabor Kiss.`)).toEqual([
      ["Ardak Nurbekov", "Ilze Berzina"],
      ["Ardak Nurbekov", "Mart Tamm"],
      ["Ardak Nurbekov", "Gabor Kiss"],
    ]);
  });
  it("fewer names than sides pair no one with a side", () => {
    const met = names(`${heads}: Ilze Berzina and Mart Tamm.`);
    expect(met).not.toContainEqual(["Ardak Nurbekov", "Ilze Berzina"]);
  });
});

describe("one's own aide, and a side spelled out after a dash", () => {
  const guest = "Speaker of the Saeima of Latvia Ilze Berzina";
  const three = [["Ardak Nurbekov", "Dauren Abenov", "Ilze Berzina"]];
  it("'met with Chairman A and his deputy B' seats B with A", () => {
    expect(
      names(`${guest} met with Chairman of the Mazhilis Ardak Nurbekov and his deputy Dauren Abenov.`),
    ).toEqual(three);
  });
  it("'held talks with the leadership of the Mazhilis - Chairman A and Deputy Chairman B'", () => {
    expect(
      names(
        `${guest} held talks with the leadership of the Mazhilis - Chairman Ardak Nurbekov and Deputy Chairman Dauren Abenov.`,
      ),
    ).toEqual(three);
  });
  it("without a possessive, two hosts of one country met apart stay two meetings", () => {
    expect(
      names(`${guest} met with Chairman of the Mazhilis Ardak Nurbekov and Prime Minister Dauren Abenov.`),
    ).toHaveLength(2);
  });
});

describe("counterparts met one after the other", () => {
  it("'met with A and later with B' is one meeting each", () => {
    expect(
      names(
        "Speaker of the Seimas Rasa Kaziene met with Speaker of the Riigikogu Mart Tamm and later with Speaker of the Saeima Ilze Berzina.",
      ),
    ).toEqual([
      ["Mart Tamm", "Rasa Kaziene"],
      ["Ilze Berzina", "Rasa Kaziene"],
    ]);
  });
});
