/**
 * Name forms the fourth invented batch showed lost: an initial of two letters printed apart from the
 * name ("Kh. Bolormaa", "Md. Karim"), Thai police ranks before a name ("Pol. Gen. X"), a country in
 * brackets after a name in a list ("A (Ostria) and B (Nepal)"), and a plural title whose "of" phrase
 * names one body for each of a pair ("the Speakers of the Saeima and of the Riigikogu, A and B"), and
 * a nickname in quotes inside a name ("Marites "Tess" Villaraza-Cruz").
 * Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/sentences.ts";
import { namesIn, peopleErrors } from "./people-helpers.ts";

describe("an initial of two letters printed apart from the name", () => {
  it("does not end the sentence", () => {
    expect(splitSentences("Deputy Kh. Bolormaa met the guests. They spoke.")).toEqual([
      "Deputy Kh. Bolormaa met the guests.",
      "They spoke.",
    ]);
    expect(splitSentences("Minister Md. Rafiqul Karim arrived.")).toHaveLength(1);
  });
  it("is part of the name", () => {
    expect(namesIn("Member of Parliament Zh. Tumurbaatar met Senator Ivo Brant.")).toEqual([
      "Zh. Tumurbaatar",
      "Ivo Brant",
    ]);
    expect(namesIn("Minister Md. Rafiqul Karim arrived.")).toEqual(["Md. Rafiqul Karim"]);
  });
  it("gives the person the role before the initial", () => {
    expect(
      peopleErrors([
        [
          "Ulaanbaatar /MONTSAME/ Member of the State Great Khural Sh. Naranbaatar met Senator Ivo Brant of Ostria.",
          [["Sh. Naranbaatar", "Mongolia", "Member of the State Great Khural"]],
        ],
      ]),
    ).toEqual([]);
  });
  it("still ends a sentence after a word with a vowel", () => {
    expect(splitSentences("They met Ambassador Lin Yu. Talks followed.")).toHaveLength(2);
  });
});

describe("a nickname in quotes inside a name", () => {
  it("is left out of the name, which goes on to the surname", () => {
    expect(namesIn('They met Deputy Speaker Marites "Tess" Villaraza-Cruz and Senator Ivo Brant.')).toEqual([
      "Marites Villaraza-Cruz",
      "Ivo Brant",
    ]);
  });
});

describe("police ranks before a name", () => {
  it("are a style of the name, not part of the role before it or of the name", () => {
    expect(
      peopleErrors([
        [
          "BANGKOK - Vice President of the Senate Pol. Gen. Anurak Srisawat received Speaker Ivo Brant of the Ostrian Diet.",
          [["Anurak Srisawat", "Thailand", "Vice President of the Senate"]],
        ],
        [
          "BANGKOK - Deputy Speaker Pol. Lt. Col. Kanya Boonmee met the guests.",
          [["Kanya Boonmee", "Thailand", "Deputy Speaker"]],
        ],
      ]),
    ).toEqual([]);
  });
});

describe("a country in brackets after a name", () => {
  it("is the person's country", () => {
    expect(
      peopleErrors([
        [
          "GENEVA - Speaker Ivo Brant met the heads of delegations Lucia Farrell (Ireland) and Tomas Rydell (Sweden).",
          [
            ["Lucia Farrell", "Ireland"],
            ["Tomas Rydell", "Sweden"],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("does not stop a plural title from reaching the next name of the list", () => {
    expect(
      peopleErrors([
        [
          "GENEVA - Speaker Ivo Brant met the Speakers of the parliaments of Peru and Ghana, Rosa Quispe Mamani (Peru) and Kofi Adjei (Ghana).",
          [
            ["Rosa Quispe Mamani", "Peru", "Speaker of the parliament of Peru"],
            ["Kofi Adjei", "Ghana", "Speaker of the parliament of Ghana"],
          ],
        ],
      ]),
    ).toEqual([]);
  });
});

describe("a plural title that names one body for each of a pair", () => {
  it("gives each name its own body and country", () => {
    expect(
      peopleErrors([
        [
          "VILNIUS - The Speakers of the Seimas and of the Eduskunta, Daiva Rimkutė and Aino Virtanen, met Senator Ivo Brant.",
          [
            ["Daiva Rimkutė", "Lithuania", "Speaker of the Seimas"],
            ["Aino Virtanen", "Finland", "Speaker of the Eduskunta"],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("keeps one shared role when the phrase names one body", () => {
    expect(
      peopleErrors([
        [
          "VILNIUS - Members of the Seimas, Daiva Rimkutė and Aino Valaitė, met Senator Ivo Brant.",
          [
            ["Daiva Rimkutė", "Lithuania", "Member of the Seimas"],
            ["Aino Valaitė", "Lithuania", "Member of the Seimas"],
          ],
        ],
      ]),
    ).toEqual([]);
  });
});
