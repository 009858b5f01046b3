/** Which role texts name one office: word order, spelling and the parent parliament do not matter. */
import { describe, expect, it } from "vitest";
import { groupOffices } from "../../src/query/compose/offices.ts";

const same = (a: string, b: string, country = "Kazakhstan") => {
  const [x, y] = groupOffices([
    { text: a, country },
    { text: b, country },
  ]);
  return x === y;
};

describe("one office, many wordings", () => {
  it("word order, gender and transliteration of the title and body", () => {
    expect(same("Mazhilis Chairwoman", "Speaker of the Majilis")).toBe(true);
    expect(same("Chairperson of the Senate of the Parliament of Kazakhstan", "Kazakh Senate Speaker")).toBe(
      true,
    );
  });
  it("other titles only when the words are the same", () => {
    expect(same("Kazakh President", "President of the Republic of Kazakhstan")).toBe(true);
    expect(same("President", "First President of Kazakhstan")).toBe(false);
  });
  it("a council's chair is not a chamber's, however the chamber's council is named", () => {
    expect(same("Chairman of the Federation Council", "Chairman of the IPA CIS Council", "Russia")).toBe(
      false,
    );
  });
  it("the same title in another country is another office", () => {
    const groups = groupOffices([
      { text: "Speaker of the Parliament", country: "Georgia" },
      { text: "Speaker of the Parliament", country: "Armenia" },
    ]);
    expect(groups[0]).not.toBe(groups[1]);
  });
  it("a bare title joins no office when the person presided over two chambers", () => {
    const groups = groupOffices([
      { text: "Speaker", country: "Russia" },
      { text: "Chairman of the State Duma", country: "Russia" },
      { text: "Chairman of the Federation Council", country: "Russia" },
    ]);
    expect(new Set(groups).size).toBe(3);
  });
  it("a text naming two posts does not join them into one", () => {
    const groups = groupOffices([
      { text: "Chairwoman of the Federation Council", country: "Russia" },
      { text: "Chair of the IPA CIS Council, Speaker of the Federation Council", country: "Russia" },
      { text: "Chairperson of the IPA CIS Council", country: "Russia" },
    ]);
    expect(groups[0]).not.toBe(groups[2]);
  });
});
