/**
 * Delegations and their members, and the sides met through the body their holder leads. Invented
 * names only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("delegations", () => {
  it("the members a delegation with a head included, named after its only meeting, sat at it", () => {
    expect(
      names(
        "Speaker Armen Vardanyan-Tes received the delegation of the Bundestag led by MP Katrin Wendlandt. The delegation also included MPs Thomas Brenner and Sabine Ostrowski.",
      ),
    ).toEqual([["Armen Vardanyan-Tes", "Katrin Wendlandt", "Sabine Ostrowski", "Thomas Brenner"]]);
  });
  it("a delegation that included people, with no meeting before, meets no one", () => {
    expect(
      names("The delegation included MPs Thomas Brenner and Sabine Ostrowski. It will stay for three days."),
    ).toEqual([]);
  });
  it("deputies led by X, then 'the Kazakh delegation' held talks: X held them", () => {
    expect(
      names(
        "Deputies of the Mazhilis led by Deputy Speaker Arman Seitkali are on a working visit to Germany. The Kazakh delegation held talks with Senator Uwe Brandhorst.",
      ),
    ).toEqual([["Arman Seitkali", "Uwe Brandhorst"]]);
  });
  it("talks with a committee headed by X are talks with X", () => {
    expect(
      names(
        "Deputy Speaker Arman Seitkali held talks with the Committee on Foreign Affairs of the Bundestag headed by Uwe Brandhorst.",
      ),
    ).toEqual([["Arman Seitkali", "Uwe Brandhorst"]]);
  });
});

describe("how many meetings", () => {
  it("two guests of one country received together: one meeting", () => {
    expect(
      names(
        "Speaker Rustam Nazarzoda received the Chairman of the Committee on Foreign Affairs of the Senate of Italy, Marco Belloni, and the Ambassador of Italy to Tajikistan, Paola Rinaldi.",
      ),
    ).toEqual([["Marco Belloni", "Paola Rinaldi", "Rustam Nazarzoda"]]);
  });
  it("two guests of different countries received: two meetings", () => {
    expect(
      names(
        "Speaker Rustam Nazarzoda received Ambassador of Italy Paola Rinaldi and Ambassador of Japan Kenji Morimura.",
      ),
    ).toEqual([
      ["Paola Rinaldi", "Rustam Nazarzoda"],
      ["Kenji Morimura", "Rustam Nazarzoda"],
    ]);
  });
  it("meetings held with A and B after an opening phrase of circumstance", () => {
    expect(
      names(
        "Speaker Tserendorj Bayarsaikhan is paying an official visit to Austria. Within the framework of the visit, meetings were held with President of the National Council Konrad Steinbauer and Federal Chancellor Lukas Pfeiffer.",
      ),
    ).toEqual([
      ["Konrad Steinbauer", "Tserendorj Bayarsaikhan"],
      ["Lukas Pfeiffer", "Tserendorj Bayarsaikhan"],
    ]);
  });
  it("a meeting in a programme a quote lists is not one more meeting", () => {
    expect(
      names(
        'Speaker Aylin Demirel said she hoped to meet President Oskar Lind on Wednesday. "We have a busy programme, including a meeting with President Lind on Wednesday," she said.',
      ),
    ).toHaveLength(1);
  });
});

describe("company at a meeting", () => {
  // Company is counted only where the text has it take part (the annotated reports' convention).
  it("X, accompanied by A and B, met Y: all four; X, joined by A and B, met Y: all four", () => {
    expect(
      names(
        "Speaker Tomas Ekwall, accompanied by deputies Anna Lindqvist and Per Holmgren, met with Speaker of the Parliament of Ghana Kojo Amankwa.",
      ),
    ).toEqual([["Anna Lindqvist", "Kojo Amankwa", "Per Holmgren", "Tomas Ekwall"]]);
    expect(
      names(
        "Speaker Tomas Ekwall, joined by deputies Anna Lindqvist and Per Holmgren, met with Speaker of the Parliament of Ghana Kojo Amankwa.",
      ),
    ).toEqual([["Anna Lindqvist", "Kojo Amankwa", "Per Holmgren", "Tomas Ekwall"]]);
  });
  it("Y, who was accompanied by Z, is met with Z; so is Y accompanied at the talks", () => {
    expect(
      names(
        "Speaker Tomas Ekwall met with Speaker of the Parliament of Ghana Kojo Amankwa, who was accompanied by Ambassador of Ghana Ama Owusu.",
      ),
    ).toEqual([["Ama Owusu", "Kojo Amankwa", "Tomas Ekwall"]]);
    expect(
      names(
        "Speaker Tomas Ekwall met with Speaker of the Parliament of Ghana Kojo Amankwa, who was accompanied at the talks by Ambassador of Ghana Ama Owusu.",
      ),
    ).toEqual([["Ama Owusu", "Kojo Amankwa", "Tomas Ekwall"]]);
  });
  it("'He is accompanied by' alone speaks of the visit, not of the meeting before", () => {
    expect(
      names(
        "Speaker Tomas Ekwall met with Speaker of the Parliament of Ghana Kojo Amankwa. He is accompanied by Deputy Speaker Anna Lindqvist.",
      ),
    ).toEqual([["Kojo Amankwa", "Tomas Ekwall"]]);
  });
  it("deputies A and B also took part in the meeting: both join it", () => {
    expect(
      names(
        "Speaker Tomas Ekwall met with Speaker of the Parliament of Ghana Kojo Amankwa. Deputies Anna Lindqvist and Per Holmgren also took part in the meeting.",
      ),
    ).toEqual([["Anna Lindqvist", "Kojo Amankwa", "Per Holmgren", "Tomas Ekwall"]]);
  });
  it("with the participation of A and B", () => {
    expect(
      names(
        "Speaker Tomas Ekwall met with Speaker of the Parliament of Ghana Kojo Amankwa with the participation of deputies Anna Lindqvist and Per Holmgren.",
      ),
    ).toEqual([["Anna Lindqvist", "Kojo Amankwa", "Per Holmgren", "Tomas Ekwall"]]);
  });
});

describe("an unnamed side beside its own named person", () => {
  it("A of Ghana and members of the Ghanaian delegation: one meeting", () => {
    expect(
      meetingsOf(
        "Speaker Tomas Ekwall held a meeting with Speaker of the Parliament of Ghana Kojo Amankwa and members of the Ghanaian delegation.",
      ),
    ).toEqual([{ names: ["Kojo Amankwa", "Tomas Ekwall"], countries: ["Ghana"], status: "held" }]);
  });
  it("an unnamed side of another country is a meeting of its own", () => {
    expect(
      meetingsOf(
        "Speaker Tomas Ekwall held meetings with Speaker of the Parliament of Ghana Kojo Amankwa and the delegation of Togo.",
      ).map((m) => [m.names, m.countries]),
    ).toEqual([
      [["Kojo Amankwa", "Tomas Ekwall"], []],
      [["Tomas Ekwall"], ["Togo"]],
    ]);
  });
});
