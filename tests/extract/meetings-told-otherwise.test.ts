/**
 * Meetings told in forms the verb finders did not read, found by the adversarial reports of
 * fixtures/invented-reports-7-whole.ts: a relative clause on the one met ("X, whom Y received"), an
 * exchange of views between two people, the visit's owner after it ("the visit of X included a meeting
 * with Y"), further "with" items after one that names no one, a second passive agent after an aside,
 * "was visited by", "came to see", and a call paid in the passive. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const pairs = (text: string) => meetingsOf(text).map((m) => m.names.join(" + "));

describe("a relative clause on the one met", () => {
  it("pairs the clause's subject with the one it opens on", () => {
    expect(
      pairs("Ambassador Kiro Vantel, whom Speaker Dilo Marsek received on Thursday, invited him to Ostria."),
    ).toEqual(["Dilo Marsek + Kiro Vantel"]);
    expect(
      pairs(
        "Speaker Vera Teliko, with whom Senator Orvan Besk held talks on Monday, said the talks were useful.",
      ),
    ).toEqual(["Orvan Besk + Vera Teliko"]);
  });
  it("pairs no one when the clause tells no encounter", () => {
    expect(
      pairs("Ambassador Kiro Vantel, whom Speaker Dilo Marsek thanked for his work, leaves Ostria in June."),
    ).toEqual([]);
  });
});

describe("an exchange of views between two people", () => {
  it("is their meeting", () => {
    expect(
      pairs(
        "An exchange of views between Speaker Dilo Marsek and Ambassador Kiro Vantel took place in Zorgrad.",
      ),
    ).toEqual(["Dilo Marsek + Kiro Vantel"]);
  });
  it("is none by telephone", () => {
    expect(
      pairs(
        "A telephone exchange of views between Speaker Dilo Marsek and Ambassador Kiro Vantel took place on Monday.",
      ),
    ).toEqual([]);
  });
});

describe("a visit whose owner is named after it", () => {
  it("owns the meetings it included", () => {
    expect(
      pairs(
        "The programme of the visit of Speaker Dilo Marsek to Zorgrad included a meeting with President Vera Teliko.",
      ),
    ).toEqual(["Dilo Marsek + Vera Teliko"]);
    expect(
      pairs("The visit of Speaker Dilo Marsek continued with talks with Prime Minister Orvan Besk."),
    ).toEqual(["Dilo Marsek + Orvan Besk"]);
  });
});

describe("meetings held with several, the host left out", () => {
  const lead = "Speaker Dilo Marsek paid a working visit to Zorgrad. ";
  it("reads 'also' before the verb", () => {
    expect(
      pairs(`${lead}Meetings were also held with President Vera Teliko and with Minister Orvan Besk.`),
    ).toEqual(["Dilo Marsek + Vera Teliko", "Dilo Marsek + Orvan Besk"]);
  });
  it("reads each further 'with' after an item that names no one", () => {
    const found = pairs(
      `${lead}Talks were also held with the Chair of the Election Commission, Vera Teliko, with representatives of the parties, with the Ombudsman, Orvan Besk, and with heads of missions.`,
    );
    expect(found).toContain("Dilo Marsek + Vera Teliko");
    expect(found).toContain("Dilo Marsek + Orvan Besk");
    expect(found).not.toContain("Orvan Besk + Vera Teliko");
  });
  it("stops at a clause of its own", () => {
    const found = pairs(
      `${lead}Talks were also held with Minister Vera Teliko, who said she had met with Mayor Orvan Besk.`,
    );
    expect(found).toContain("Dilo Marsek + Vera Teliko");
    expect(found).not.toContain("Dilo Marsek + Orvan Besk");
  });
});

describe("passive and reversed orders", () => {
  it("reads a second agent after an aside", () => {
    expect(
      pairs(
        "Ambassador Kiro Vantel was received by Speaker Dilo Marsek and, separately, by Prime Minister Orvan Besk.",
      ),
    ).toEqual(["Dilo Marsek + Kiro Vantel", "Kiro Vantel + Orvan Besk"]);
  });
  it("reads 'was visited by' a person, not a place's visitors", () => {
    expect(pairs("Speaker Dilo Marsek was visited on Thursday by Ambassador Kiro Vantel.")).toEqual([
      "Dilo Marsek + Kiro Vantel",
    ]);
    expect(pairs("The memorial in Zorgrad was visited by Speaker Dilo Marsek.")).toEqual([]);
  });
  it("reads 'came to see' a person", () => {
    expect(pairs("Ambassador Kiro Vantel came to see Speaker Dilo Marsek at the parliament.")).toEqual([
      "Dilo Marsek + Kiro Vantel",
    ]);
  });
  it("reads a call paid in the passive with the one called on after the verb", () => {
    expect(pairs("A courtesy call was paid on Speaker Dilo Marsek by Ambassador Kiro Vantel.")).toEqual([
      "Dilo Marsek + Kiro Vantel",
    ]);
  });
  it("reads the day abbreviated in an owned meeting", () => {
    expect(
      pairs("Speaker Dilo Marsek's Jan. 21 meeting with Ambassador Kiro Vantel resulted in a memorandum."),
    ).toEqual(["Dilo Marsek + Kiro Vantel"]);
  });
});

describe("a time in a clause on what belongs to someone met", () => {
  const lead = "On Thursday, Speaker Dilo Marsek met with Speaker Vera Teliko. ";
  it("does not make the meeting a recalled one", () => {
    expect(
      pairs(
        `${lead}Marsek also met with President Orvan Besk, whose parliament hosted last year's summit in Zorgrad.`,
      ),
    ).toContain("Dilo Marsek + Orvan Besk");
  });
  it("takes no place from the clause", () => {
    const meetings = placesAndDatesOf(
      `ZORGRAD, 14 May. ${lead}Marsek also met with President Orvan Besk, whose parliament hosted last year's summit in Brasilia.`,
      "2024-05-14",
    );
    const besk = meetings.find((m) => m.names.some((n) => n.includes("Besk")));
    expect(besk?.place).not.toContain("Brasilia");
  });
  it("leaves a meeting the sentence itself puts last year recalled", () => {
    expect(
      pairs(`${lead}She also recalled that she had met with President Orvan Besk last year.`),
    ).not.toContain("Dilo Marsek + Orvan Besk");
    expect(pairs(`${lead}Marsek and Besk, who met last year in Zorgrad, are old friends.`)).not.toContain(
      "Dilo Marsek + Orvan Besk",
    );
  });
});

describe("a visit told as over, at someone's invitation", () => {
  it("met the one who invited", () => {
    const found = pairs(
      "Speaker Dilo Marsek, concluded yesterday a three-day official visit to Ostria at the invitation of Speaker Vera Teliko. Marsek arrived in Zorgrad on Tuesday evening and was welcomed at a dinner hosted by Deputy Speaker Orvan Besk.",
    );
    expect(found).toContain("Dilo Marsek + Vera Teliko");
    expect(found).toContain("Dilo Marsek + Orvan Besk");
  });
  it("is the talks told before it again, not one more meeting", () => {
    expect(
      pairs(
        "Speaker Vera Teliko and Senate President Ana Kross held talks with Speaker Dilo Marsek in Zorgrad on Monday. Marsek concluded an official visit to Ostria at the invitation of Teliko.",
      ).filter((p) => p === "Dilo Marsek + Vera Teliko"),
    ).toEqual([]);
  });
});

describe("a day between 'will' and its verb", () => {
  it("leaves the meeting to come", () => {
    for (const text of [
      "Speaker Dilo Marsek will on Tuesday meet the President of the Senate, Vera Teliko.",
      "Speaker Dilo Marsek will later today hold talks with Prime Minister Vera Teliko.",
    ])
      expect(meetingsOf(text).map((m) => [m.names.join(" + "), m.status])).toEqual([
        ["Dilo Marsek + Vera Teliko", "planned"],
      ]);
  });
  it("finds none where the verb meets no one", () => {
    expect(pairs("Speaker Dilo Marsek will on Tuesday address the Senate chaired by Vera Teliko.")).toEqual(
      [],
    );
  });
});

describe("an object that possesses what was met", () => {
  it("is met when what it possesses is its own company", () => {
    expect(
      pairs("Speaker Dilo Marsek held a meeting with Speaker Vera Teliko's delegation on Thursday."),
    ).toEqual(["Dilo Marsek + Vera Teliko"]);
  });
  it("is not met when it is a thing of theirs", () => {
    expect(
      pairs("Speaker Dilo Marsek welcomed Speaker Vera Teliko's initiative on water on Thursday."),
    ).toEqual([]);
  });
});
