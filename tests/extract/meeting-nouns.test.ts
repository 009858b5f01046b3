/** Meetings written as nouns: "the meeting of X and Y", "X's meeting with Y", meals, attendance. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("meetings written as nouns", () => {
  it("the meeting of X and Y", () => {
    const m = meetingsOf(
      "Trade was discussed at the meeting of Speaker of the Senate of Kazakhstan Aldan Berikov and Ambassador of Brazil Rosa Vantel in Astana.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Aldan Berikov", "Rosa Vantel"]);
  });
  it("the meeting of X, with Y", () => {
    const m = meetingsOf(
      "These issues were discussed during the meeting of the Speaker of the Parliament of Georgia, Tamar Kelbani, with the Ambassador of Chile Ignacio Marrot.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Ignacio Marrot", "Tamar Kelbani"]);
  });
  it("X's meeting with Y, and a meeting that may never happen", () => {
    const m = meetingsOf(
      "Speaker Lorant Vesztergom's 21 January meeting with Senator Ilse Brandau focused on energy. Officials are coordinating Vesztergom's potential meeting with President Oskar Melling.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ilse Brandau", "Lorant Vesztergom"]]);
  });
  it("talks between X with Y and Z", () => {
    const m = meetingsOf(
      "Talks between Chairman Dorin Ambrus with Speaker Kalle Virtanen and Deputy Speaker Aino Lehtola took place in Helsinki.",
    );
    expect(m.map((x) => x.names)).toContainEqual(["Aino Lehtola", "Dorin Ambrus", "Kalle Virtanen"]);
  });
  it("during a working breakfast / after a dinner at a place with X", () => {
    const m = meetingsOf(
      'Speaker Bogdan Ilescu spoke of energy during a working breakfast with Senator Martha Quill. "Our ties are strong," Ilescu said after a dinner at the Grand Palace with Minister Hugo Brandt.',
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Bogdan Ilescu", "Martha Quill"],
      ["Bogdan Ilescu", "Hugo Brandt"].sort(),
    ]);
  });
  it("a remembered meeting is not dated by the report", () => {
    const m = meetingsOf(
      "Speaker Oskar Tamm also recalled his recent talks with President Liis Kuusk in Tallinn.",
    );
    expect(m.map((x) => x.names)).toEqual([["Liis Kuusk", "Oskar Tamm"]]);
  });
  it("X had a working lunch with Y / held a dinner in honour of Y", () => {
    expect(
      meetingsOf(
        "Speaker Bogdan Ilescu had a working lunch with Speaker of the Parliament of Peru Lucia Sarandi. Senator Martha Quill held a dinner in honour of Minister of Chile Hugo Brandt.",
      ).map((x) => x.names),
    ).toEqual([
      ["Bogdan Ilescu", "Lucia Sarandi"],
      ["Hugo Brandt", "Martha Quill"],
    ]);
  });
  it("X spoke about his meeting with Y: the one who tells of a meeting had it", () => {
    const m = meetingsOf(
      "In an interview with the agency, Chairman of the Senate Arman Duisenov spoke about his meeting with Speaker of the Parliament of Peru Lucia Sarandi in Lima.",
    );
    expect(m.map((x) => x.names)).toEqual([["Arman Duisenov", "Lucia Sarandi"]]);
  });
  it("while receiving X", () => {
    const m = meetingsOf(
      "Speaker Hamid Dourani made the remarks while receiving Chairman of the National Council Yusuf Kerrani.",
    );
    expect(m.map((x) => x.names)).toEqual([["Hamid Dourani", "Yusuf Kerrani"]]);
  });
  it("X discussed cooperation with Y", () => {
    const m = meetingsOf(
      "Chairman of the Senate Nurlan Sadykov discussed the prospects of trade cooperation with Ambassador of Italy Paolo Ferrante.",
    );
    expect(m.map((x) => x.names)).toEqual([["Nurlan Sadykov", "Paolo Ferrante"]]);
  });
  it("X appreciated the opportunity to discuss issues with Y", () => {
    const m = meetingsOf(
      "Speaker Ilmar Tamberg appreciated the opportunity offered by the Assembly to discuss vital regional issues with Senator Dora Wexley, President of the Assembly.",
    );
    expect(m.map((x) => x.names)).toEqual([["Dora Wexley", "Ilmar Tamberg"]]);
    // An opportunity to discuss a matter among one's own people is no encounter with anyone named.
    const none = meetingsOf("Speaker Ilmar Tamberg appreciated the opportunity to discuss the budget.");
    expect(none).toEqual([]);
  });
  it("attendance with no meeting before it is a meeting of those who attended", () => {
    const m = meetingsOf(
      "The first forum of speakers opened in Seoul. The event was attended by Speaker Park Min-jae, Speaker Arman Tolegenov and Speaker Dilnoza Karimova.",
    );
    expect(m.map((x) => x.names)).toEqual([["Arman Tolegenov", "Dilnoza Karimova", "Park Min-jae"]]);
  });
  it("attendance joins the meeting reported, not one a speaker recalled in between", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov received Speaker of the Senate of Chile Rosa Fuentes. Markov recalled that President Tomas Varga held talks with President Lucas Oyarzun in Santiago last year. The meeting was attended by Senator Pavel Ionescu.",
    );
    // The talks recalled ("last year") are background, not a meeting of the report.
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"]]);
  });
  it("attendance said in other words joins the meeting too", () => {
    for (const second of [
      "The meeting, held at the Senate building, was attended by Senator Pavel Ionescu.",
      "Also present were Senator Pavel Ionescu and Deputy Marta Icaza.",
      "Senator Pavel Ionescu attended the events.",
    ]) {
      const m = meetingsOf(`Speaker Ivo Markov received Ambassador of Chile Rosa Fuentes. ${second}`);
      expect(m).toHaveLength(1);
      expect(m[0]?.names).toContain("Pavel Ionescu");
      expect(m[0]?.names).toContain("Rosa Fuentes");
    }
  });
  it("a document that will be signed by two people is a planned encounter, not a held one", () => {
    const m = meetingsOf(
      "The agreement will be signed by Ambassador of Japan Haruto Nishida and Minister of Finance of Kyrgyzstan Almaz Sadyrov in Bishkek.",
    );
    expect(m.map((x) => [x.names, x.status])).toEqual([[["Almaz Sadyrov", "Haruto Nishida"], "planned"]]);
  });
  it("those present join the meeting they were present at", () => {
    const m = meetingsOf(
      "President Omar Al Fahim received Speaker Selim Korkmaz in the presence of Speaker of the National Council Rashid Al Mansoori.",
    );
    expect(m.map((x) => x.names)).toEqual([["Omar Al Fahim", "Rashid Al Mansoori", "Selim Korkmaz"]]);
  });
  it("bilateral meetings with sides took place: the host is the protagonist", () => {
    const m = meetingsOf(
      "Deputy Speaker Armen Vardanyan returned from the assembly. Vardanyan said the delegation spoke twice. Bilateral meetings with the delegations of Poland, Chile and Peru took place.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Armen Vardanyan"], ["Poland"]],
      [["Armen Vardanyan"], ["Chile"]],
      [["Armen Vardanyan"], ["Peru"]],
    ]);
  });
  it("meetings with the protagonist's compatriots took place: the host is the article's foreigner", () => {
    const m = meetingsOf(
      "VILNIUS – Speaker of the Seimas Ruta Vaitkiene hosted Speaker of the Parliament of Ghana Kojo Amankwa. Meetings with Prime Minister of Lithuania Jonas Petraitis, as well as with Minister of Foreign Affairs of Lithuania Egle Sakalyte, took place later in the day.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Kojo Amankwa", "Ruta Vaitkiene"],
      ["Jonas Petraitis", "Kojo Amankwa"],
      ["Egle Sakalyte", "Kojo Amankwa"],
    ]);
  });
  it("meetings and engagements 'including with his counterpart, A, B' are one meeting per person", () => {
    const m = meetingsOf(
      "In Britain, Speaker Farid Osman will be involved in important meetings and engagements, including with his counterpart, House of Commons Speaker Edward Lane, Commonwealth Parliamentary Association chief executive Martin Doyle.",
    );
    expect(m.map((x) => [x.names, x.status])).toEqual([
      [["Edward Lane", "Farid Osman"], "planned"],
      [["Farid Osman", "Martin Doyle"], "planned"],
    ]);
  });
  it("'Z told reporters after the meeting with Y': the phrase's own clause says who met Y", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov and Senator Elena Dragan are invited to Lima in May, but Markov will not travel, Senate President Rosa Fuentes told a briefing following the meeting with Markov on Monday.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("'held a number of meetings with Y' is the verb's, not a meeting of whoever else the sentence names", () => {
    const m = meetingsOf(
      "Members of the delegation of Peru held a number of meetings with deputies of Chile during the visit to Santiago of the President of Peru Rosa Fuentes.",
    );
    expect(m.filter((x) => x.names.includes("Rosa Fuentes"))).toEqual([]);
    // The subject itself still meets those named.
    expect(
      meetingsOf("Speaker Ivo Markov held a series of meetings with Senator Elena Dragan in Lima.").map(
        (x) => x.names,
      ),
    ).toEqual([["Elena Dragan", "Ivo Markov"]]);
  });
  it("those who 'took part in the meeting' after a sentence of several meetings joined the meeting told alone", () => {
    const m = meetingsOf(
      "Today, the President of the Senate Ivo Markov met with the Speaker of the Chilean Congress Rosa Fuentes. Fuentes also had meetings with Senator Otto Kainz and the Minister of Foreign Affairs Lena Brunner. The Deputy Chairman Pavel Ionescu and the Deputy Chairman of the Chile–Ostria Parliamentary Group Elena Dragan took part in the meeting.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Elena Dragan", "Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"],
      ["Otto Kainz", "Rosa Fuentes"],
      ["Lena Brunner", "Rosa Fuentes"],
    ]);
  });
});
