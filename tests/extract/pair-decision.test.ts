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

describe("a list of titled counterparts that closes the sentence", () => {
  it("meets every person named up to its last 'and X', whatever words of titles stand between", () => {
    expect(
      names(
        "Senate Speaker Aidar Kolbayev held a number of bilateral meetings in Vienna. Additionally, Mr. Kolbayev met with President of the Assembly Jon Halvorsen, Secretary General of the OSCE PA Marco Bellini, coordinator of the short-term OSCE observer mission Giulia Conti, head of the Romanian parliamentary delegation Ana Popescu, Director-General of the UN Office in Vienna Pavel Orlov and former President of Slovenia Janez Kranjc.",
      ),
    ).toEqual([
      ["Aidar Kolbayev", "Jon Halvorsen"],
      ["Aidar Kolbayev", "Marco Bellini"],
      ["Aidar Kolbayev", "Giulia Conti"],
      ["Aidar Kolbayev", "Ana Popescu"],
      ["Aidar Kolbayev", "Pavel Orlov"],
      ["Aidar Kolbayev", "Janez Kranjc"],
    ]);
  });
  it("does not take a name after a clause that interrupts the list", () => {
    const m = names(
      "Senate Speaker Aidar Kolbayev met with President of the Assembly Jon Halvorsen, Secretary General of the OSCE PA Marco Bellini, who thanked him for the visit, and Pavel Orlov.",
    );
    expect(m).not.toContainEqual(["Aidar Kolbayev", "Pavel Orlov"]);
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

describe("a visiting delegation named again as 'the guests' or by its head", () => {
  it("reads 'the guests' after 'a delegation led by X' as X", () => {
    expect(
      names(
        "A delegation of the Polish Sejm led by Jan Nowak arrived in Astana. The guests were received by Speaker of the Majilis Aidar Kolbayev.",
      ),
    ).toEqual([["Aidar Kolbayev", "Jan Nowak"]]);
  });
  it("reads 'the Polish guests' as the head of the Polish delegation", () => {
    expect(
      names(
        "A delegation of the Polish Sejm led by Jan Nowak is on a visit to Kazakhstan. The Polish guests met with Chairman of the Senate Yerlan Sarsen.",
      ),
    ).toEqual([["Jan Nowak", "Yerlan Sarsen"]]);
  });
  it("does not make 'the guests' anyone when no one is said to lead them", () => {
    expect(
      names(
        "Deputies of the Polish Sejm arrived in Astana on Monday. The guests were received by Speaker of the Majilis Aidar Kolbayev.",
      ).flat(),
    ).not.toContain("Aidar Kolbayev Aidar Kolbayev");
    expect(
      names(
        "Deputies of the Polish Sejm arrived in Astana on Monday. Deputy Jan Nowak spoke to reporters. The guests were received by Speaker of the Majilis Aidar Kolbayev.",
      ),
    ).not.toContainEqual(["Aidar Kolbayev", "Jan Nowak"]);
  });
  it("takes the head named in 'the delegation is headed by X' for the delegation met", () => {
    expect(
      names(
        "Speaker of the Majilis Aidar Kolbayev met with a delegation of the Polish Sejm. The delegation is headed by Deputy Marshal Jan Nowak.",
      ),
    ).toEqual([["Aidar Kolbayev", "Jan Nowak"]]);
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
  it("join a meeting the report says was held", () => {
    expect(
      names(
        "Speaker of the Senate of Chile Rosa Fuentes arrived in Geneva for the Conference of Speakers. On Monday she held talks with IPU President Jan Kowalski. The Chilean delegation also included Deputy Speaker Ivo Markov and Senator Ana Soto.",
      ),
    ).toEqual([["Ana Soto", "Ivo Markov", "Jan Kowalski", "Rosa Fuentes"]]);
  });
});
