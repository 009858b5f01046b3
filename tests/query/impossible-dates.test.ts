/**
 * An older fact base may hold a day that does not exist ("2024-13-05"): replies show it as it is
 * or leave it out, never "undefined", "NaN" or an error, in every language.
 */
import { describe, expect, it } from "vitest";
import { formatDate, formatRange, isCalendarDay } from "../../src/query/format.ts";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase } from "./fixture.ts";

const BROKEN = /undefined|NaN|Invalid/;

describe("an impossible date", () => {
  it("is written as it is, and a range with an impossible end is its start", () => {
    expect(formatDate("2024-13-05")).toBe("2024-13-05");
    expect(formatDate("2023-02-29")).toBe("2023-02-29");
    expect(formatDate("2024-02-29")).toBe("29 February 2024");
    expect(formatRange("2024-09-04", "2024-09-31")).toBe("4 September 2024");
    expect(isCalendarDay("2024-00-10")).toBe(false);
  });

  it("in a fact base never reaches a reply as undefined, NaN or an error", () => {
    const base = fixtureBase();
    for (const m of base.meetings) m.date = { start: "2024-13-05", basis: "stated" };
    for (const a of base.articles) a.published = "2024-13-05";
    const answerer = new Answerer(base);
    for (const question of [
      "who met Koshanov?",
      "when did Koshanov meet Amarbayasgalan?",
      "с кем встречался Кошанов?",
      "Кошанов кіммен кездесті?",
    ]) {
      const reply = answerer.answer(question).text;
      expect(reply).not.toMatch(BROKEN);
      expect(reply).toContain("2024-13-05");
    }
  });
});
