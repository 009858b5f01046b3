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

describe("the other side named after the meeting is announced", () => {
  const withCountries = (text: string) => meetingsOf(text).map((m) => [...m.names, ...m.countries]);
  it("a lead that says the host held talks, and names no one else, leaves the side to the one who speaks after", () => {
    expect(
      names(
        "Speaker of the Majilis Aidar Kolbayev held talks in Warsaw on Monday. Marshal of the Sejm Jan Nowak noted that trade had grown.",
      ),
    ).toEqual([["Aidar Kolbayev", "Jan Nowak"]]);
  });
  it("a lead of talks with someone named leaves no side to a later speaker of a third country", () => {
    expect(
      names(
        "Speaker of the Majilis Aidar Kolbayev held talks with Speaker of the Riigikogu Mart Kask in Tallinn on Monday. Marshal of the Sejm Jan Nowak noted that trade had grown.",
      ),
    ).not.toContainEqual(["Aidar Kolbayev", "Jan Nowak"]);
  });
  it("an unnamed side of a country is the one person of that country who speaks at the meetings", () => {
    expect(
      withCountries(
        "Speaker of the Majilis Nurlan Abenov held bilateral meetings with the Speakers of the Estonian and Latvian parliaments. At the meetings, Speaker of the Saeima Ilze Berzina stressed the importance of transit.",
      ),
    ).toEqual([
      ["Nurlan Abenov", "Estonia"],
      ["Ilze Berzina", "Nurlan Abenov"],
    ]);
  });
  it("but not one of that country the meetings only speak of", () => {
    expect(
      withCountries(
        "Speaker of the Majilis Nurlan Abenov held bilateral meetings with the Speakers of the Estonian and Latvian parliaments. The meetings touched on the visit of the President of Latvia Ilze Berzina to Astana.",
      ),
    ).toEqual([
      ["Nurlan Abenov", "Estonia"],
      ["Nurlan Abenov", "Latvia"],
    ]);
  });
});

describe("a verb's objects split by a relative clause", () => {
  it("takes 'and with B' after 'with A, who ...,' as one more object", () => {
    expect(
      names(
        "Chairman of the Senate Yerlan Sarsen held a meeting with Speaker of the Sejm Jan Nowak, who is in Astana on an official visit, and with Ambassador of Poland Piotr Zielinski.",
      ),
    ).toEqual([
      ["Jan Nowak", "Yerlan Sarsen"],
      ["Piotr Zielinski", "Yerlan Sarsen"],
    ]);
  });
  it("does not take a name after a relative clause joined without 'with'", () => {
    expect(
      names(
        "Chairman of the Senate Yerlan Sarsen held a meeting with Speaker of the Sejm Jan Nowak, who is in Astana on an official visit, and Ambassador of Poland Piotr Zielinski said trade was growing.",
      ),
    ).not.toContainEqual(["Piotr Zielinski", "Yerlan Sarsen"]);
  });
});

describe("the speaker's own meeting named as a noun inside a quote", () => {
  it("'our meeting proved fruitful' is the speaker's meeting with the other side", () => {
    expect(
      names(
        'Speaker of the Sejm Jan Nowak is on a visit to Kazakhstan. Speaker of the Majilis Aidar Kolbayev said on Monday: "Our meeting was fruitful, and trade will grow."',
      ),
    ).toEqual([["Aidar Kolbayev", "Jan Nowak"]]);
  });
  it("'we look forward to our first meeting with X', after 'told reporters:', is a planned meeting", () => {
    expect(
      meetingsOf(
        'Speaker of the Sejm Jan Nowak arrived in Astana on Monday. Speaker of the Majilis Aidar Kolbayev told reporters: "We look forward to our first meeting with Speaker Nowak tomorrow."',
      ).map((m) => [m.names, m.status]),
    ).toEqual([[["Aidar Kolbayev", "Jan Nowak"], "planned"]]);
  });
  it("'our meeting' outside a quote is no one's first-person report", () => {
    expect(
      names(
        "Speaker of the Sejm Jan Nowak arrived in Astana on Monday. The press office of Speaker of the Majilis Aidar Kolbayev published our meeting schedule.",
      ),
    ).toEqual([]);
  });
});

describe("the members of a delegation named after a meeting", () => {
  it("are who travels, not who sits at a meeting still to come", () => {
    expect(
      names(
        "Speaker of the Senate of Chile Rosa Fuentes arrived in Geneva for the Conference of Speakers. She will hold a series of bilateral meetings, including with IPU President Jan Kowalski. The Chilean delegation also includes Deputy Speaker Ivo Markov and Senator Ana Soto.",
      ),
    ).toEqual([["Jan Kowalski", "Rosa Fuentes"]]);
  });
  it("sit at the only meeting the report says was held before the roster, beside the head", () => {
    expect(
      names(
        "Speaker of the Senate of Chile Rosa Fuentes arrived in Geneva for the Conference of Speakers. On Monday she held talks with IPU President Jan Kowalski. The Chilean delegation also included Deputy Speaker Ivo Markov and Senator Ana Soto.",
      ),
    ).toEqual([["Ana Soto", "Ivo Markov", "Jan Kowalski", "Rosa Fuentes"]]);
  });
});
