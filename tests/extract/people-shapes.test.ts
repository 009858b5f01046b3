/**
 * Name shapes that left people out of the fact base (issue 8, point 6): a surname printed in capitals
 * after the given name ("Miyegombo ENKHBOLD", as Mongolian and Japanese agencies' English writes it)
 * and foreign-language courtesy titles kept in English copy ("Sayın", "Herr", "Signora"). Every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { findPhrases } from "../../src/extract/gazetteer.ts";
import { tokenize } from "../../src/extract/text.ts";
import { meetingsOf } from "./meeting-helpers.ts";
import { namesIn, people } from "./people-helpers.ts";

describe("a surname in capitals after the given name", () => {
  it("is part of the name, after a title, an honorific or nothing", () => {
    expect(namesIn("Chairman Doltan ZORIGBAT met with Ambassador Kiro Talen.")).toEqual([
      "Doltan ZORIGBAT",
      "Kiro Talen",
    ]);
    expect(namesIn("Mr. Doltan ZORIGBAT received the guests.")).toEqual(["Doltan ZORIGBAT"]);
    expect(namesIn("Nergui BAATAR-OCHIR met the guests.")).toEqual(["Nergui BAATAR-OCHIR"]);
  });
  it("makes the person a participant, also in an apposition", () => {
    expect(meetingsOf("Doltan ZORIGBAT held talks with Ambassador Kiro Talen.")[0]?.names).toEqual([
      "Doltan ZORIGBAT",
      "Kiro Talen",
    ]);
    expect(
      meetingsOf("The Speaker of the Ostrian Parliament, Doltan ZORIGBAT, received Ambassador Kiro Talen.")[0]
        ?.names,
    ).toEqual(["Doltan ZORIGBAT", "Kiro Talen"]);
  });
  it("leaves out a known acronym, a code of two or three letters, a word without a vowel, an English word and a brand", () => {
    expect(namesIn("Kiro Talen NATO liaison officers arrived.")).toEqual(["Kiro Talen"]);
    expect(namesIn("Senator Kiro Talen UN envoy arrived.")).toEqual(["Kiro Talen"]);
    expect(namesIn("Senator Kiro Talen TVK interview aired.")).toEqual(["Kiro Talen"]);
    expect(namesIn("Dalo Perin USD rates and AdChoices ADVERTISING banners.")).toEqual(["Dalo Perin"]);
  });
  it("does not join a word in capitals that punctuation parts from the name", () => {
    expect(namesIn("Senator Kiro Talen, BORAN and others arrived.")).toEqual(["Kiro Talen"]);
  });
});

describe("a surname in capitals alone after a title or an honorific", () => {
  it("is a name ('Speaker NUKAWA received', 'Mr. ABE said') and one person with the full name", () => {
    expect(namesIn("Speaker NUKAWA received a courtesy call from Ambassador Dalo Perin.")).toEqual([
      "NUKAWA",
      "Dalo Perin",
    ]);
    expect(namesIn("Mr. ABE said the talks were useful.")).toEqual(["ABE"]);
    expect(
      peopleOf(
        "Speaker NUKAWA Fukushiro met Ambassador Dalo Perin. Speaker NUKAWA said the talks were useful.",
      ),
    ).toEqual(["NUKAWA Fukushiro", "Dalo Perin"]);
  });
  it("leaves a code after a title, and capitals before a capitalised word, alone", () => {
    expect(namesIn("Director ICT services were discussed.")).toEqual([]);
    expect(namesIn("Chairman ZORIGBAT Dolan met the guests.")).toEqual(["ZORIGBAT Dolan"]);
  });
});

describe("a title in capitals after a demonym", () => {
  it("is the role, not a surname printed in capitals ('German MEP Martin X')", () => {
    expect(namesIn("Speaker Kiro Talen met Latvian MEP Martin Schiderow.")).toEqual([
      "Kiro Talen",
      "Martin Schiderow",
    ]);
    expect(
      people(" date 2024-05-14 Speaker Kiro Talen met Latvian MEP Martin Schiderow.").get("Martin Schiderow"),
    ).toEqual({
      roles: ["Latvian MEP"],
      country: "Latvia",
    });
  });
  it("leaves a surname in capitals after a country's name one ('... of Japan NAKAMURA Kenji')", () => {
    expect(namesIn("Speaker of the House of Councillors of Japan TAKEMORA Kenji met the guest.")).toEqual([
      "TAKEMORA Kenji",
    ]);
  });
});

describe("foreign-language courtesy titles", () => {
  it("vouch for the name and stay out of it", () => {
    expect(namesIn("Speaker Kiro Talen met with Sayın Mustafa Dalkan.")).toEqual([
      "Kiro Talen",
      "Mustafa Dalkan",
    ]);
    expect(namesIn("Speaker Kiro Talen met with Herr Norbert Kessel and Frau Ute Kessel.")).toEqual([
      "Kiro Talen",
      "Norbert Kessel",
      "Ute Kessel",
    ]);
    expect(namesIn("Speaker Kiro Talen met with Signora Lucia Ferrandi.")).toEqual([
      "Kiro Talen",
      "Lucia Ferrandi",
    ]);
  });
});

/** The names of the people of a one-article text. */
const peopleOf = (text: string) => [...people(` date 2024-05-14 ${text}`).keys()];

