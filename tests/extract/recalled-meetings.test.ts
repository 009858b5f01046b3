/**
 * Meetings a report recalls rather than reports: a past encounter mentioned in a speech, a
 * relationship between leaders, agreements reached at an earlier summit. Only the meeting the
 * article itself reports counts; plus a passive courtesy call and greetings passed on by an envoy.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const host = "Speaker Ivo Markov met Senator Elena Dragan in Sofia on Monday.";
const pair = [["Elena Dragan", "Ivo Markov"]];

/** Each case: a second sentence after a reported meeting, which must add no meeting. */
const recalled: string[] = [
  "Markov recalled that President Tomas Varga had met Prime Minister Lukas Novak in 2015.",
  "Dragan noted that President Tomas Varga and Prime Minister Lukas Novak had first met in Geneva years ago.",
  "Since the visit of President Tomas Varga to Hanoi in 2019, when he met Prime Minister Lukas Novak, relations have deepened.",
  "The sides discussed the agreements reached during the meeting of the heads of state Tomas Varga and Lukas Novak last year.",
  "President Tomas Varga and Prime Minister Lukas Novak have met several times.",
  "Relations have grown thanks to the dialogue between the heads of state Tomas Varga and Lukas Novak.",
  "Markov stressed the importance of the talks held between President Tomas Varga and President Lukas Novak in March 2021.",
  "Dragan recalled her meeting with President Tomas Varga in 2018.",
  "Markov said that President Tomas Varga had received Prime Minister Lukas Novak in Sofia in 2017.",
  "The agreements reached by President Tomas Varga and President Lukas Novak at their summit in 2022 are being implemented.",
  "Markov recalled that he had met President Tomas Varga during his visit to Vienna in 2016.",
  "It is worth recalling that in February Dragan had a video call with Ambassador Lukas Novak, during which the programme was agreed.",
  "Recall that earlier this year Markov held talks with Ambassador Lukas Novak in Sofia.",
  "As a reminder, Speaker Ivo Markov received Ambassador Lukas Novak in April.",
];

describe("recalled meetings", () => {
  for (const second of recalled)
    it(`adds no meeting: ${second}`, () => {
      expect(meetingsOf(`${host} ${second}`).map((m) => m.names)).toEqual(pair);
    });
  it("a courtesy call paid by X on Y is a meeting of X and Y", () => {
    expect(
      meetingsOf("A courtesy call on Speaker Ivo Markov was paid by Ambassador Elena Dragan on Monday.").map(
        (m) => m.names,
      ),
    ).toEqual(pair);
  });
  it("an envoy conveying a president's greetings meets the host, not the president", () => {
    expect(
      meetingsOf(
        "Ambassador Elena Dragan conveyed the greetings of President Tomas Varga to Speaker Ivo Markov during the meeting.",
      ).map((m) => m.names),
    ).toEqual(pair);
  });
  it("greetings conveyed to 'the hosts' on behalf of someone absent meet no one", () => {
    expect(
      meetingsOf(
        `${host} Dragan conveyed the greetings of Speaker Tomas Varga to the Bulgarian hosts, saying he was unable to attend.`,
      ).map((m) => m.names),
    ).toEqual(pair);
  });
  it("the verb 'hosts' with its object is still a meeting", () => {
    expect(meetingsOf("Speaker Ivo Markov hosts Senator Elena Dragan in Sofia.").map((m) => m.names)).toEqual(
      pair,
    );
  });
  it("a speaker recalling a meeting held today still reports it", () => {
    expect(
      meetingsOf(
        "Speaker Ivo Markov met Senator Elena Dragan on Monday. Markov recalled that Dragan had visited Sofia in 2010.",
      ).map((m) => m.names),
    ).toEqual(pair);
  });
  it("an article made only of an earlier meeting is a late report and keeps it", () => {
    expect(
      meetingsOf("Speaker Ivo Markov met Senator Elena Dragan in Sofia in March 2023.").map((m) => m.names),
    ).toEqual(pair);
  });
  it("a month close to the publication is the reported meeting's, not a recalled one", () => {
    const m = meetingsOf(
      `${host} In April, President Tomas Varga met Prime Minister Lukas Novak in Vienna.`,
    ).map((x) => x.names);
    expect(m).toContainEqual(["Lukas Novak", "Tomas Varga"]);
  });
  it("greetings passed on without a meeting in the sentence meet no one", () => {
    expect(
      meetingsOf(
        "Ambassador Elena Dragan conveyed the greetings of President Tomas Varga to Speaker Ivo Markov in a letter.",
      ),
    ).toEqual([]);
  });
});

describe("recalled meetings, second batch", () => {
  for (const second of [
    "President Tomas Varga, who met Prime Minister Lukas Novak in Geneva in 2015, supports the project.",
    "Markov said he had met President Tomas Varga at the summit in 2023.",
    "Markov recalled that he had met President Tomas Varga two years ago.",
    "Markov noted the regular meetings between President Tomas Varga and President Lukas Novak.",
    "Dragan said President Tomas Varga has repeatedly met Prime Minister Lukas Novak.",
    "The friendship between President Tomas Varga and President Lukas Novak is a model for the region.",
  ])
    it(`adds no meeting: ${second}`, () => {
      expect(meetingsOf(`${host} ${second}`).map((m) => m.names)).toEqual(pair);
    });
  it("a meeting dated this year keeps its place though its sentence recalls last year", () => {
    const m = meetingsOf(
      `${host} President Tomas Varga met Prime Minister Lukas Novak on Tuesday, a year after the accord signed last year.`,
    ).map((x) => x.names);
    expect(m).toContainEqual(["Lukas Novak", "Tomas Varga"]);
  });
  it("a habit hoped for a body of people does not make the sentence's meeting a recalled one", () => {
    const m = meetingsOf(
      `${host} Markov also held talks with Senator Petar Kolev and said that regular meetings of parliamentarians will help.`,
    ).map((x) => x.names);
    expect(m).toContainEqual(["Ivo Markov", "Petar Kolev"]);
  });
});
