/**
 * Who met whom when the sentence that reports the meeting does not name both sides in the order of
 * a plain "X met Y": a pronoun that attributes reported words, sides named after the meeting is
 * announced, lists of counterparts. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("a sentence that ends '..., he said'", () => {
  it("gives its words to the one who spoke before, not to a person the words name", () => {
    expect(
      meetingsOf(
        "Senator Lidia Marquez and Deputy Carlos Ibarra are invited to Vienna, but Ibarra cannot come, Assembly President Tomas Berger told a briefing after his meeting with Ibarra on Monday. It will be a great honour for him to receive Senator Lidia Marquez in Vienna next week, he said.",
      ).map((m) => [m.names, m.status]),
    ).toContainEqual([["Lidia Marquez", "Tomas Berger"], "planned"]);
  });
  it("leaves a pronoun of a sentence with no such ending to the person named before it", () => {
    const m = names(
      "Assembly President Tomas Berger told a briefing on Monday that trade had grown. Deputy Carlos Ibarra arrived in Vienna, where he met Senator Lidia Marquez.",
    );
    expect(m).toContainEqual(["Carlos Ibarra", "Lidia Marquez"]);
    expect(m).not.toContainEqual(["Lidia Marquez", "Tomas Berger"]);
  });
});

describe("two sides as one subject, and a meeting in the progressive", () => {
  it("reads 'A and the visiting B held talks'", () => {
    expect(
      names(
        "Speaker of the Majilis Aidar Kolbayev and the visiting Speaker of the Sejm Jan Nowak held talks in Astana.",
      ),
    ).toEqual([["Aidar Kolbayev", "Jan Nowak"]]);
  });
  it("reads 'A of one country and B of another held talks'", () => {
    expect(names("Aidar Kolbayev of Kazakhstan and Jan Nowak of Poland held talks on Monday.")).toEqual([
      ["Aidar Kolbayev", "Jan Nowak"],
    ]);
  });
  it("still takes two colleagues of one country who only discussed something for no meeting", () => {
    expect(
      names(
        "Senator Aidar Kolbayev of Kazakhstan and Senator Yerlan Sarsen of Kazakhstan discussed the budget.",
      ),
    ).toEqual([]);
  });
  it("reads 'is meeting' as a meeting held and 'will be meeting' as one planned", () => {
    expect(
      meetingsOf("Speaker of the Majilis Aidar Kolbayev is meeting Speaker of the Sejm Jan Nowak today.").map(
        (m) => [m.names, m.status],
      ),
    ).toEqual([[["Aidar Kolbayev", "Jan Nowak"], "held"]]);
    expect(
      meetingsOf(
        "Speaker of the Majilis Aidar Kolbayev will be meeting Speaker of the Sejm Jan Nowak next week.",
      ).map((m) => [m.names, m.status]),
    ).toEqual([[["Aidar Kolbayev", "Jan Nowak"], "planned"]]);
  });
  it("does not read a meeting spoken of as a noun after 'the' as a verb", () => {
    expect(
      names("Speaker Aidar Kolbayev praised the meeting of Speaker Jan Nowak and Minister Piotr Zielinski."),
    ).not.toContainEqual(["Aidar Kolbayev", "Jan Nowak"]);
  });
});
