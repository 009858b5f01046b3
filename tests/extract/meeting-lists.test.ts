/** One meeting per counterpart, and delegations standing for their heads. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("one meeting per counterpart", () => {
  it("heads of the delegations of three countries are three unnamed sides", () => {
    const m = meetingsOf(
      "On the sidelines of the session, Senator Dana Omarova met with the heads of the delegations of Germany, Cyprus and Serbia.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Dana Omarova"], ["Germany"]],
      [["Dana Omarova"], ["Cyprus"]],
      [["Dana Omarova"], ["Serbia"]],
    ]);
  });
  it("a list of presiding officers after a named person, with 'the' before a country", () => {
    const m = meetingsOf(
      "Speaker Ravi Menon met President of the Union Paulo Serra, presiding officers of Chile, Finland, the U.S. and Norway.",
    );
    expect(m.map((x) => x.countries)).toEqual([[], ["Chile"], ["Finland"], ["United States"], ["Norway"]]);
  });
  it("a second verb for the same subject", () => {
    const m = meetingsOf(
      "Chairman Li Wenhao is expected to meet with President Arman Dosov and hold talks separately with Senate Speaker Bolat Nurlanov and Daniyar Esenov, chairman of the Majilis.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Arman Dosov", "Li Wenhao"],
      ["Bolat Nurlanov", "Li Wenhao"],
      ["Daniyar Esenov", "Li Wenhao"],
    ]);
    expect(m.every((x) => x.status === "planned")).toBe(true);
  });
  it("officials including A and B are A and B", () => {
    const m = meetingsOf(
      "Speaker Karim Haddad arrived in Rome. He is set to meet with other Italian officials including President Marco Bellini and Foreign Minister Sara Conti.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Karim Haddad", "Marco Bellini"],
      ["Karim Haddad", "Sara Conti"],
    ]);
  });
  it("a side that a dash spells out", () => {
    const m = meetingsOf(
      "Chairman Zhou Minghai is expected to hold talks with the Senate and Majilis speakers – Askar Temirov and Erlan Zhaksybek.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Askar Temirov", "Zhou Minghai"],
      ["Erlan Zhaksybek", "Zhou Minghai"],
    ]);
  });
  it("'is also set to meet' a list of four", () => {
    const m = meetingsOf(
      "Speaker Levan Gelashvili arrived in Yerevan. The Georgian Speaker is also set to meet President Aram Petrosyan, Prime Minister Davit Hakobyan and Foreign Minister Tigran Sargsyan.",
    );
    expect(m).toHaveLength(3);
    expect(m.every((x) => x.names.includes("Levan Gelashvili") && x.status === "planned")).toBe(true);
  });
});

describe("delegations and their heads", () => {
  it("'the delegation' that acts is the one who led it", () => {
    const m = meetingsOf(
      "A parliamentary delegation led by Chairman Pavel Orlov arrived in New Delhi. As part of the trip, the delegation also held a meeting with Lok Sabha Speaker Vikram Rao.",
    );
    expect(m.map((x) => x.names)).toEqual([["Pavel Orlov", "Vikram Rao"]]);
  });
  it("a delegation received by someone, with an acronym before it", () => {
    const m = meetingsOf(
      "Crown Prince Jaber Al-Khalid received a delegation headed by First Deputy Speaker Salem Al Dhaheri. The FNC delegation was also received by Speaker Fahad Al-Mutairi.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Jaber Al-Khalid", "Salem Al Dhaheri"],
      ["Fahad Al-Mutairi", "Salem Al Dhaheri"],
    ]);
  });
});
