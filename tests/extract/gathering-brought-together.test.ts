/**
 * A gathering told by who chaired it and whom it "brought together", in two sentences side by side:
 * "X chaired the Dialogue this year. The event also brought together A, B and C." X and the people it
 * brought together met there, as the attendees and the opener of a forum do. The chair may be told
 * actively ("X chaired the Forum", "X opened the forum") or in the passive ("was opened by X").
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const KYRGYZ = "Deputy Speaker of the Kyrgyz parliament Aida Toktosunova";
const TURKMEN = "Speaker of the Mejlis of Turkmenistan Bahar Orazova";
const UZBEK = "Speaker of the Senate of Uzbekistan Dilnoza Karimova";
const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("a gathering that brought people together, and its chair", () => {
  it("the chair told actively before, the people brought together after: one meeting of all", () => {
    expect(
      names(
        `Today, a meeting of the Forum of Women Leaders took place in Ashgabat. ${UZBEK} chaired the Forum this year. The event also brought together ${KYRGYZ}, ${TURKMEN}, as well as the Special Representative of the UN Secretary General Marta Lind.`,
      ),
    ).toEqual([["Aida Toktosunova", "Bahar Orazova", "Dilnoza Karimova", "Marta Lind"]]);
  });
  it("the people brought together first, the opener told in the passive after", () => {
    expect(
      names(`The forum brought together ${KYRGYZ} and ${TURKMEN}. The forum was opened by ${UZBEK}.`),
    ).toEqual([["Aida Toktosunova", "Bahar Orazova", "Dilnoza Karimova"]]);
  });
  it("'opened the forum' names its opener as the subject", () => {
    expect(names(`${UZBEK} opened the forum. The forum brought together ${KYRGYZ} and ${TURKMEN}.`)).toEqual([
      ["Aida Toktosunova", "Bahar Orazova", "Dilnoza Karimova"],
    ]);
  });
});

describe("no gathering of those people", () => {
  it("a chair of something that is no named gathering ('chaired a cabinet meeting')", () => {
    expect(
      names(
        `Speaker Dana Sultan chaired a cabinet meeting. The event also brought together ${KYRGYZ} and ${TURKMEN}.`,
      ),
    ).toEqual([]);
  });
  it("a chair with no one said to be brought together", () => {
    expect(names(`${UZBEK} opened the Forum of Women Leaders. Delegates discussed water security.`)).toEqual(
      [],
    );
  });
  it("people brought together with no chair or opener named", () => {
    expect(
      names(`The forum brought together ${KYRGYZ} and ${TURKMEN}. Delegates discussed water security.`),
    ).toEqual([]);
  });
});
