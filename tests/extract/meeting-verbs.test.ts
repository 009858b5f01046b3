/** Verbs and subjects of encounter beyond "met" and "received". Invented names only. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("verbs of encounter", () => {
  it("greeted", () => {
    expect(
      names(
        "Speaker Olav Brekke greeted Speaker of the Parliament of Malawi Chikondi Banda at the parliament.",
      ),
    ).toEqual([["Chikondi Banda", "Olav Brekke"]]);
  });
  it("came together with", () => {
    expect(
      names(
        "Deputy Speaker Emre Kocabiyik came together with Speaker of the Parliament of Kosovo Arben Gashi-Krasniqi in Ankara.",
      ),
    ).toEqual([["Arben Gashi-Krasniqi", "Emre Kocabiyik"]]);
  });
  it("sat down with", () => {
    expect(
      names(
        "Speaker Helen Marwick sat down with President of the Senate of Peru Jorge Alva Tello on Friday.",
      ),
    ).toEqual([["Helen Marwick", "Jorge Alva Tello"]]);
  });
  it("granted an audience to", () => {
    expect(
      names("Speaker Rashid Al-Fadhel granted an audience to the Ambassador of Norway Ingrid Solberg-Aas."),
    ).toEqual([["Ingrid Solberg-Aas", "Rashid Al-Fadhel"]]);
  });
  it("paid a courtesy visit to a person", () => {
    expect(
      names(
        "Ambassador of Georgia Levan Kiknadze paid a courtesy visit to Speaker of the National Assembly Ahmed Raza Khan.",
      ),
    ).toEqual([["Ahmed Raza Khan", "Levan Kiknadze"]]);
  });
  it("a visit paid to a site or a country is a trip", () => {
    expect(
      names(
        "Later, Speaker Anna Vella paid a visit to the memorial where journalist Marco Zammit-Borg was killed. Speaker Anna Vella also paid a visit to the Parliament of Estonia.",
      ),
    ).toEqual([]);
  });
});

describe("subjects", () => {
  it("A, together with B, met C: one meeting of three", () => {
    expect(
      names(
        "Speaker of the Milli Majlis Aysel Karimli, together with Deputy Speaker Ramin Gasanov, met with President of the Senate of Chile Pablo Errazuriz.",
      ),
    ).toEqual([["Aysel Karimli", "Pablo Errazuriz", "Ramin Gasanov"]]);
  });
});
