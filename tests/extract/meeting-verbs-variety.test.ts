/**
 * The verbs and nouns of agency English for one encounter, and the sentences that name two officials
 * without one: the reports of fixtures/invented-reports-10-verbs.ts scored family by family, and each
 * construction the round found missing, in both directions. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { MEETING_VERB_REPORTS } from "./fixtures/invented-reports-10-verbs.ts";
import { scoreInventedReports } from "./invented-score.ts";
import { meetingsOf } from "./meeting-helpers.ts";

const family = (prefix: string) => MEETING_VERB_REPORTS.filter((r) => r.id.startsWith(`${prefix}-`));
const names = (text: string) => meetingsOf(text).map((m) => m.names);
const host = "Speaker of the Saeima Inese Kalnina";
const guest = "the Ambassador of Ukraine Oleksandr Mishchenko";
const pair = ["Inese Kalnina", "Oleksandr Mishchenko"];

describe("the round of invented reports", () => {
  it("has reports in every family", () => {
    for (const f of ["verb", "pass", "remote", "lead", "none"]) expect(family(f).length).toBeGreaterThan(3);
  });
  // Before: 16 of 138 reports wrong (14 missed, 2 spurious). Left: "X and Y spoke about Z. The
  // conversation took place in Riga": "spoke about" alone may be two speeches, and the next sentence's
  // conversation is not tied back to it.
  it("finds every encounter and invents none", () => {
    const score = scoreInventedReports(MEETING_VERB_REPORTS);
    expect(score.fp).toBe(0);
    expect(score.errors).toEqual(["lead-conversation-took-place: missed Kalnina + Whitfield"]);
  });
});

describe("a person visited is met; a place or a thing visited is not", () => {
  it("'X visited Speaker Y'", () => {
    expect(names(`${guest} visited the ${host} on Thursday.`)).toEqual([pair]);
  });
  it("'X visited the Saeima' meets no one", () => {
    expect(names(`Ambassador of Ukraine Oleksandr Mishchenko visited the Saeima on Thursday.`)).toEqual([]);
  });
  it("'X visited the grave of Y' meets no one", () => {
    expect(names(`${host} visited the grave of former President Karlis Ozolins.`)).toEqual([]);
  });
  it("'X visited Y's hometown' meets no one", () => {
    expect(names(`${host} visited former President Karlis Ozolins's hometown.`)).toEqual([]);
  });
});

describe("an audience or a meal given in the passive or with 'accorded'", () => {
  it("'An audience was granted to X by Y'", () => {
    expect(names(`An audience was granted to ${guest} by the ${host} on Thursday.`)).toEqual([pair]);
  });
  it("'Y accorded an audience to X'", () => {
    expect(names(`${host} accorded an audience to ${guest}.`)).toEqual([pair]);
  });
  it("'A working lunch was given in honour of X by Y'", () => {
    expect(names(`A working lunch was given in honour of ${guest} by the ${host}.`)).toEqual([pair]);
  });
});

describe("other constructions of the round", () => {
  it("'had a tête-à-tête with Y'", () => {
    expect(names(`${host} had a tête-à-tête with ${guest} before the talks.`)).toEqual([pair]);
  });
  it("'Meeting Y, X said' opens on the participle", () => {
    expect(names(`Meeting ${guest}, ${host} said that Latvia stood by Ukraine.`)).toEqual([pair]);
  });
  it("'X took part in a videoconference with Y'", () => {
    expect(names(`${host} took part in a videoconference with ${guest}.`)).toEqual([pair]);
  });
  it("'The session, chaired jointly by A and B, adopted a plan': the sitting did its work", () => {
    expect(
      names(
        `The session of the commission, chaired jointly by ${host} and Speaker of the Seimas Arunas Vaitkevicius, adopted a plan.`,
      ),
    ).toEqual([["Arunas Vaitkevicius", "Inese Kalnina"]]);
  });
  it("'The commission chaired by A adopted a plan': one chair meets no one", () => {
    expect(names(`The commission chaired by ${host} adopted a plan.`)).toEqual([]);
  });
});

describe("a participle in an aside, a letter handed over at the meeting", () => {
  it("'X, meeting Y on Thursday, said'", () => {
    expect(names(`${host}, meeting ${guest} on Thursday, said that Latvia stood by Ukraine.`)).toEqual([
      pair,
    ]);
  });
  it("'X, welcoming the decision of Y, said' meets no one", () => {
    expect(names(`${host}, welcoming the decision of ${guest}, said that it was timely.`)).toEqual([]);
  });
  it("'X handed over a letter from Z to Y during their meeting': Z stayed at home", () => {
    expect(
      names(
        `${guest} handed over a letter from President Petro Marchuk to the ${host} during their meeting.`,
      ),
    ).toEqual([pair]);
  });
  it("'X handed over a letter to Y' with no meeting told meets no one", () => {
    expect(names(`Through the embassy, ${guest} handed over a letter to the ${host}.`)).toEqual([]);
  });
});

describe("a chat, an exchange, talks between a plural title's pair, an evening in memory", () => {
  it("'X chatted with Y'", () => {
    expect(names(`${host} chatted with ${guest} before the opening.`)).toEqual([pair]);
  });
  it("'X had a frank exchange with Y'", () => {
    expect(names(`${host} had a frank exchange with ${guest} on the war.`)).toEqual([pair]);
  });
  it("'Talks between the two speakers, X and Y, focused on ...'", () => {
    expect(
      names("Talks between the two speakers, Inese Kalnina and Arunas Vaitkevicius, focused on the border."),
    ).toEqual([["Arunas Vaitkevicius", "Inese Kalnina"]]);
  });
  it("'X hosted an evening in memory of former Speaker Y' meets no one", () => {
    expect(names(`${host} hosted an evening in memory of former Speaker Janis Berzins.`)).toEqual([]);
  });
});

describe("a thing received names its author, not a guest", () => {
  it("'X received the report of the commission chaired by Y' meets no one", () => {
    expect(names(`${host} received the report of the commission chaired by deputy Janis Berzins.`)).toEqual(
      [],
    );
  });
  it("'Y accepted the invitation to visit Chile, where she is to hold talks with X' is still a plan", () => {
    expect(
      meetingsOf(
        `Ana Ruiz accepted the invitation to visit Chile next year, where she is expected to hold talks with ${host}.`,
      ).map((m) => m.status),
    ).toEqual(["planned"]);
  });
  it("'X received the delegation led by Y' still meets Y", () => {
    expect(names(`${host} received the Ukrainian delegation led by ${guest.replace("the ", "")}.`)).toEqual([
      pair,
    ]);
  });
});
