/**
 * Meetings of one visit as they interact in a report: an unnamed official of a country already met
 * is someone else met apart, a meeting "earlier in the week" is one more day of the visit, a host's
 * quoted "visit to our country" places the visit in the host's country, and "X and the delegation
 * accompanying him" is X's side. Articles written for these tests, with invented people.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

/** The meetings of a one-article base: names, unnamed sides, date, place and occasion. */
function visitMeetings(text: string, published = "2024-05-16") {
  const base = extractFacts([
    parseArticle(` date ${published} ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name ?? id;
  return base.meetings.map((m) => ({
    names: m.participants.map(name).sort(),
    sides: m.parties.map((p) => p.description),
    date: m.date?.start,
    place: m.place,
    occasion: m.occasion,
  }));
}
const namesOf = (text: string) => visitMeetings(text).map((m) => [...m.names, ...m.sides]);

describe("an unnamed official of a country already met", () => {
  it("stands as a meeting of its own, not as the earlier meeting's side", () => {
    expect(
      namesOf(
        "OSLO, May 16. A delegation of the Majilis of Kazakhstan led by Speaker Arman Tolegen is on an official visit to Norway. Tolegen met Foreign Minister of Norway Lars Brekke. The sides discussed trade and energy. Later, the delegation met the Deputy Foreign Minister of Norway.",
      ),
    ).toEqual([
      ["Arman Tolegen", "Lars Brekke"],
      ["Arman Tolegen", "Deputy Foreign Minister of Norway"],
    ]);
  });
  it("a side that can be the person met (the country's delegation) is still that meeting", () => {
    expect(
      namesOf(
        "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen held talks with Speaker of the Storting of Norway Nils Haugen. Later, Tolegen also met the Norwegian delegation.",
      ).map((m) => m.slice(0, 2)),
    ).toEqual([["Arman Tolegen", "Nils Haugen"]]);
  });
  it("a minister of another portfolio is another minister, met apart", () => {
    expect(
      namesOf(
        "OSLO, May 16. A delegation of the Majilis of Kazakhstan led by Speaker Arman Tolegen is on an official visit to Norway. Tolegen met Foreign Minister of Norway Lars Brekke. Tolegen also held talks with Norway's Minister of Energy.",
      ),
    ).toEqual([
      ["Arman Tolegen", "Lars Brekke"],
      ["Arman Tolegen", "Norway's Minister of Energy"],
    ]);
  });
  it("the same portfolio named again is the minister met", () => {
    expect(
      namesOf(
        "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen met Foreign Minister of Norway Lars Brekke. Later, Tolegen met the Norwegian Foreign Minister again to sign a memorandum.",
      ),
    ).toEqual([["Arman Tolegen", "Lars Brekke"]]);
  });
  it("the members of a parliament met after its country's minister are others, met apart", () => {
    expect(
      namesOf(
        "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen met Foreign Minister of Norway Lars Brekke. Later, the Kazakh Speaker met Norwegian MPs.",
      ),
    ).toEqual([
      ["Arman Tolegen", "Lars Brekke"],
      ["Arman Tolegen", "Norwegian MPs"],
    ]);
  });
  it("a meeting with no subject is held by the side not of the official's country", () => {
    expect(
      namesOf(
        "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen held talks with Foreign Minister of Norway Lars Brekke. Brekke said Norway valued the partnership. A meeting with the Deputy Speaker of the Storting of Norway also took place.",
      ),
    ).toEqual([
      ["Arman Tolegen", "Lars Brekke"],
      ["Arman Tolegen", "Deputy Speaker of the Storting of Norway"],
    ]);
  });
});

describe("a meeting earlier in the week of the visit", () => {
  it("is held where the visit is, on the visit's occasion", () => {
    const [m] = visitMeetings(
      "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen wrapped up his official visit to Norway. Earlier this week, he held talks with Storting Speaker Nils Haugen. The sides discussed energy.",
    );
    expect(m).toMatchObject({
      names: ["Arman Tolegen", "Nils Haugen"],
      place: "Oslo",
      occasion: "official visit",
    });
  });
  it("is another encounter than the one the report dates today", () => {
    const found = visitMeetings(
      "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen met Speaker of the Storting Nils Haugen on Thursday. Earlier in the week, Tolegen and Haugen held talks on energy.",
    );
    expect(found.map((m) => m.date)).toEqual(["2024-05-16", undefined]);
  });
  it("an older encounter keeps no share of the report's place", () => {
    const found = visitMeetings(
      "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen is on an official visit to Norway. Tolegen met Speaker of the Storting Nils Haugen on Thursday. Previously, Tolegen held talks with Foreign Minister Lars Brekke.",
    );
    expect(found.find((m) => m.names.includes("Lars Brekke"))?.place).toBeUndefined();
  });
  it("a meeting on a weekday of the week is its own, dated that day", () => {
    const found = visitMeetings(
      "OSLO, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen met Speaker of the Storting Nils Haugen on Thursday. On Monday, Tolegen had held talks with Foreign Minister Lars Brekke.",
    );
    expect(found.map((m) => [m.names[1], m.date])).toEqual([
      ["Nils Haugen", "2024-05-16"],
      ["Lars Brekke", "2024-05-13"],
    ]);
  });
});

describe("a host's quoted visit to our country", () => {
  it("is a visit to the speaker's country, not to the dateline's", () => {
    const [m] = visitMeetings(
      'ASTANA, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen met Speaker of the Storting of Norway Nils Haugen. "Your visit to our country is a milestone," Haugen said.',
    );
    expect(m?.place).not.toBe("Astana");
  });
  it("spoken by an official of the dateline's country, leaves the meeting there", () => {
    const [m] = visitMeetings(
      'ASTANA, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen met Speaker of the Storting of Norway Nils Haugen. "Your visit to our country is a milestone," Tolegen said.',
    );
    expect(m?.place).toBe("Astana");
  });
});

describe("a delegation accompanying someone", () => {
  const lead =
    "ASTANA, May 16. Speaker of the Majilis of Kazakhstan Arman Tolegen received Speaker of the Storting of Norway Nils Haugen. Tolegen said Kazakhstan valued the partnership.";
  for (const company of ["the delegation accompanying him", "the delegation that accompanied him"])
    it(`"Haugen and ${company}" is Haugen's side`, () => {
      expect(
        namesOf(`${lead} Later, Deputy Speaker of the Majilis Dana Serikova met Haugen and ${company}.`),
      ).toEqual([
        ["Arman Tolegen", "Nils Haugen"],
        ["Dana Serikova", "Nils Haugen"],
      ]);
    });
  it('"the delegation accompanying Haugen met Y" is Haugen\'s side meeting Y', () => {
    expect(
      namesOf(
        `${lead} Later, the delegation accompanying Haugen met Deputy Speaker of the Majilis Dana Serikova.`,
      ),
    ).toEqual([
      ["Arman Tolegen", "Nils Haugen"],
      ["Dana Serikova", "Nils Haugen"],
    ]);
  });
  it("the accompanying delegation met by a host is not the host's own head", () => {
    expect(
      namesOf(`${lead} Later, Deputy Speaker of the Majilis Dana Serikova met the accompanying delegation.`),
    ).not.toContainEqual(["Arman Tolegen", "Dana Serikova"]);
  });
  it('"X and the accompanying delegation were received by Y" is X with Y', () => {
    expect(
      namesOf(
        "ASTANA, May 16. Speaker of the Storting of Norway Nils Haugen and the accompanying delegation were received by Speaker of the Majilis Arman Tolegen.",
      ),
    ).toEqual([["Arman Tolegen", "Nils Haugen"]]);
  });
});
