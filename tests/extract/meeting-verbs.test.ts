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

describe("more ways to say it", () => {
  it("conferred with", () => {
    expect(
      names(
        "Speaker Nasser Al-Hajri conferred with visiting Chairman of the Senate of Chad Idriss Mahamat Abakar.",
      ),
    ).toEqual([["Idriss Mahamat Abakar", "Nasser Al-Hajri"]]);
  });
  it("received a delegation of a body led by its officer: the officer is the side met", () => {
    expect(
      names(
        "Vice Speaker Tran Van Binh received a delegation of the Chile-Vietnam Friendship Group led by its Secretary General Rosa Valdebenito.",
      ),
    ).toEqual([["Rosa Valdebenito", "Tran Van Binh"]]);
  });
  it("A, with an apposition, and B had a meeting", () => {
    expect(
      names(
        "Rashid Al-Fadhel, Speaker of the Council of Representatives, and Speaker of the Parliament of Croatia Ivana Boric had a meeting at the parliament.",
      ),
    ).toEqual([["Ivana Boric", "Rashid Al-Fadhel"]]);
  });
  it("two colleagues of one country who had a meeting met", () => {
    expect(
      names("Speaker Olav Brekke and Prime Minister Ingrid Haugland had a meeting on the budget."),
    ).toEqual([["Ingrid Haugland", "Olav Brekke"]]);
  });
  it("counterparts listed with their countries in brackets: one meeting each", () => {
    expect(
      names(
        "Chairman of the Senate Arman Duisenov had bilateral meetings with Marta Lindgren (Sweden), Abdou Ndiaye-Fall (Senegal) and Carlos Benitez Ortiz (Paraguay).",
      ),
    ).toEqual([
      ["Arman Duisenov", "Marta Lindgren"],
      ["Abdou Ndiaye-Fall", "Arman Duisenov"],
      ["Arman Duisenov", "Carlos Benitez Ortiz"],
    ]);
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
  it("'X briefed Y on the results of his talks with Z': the talks are X's own, not Y's", () => {
    expect(
      names(
        "President Aron Velikov received Speaker of the Parliament of Malawi Chikondi Banda. Banda conveyed the greetings of President of Malawi Peter Mwale. The Malawian Speaker also briefed the President on the results of his talks with Chairman of the Senate Ilya Dorokhov.",
      ),
    ).toEqual([
      ["Aron Velikov", "Chikondi Banda"],
      ["Chikondi Banda", "Ilya Dorokhov"],
    ]);
  });
  it("an object pronoun is never the subject: 'X received him' met the one who arrived", () => {
    expect(
      names(
        "Speaker of the National Assembly of Laos Bounmy Keovongsa arrived in Minsk on November 9. Chairman of the House of Representatives Pavel Shumov received him on November 10.",
      ),
    ).toEqual([["Bounmy Keovongsa", "Pavel Shumov"]]);
  });
});