describe("a lone surname right after the role of an office", () => {
  it("is a person when the role names the office's body or country", () => {
    expect(peopleOf("The Speaker met the President of Belarus Dalkan.")).toContain("Dalkan");
    expect(
      peopleOf(
        "Speaker Kiro Talen met with the Chairman of the State Duma Committee on International Affairs Slavsky.",
      ),
    ).toContain("Slavsky");
    expect(meetingsOf("Speaker Kiro Talen met with Chairman of the Bundestag Kessel.")[0]?.names).toEqual([
      "Kessel",
      "Kiro Talen",
    ]);
  });
  it("is not read from a document's name after a role, nor from a word that a capital word or number follows", () => {
    expect(peopleOf("He quoted the Kazakh President's State of the Nation Address in full.")).toEqual([]);
    expect(peopleOf("The Chairman of the Senate Kiro Talen opened the Senate Library Hall.")).toEqual([
      "Kiro Talen",
    ]);
    expect(peopleOf("He cited the order of the President of Belarus Decree 24 on trade.")).toEqual([]);
  });
  it("is not read from an event a title word opens ('the General Debate')", () => {
    expect(peopleOf("Speaker Kiro Talen spoke at the General Debate of the Assembly.")).toEqual([
      "Kiro Talen",
    ]);
  });
  it("still needs a role: a lone capitalised word alone is no person", () => {
    expect(peopleOf("The guests visited Dalkan before the talks.")).toEqual([]);
  });
});

describe("a region of the Americas", () => {
  const countriesIn = (text: string) =>
    findPhrases(tokenize(text))
      .filter((f) => f.entry.kind === "country")
      .map((f) => f.text);
  it("is no country: 'Latin American', 'North American', 'Pan-American', 'Euro-Latin American'", () => {
    expect(countriesIn("She chairs the Euro-Latin American Parliamentary Assembly.")).toEqual([]);
    expect(
      countriesIn("North American and South American delegates met at the Inter-American forum."),
    ).toEqual([]);
    expect(countriesIn("The Pan-American union sent a delegation.")).toEqual([]);
  });
  it("leaves 'American' alone or in a bilateral compound the United States", () => {
    expect(countriesIn("The American ambassador attended the Kazakh-American talks.")).toEqual([
      "American",
      "Kazakh",
      "American",
    ]);
  });
});

describe("a role whose body's name holds a dotted abbreviation in a compound", () => {
  it("reads on past the abbreviation ('the Ostria-U.S. Friendship League')", () => {
    expect(
      people(
        " date 2024-05-14 Speaker Kiro Talen met Dalo Perin, Chairman of the Ostria-U.S. Friendship League.",
      ).get("Dalo Perin")?.roles,
    ).toEqual(["Chairman of the Ostria-U.S. Friendship League"]);
  });
});

describe("roles in a list of titled names", () => {
  const rolesOf = (text: string, name: string) => people(` date 2024-05-14 ${text}`).get(name)?.roles;
  const list =
    "Attending were head of the Latvian delegation Dalo Perin, Director-General of the UN Office in Vienna Kiro Talen and former President of Latvia Ilse Marten.";
  it("gives a role that runs through 'in <city>' into a name to that name, city and all, not to the name before", () => {
    expect(rolesOf(list, "Kiro Talen")).toEqual(["Director-General of the UN Office in Vienna"]);
    expect(rolesOf(list, "Dalo Perin")).toEqual(["head of the Latvian delegation"]);
  });
  it("keeps 'in <city>' as the end of an apposition that no name follows", () => {
    expect(
      rolesOf(
        "Speaker Ilse Marten met Dalo Perin, Director of the UN Office in Vienna, on Monday.",
        "Dalo Perin",
      ),
    ).toEqual(["Director of the UN Office"]);
  });
  it("reads a group's relations 'with' a country as part of its name", () => {
    expect(
      rolesOf(
        "The delegation includes Head of the Working Group on Interparliamentary Relations with Latvia Dalo Perin and MP Kiro Talen.",
        "Dalo Perin",
      ),
    ).toEqual(["Head of the Working Group on Interparliamentary Relations with Latvia"]);
    expect(rolesOf("Speaker Ilse Marten met with Latvian Speaker Dalo Perin.", "Dalo Perin")).toEqual([
      "Latvian Speaker",
    ]);
  });
});
