/**
 * "A, along with B, met Y": both subjects met Y, as with "together with". Names joined by commas
 * alone are still no list of subjects ("After a dinner hosted by A, B was received by C").
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const SPEAKER = "the Speaker of the Turkish Parliament Numan Celik";

describe("subjects joined by 'along with'", () => {
  it("between commas", () => {
    expect(names(`Senator Dana Sultan, along with Senator Aida Toktosunova, met with ${SPEAKER}.`)).toEqual([
      ["Aida Toktosunova", "Dana Sultan", "Numan Celik"],
    ]);
  });
  it("without commas", () => {
    expect(names(`Senator Dana Sultan along with Senator Aida Toktosunova met with ${SPEAKER}.`)).toEqual([
      ["Aida Toktosunova", "Dana Sultan", "Numan Celik"],
    ]);
  });
  it("as with 'together with'", () => {
    expect(
      names(`Senator Dana Sultan, together with Senator Aida Toktosunova, met with ${SPEAKER}.`),
    ).toEqual([["Aida Toktosunova", "Dana Sultan", "Numan Celik"]]);
  });
  it("as with 'accompanied by' in the clause of the meeting verb", () => {
    expect(
      names(`Senator Dana Sultan, accompanied by Senator Aida Toktosunova, met with ${SPEAKER}.`),
    ).toEqual([["Aida Toktosunova", "Dana Sultan", "Numan Celik"]]);
  });
});
