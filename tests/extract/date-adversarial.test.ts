/**
 * A date attaches to a meeting only where the text gives it to that meeting: in the meeting's own
 * clause, or in a sentence that frames it without telling a meeting of its own. The constructions
 * below were found by the adversarial variants of fixtures/invented-dates-adversarial.ts, written to
 * break the date rules. Names are invented; Thursday 12 June 2025 is the publication date.
 */
import { describe, expect, it } from "vitest";
import { inAsideOfOther } from "../../src/extract/aside-clauses.ts";
import { ADVERSARIAL_DATE_REPORTS } from "./fixtures/invented-dates-adversarial.ts";
import { byFamily, scoreInventedDates } from "./invented-date-score.ts";
import { matchReportMeetings } from "./invented-score.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const PUBLISHED = "2025-06-12";
/**
 * The date's first day of the meeting that names everyone of `who`, "none" when it has no date, or "no
 * meeting" when none is found (so that an undated meeting is told from a lost one).
 */
const dayOf = (text: string, ...who: string[]) => {
  const meeting = placesAndDatesOf(text, PUBLISHED).find((m) =>
    who.every((w) => m.names.some((n) => n.includes(w))),
  );
  return meeting ? (meeting.date?.start ?? "none") : "no meeting";
};

describe("the sentence before a meeting, when it tells a meeting of its own", () => {
  it("dates its own meeting, not an undated one told after it", () => {
    const text =
      "On 10 June, Speaker Dilo Marsek held talks with the Speaker of the Ostrian Diet Orvan Teliko. He also met with the Mayor of Zorgrad Kiro Vantel.";
    expect(dayOf(text, "Teliko")).toBe("2025-06-10");
    expect(dayOf(text, "Vantel")).toBe("none");
  });
  it("dates no meeting told after it by a weekday that opens it either", () => {
    const text =
      "On Monday, Speaker Dilo Marsek held talks with the Speaker of the Ostrian Diet Orvan Teliko. In addition, Marsek met with the Mayor of Zorgrad Kiro Vantel.";
    expect(dayOf(text, "Teliko")).toBe("2025-06-09");
    expect(dayOf(text, "Vantel")).toBe("none");
  });
});

describe("a meeting told 'during the visit' before the visit's dated meetings", () => {
  const lead = "Speaker Dilo Marsek visited Ostria from 8 to 11 June.";
  it("takes no visit's span when a later meeting is dated to one of its days", () => {
    const text = `${lead} During the visit, he met with the Speaker of the Ostrian Diet Orvan Teliko. On 11 June, Marsek held talks with the President of Ostria Kiro Vantel.`;
    expect(dayOf(text, "Vantel")).toBe("2025-06-11");
    expect(dayOf(text, "Teliko")).toBe("none");
  });
  it("takes the visit's span when no meeting of it is dated to a day", () => {
    const text = `${lead} During the visit, he met with the Speaker of the Ostrian Diet Orvan Teliko. Marsek also held talks with the President of Ostria Kiro Vantel.`;
    expect(dayOf(text, "Teliko")).toBe("2025-06-08");
    expect(dayOf(text, "Vantel")).toBe("2025-06-08");
  });
});

describe("a day in an aside clause that tells no encounter", () => {
  it("is the day of what the aside describes, whatever its verb or word order", () => {
    expect(
      dayOf(
        "Speaker Dilo Marsek met with Vera Teliko, who was elected Speaker of the Grand National Assembly of Turkey on 2 June.",
        "Teliko",
      ),
    ).toBe("none");
    expect(
      dayOf(
        "Ambassador of Ostria Kiro Vantel, who on Tuesday presented his credentials to the President, was received by Speaker Dilo Marsek.",
        "Vantel",
      ),
    ).toBe("none");
    expect(
      dayOf(
        "Speaker Dilo Marsek received Ambassador of Ostria Kiro Vantel, whose mission began on 2 June.",
        "Vantel",
      ),
    ).toBe("none");
  });
  it("still dates a meeting the aside tells itself", () => {
    expect(
      dayOf(
        "Speaker Dilo Marsek, who on Monday met the Speaker of the Ostrian Diet Vera Teliko, said the talks had been useful.",
        "Teliko",
      ),
    ).toBe("2025-06-09");
  });
  it("leaves the days of an event the talks were held at, told as held on them", () => {
    expect(
      dayOf(
        "Speaker Dilo Marsek met with the Speaker of the Ostrian Diet Vera Teliko on the sidelines of the Assembly, held in Zorgrad on 9–10 June.",
        "Teliko",
      ),
    ).toBe("2025-06-09");
  });
});

describe("where an aside clause starts and ends", () => {
  it("opens at a comma and a relative word or a participle, or a participle opening the sentence", () => {
    const s = "X met Y, who was elected on 2 June, on Monday.";
    expect(inAsideOfOther(s, s.indexOf("2 June"))).toBe(true);
    expect(inAsideOfOther(s, s.indexOf("Monday"))).toBe(false);
    const start = "Elected on 2 June, Y received X on Monday.";
    expect(inAsideOfOther(start, start.indexOf("2 June"))).toBe(true);
    expect(inAsideOfOther(start, start.indexOf("Monday"))).toBe(false);
    const plan = "X received Y to prepare the visit, scheduled for 23–25 June.";
    expect(inAsideOfOther(plan, plan.indexOf("23"))).toBe(true);
  });
  it("is no aside of another when it tells an encounter or an event's holding", () => {
    const met = "X, who met Y on Monday, said so.";
    expect(inAsideOfOther(met, met.indexOf("Monday"))).toBe(false);
    const held = "X met Y at the forum, held on 9 June.";
    expect(inAsideOfOther(held, held.indexOf("9 June"))).toBe(false);
    const main = "X met Y on Monday.";
    expect(inAsideOfOther(main, main.indexOf("Monday"))).toBe(false);
  });
});

describe("a day told in one semicolon-bounded part of a sentence", () => {
  it("dates the meeting of its own part, not those of another part", () => {
    const text =
      "The programme of the visit of Vice Speaker Aram Tevosyants to France included meetings with the President of the Senate Gerard Montclairet and with the President of the National Assembly Yael Dufresnoy; on Wednesday, he was received by the Minister of Foreign Affairs Jean-Noel Barrault.";
    expect(placesAndDatesOf(text, PUBLISHED).some((m) => m.names.includes("Yael Dufresnoy"))).toBe(true);
    expect(dayOf(text, "Tevosyants", "Montclairet")).toBe("none");
    expect(dayOf(text, "Tevosyants", "Dufresnoy")).toBe("none");
  });
  it("still dates every meeting of a list whose parts a semicolon divides", () => {
    const text =
      "Vice Speaker Aram Tevosyants met on Monday with the President of the Senate of France Gerard Montclairet; the President of the National Assembly Yael Dufresnoy; and the Minister of Foreign Affairs Jean-Noel Barrault.";
    expect(dayOf(text, "Montclairet")).toBe("2025-06-09");
  });
});

describe("the adversarial variants of fixtures/invented-dates-adversarial.ts", () => {
  // Before the rules above: late 0 of 9 wrong, other 1 of 11, wrap 8 of 10, said 1 of 10, keep 0 of 12.
  const families = byFamily(ADVERSARIAL_DATE_REPORTS);
  it("holds at least eight reports in each family", () => {
    expect([...families.keys()].sort()).toEqual(["away", "keep", "late", "other", "said", "wrap"]);
    for (const reports of families.values()) expect(reports.length).toBeGreaterThanOrEqual(8);
  });
  for (const [family, reports] of families) {
    if (family === "away") continue;
    it(`gives each found meeting the day its text supports, and no other (${family})`, () => {
      const score = scoreInventedDates(reports);
      expect(score.errors.filter((e) => !e.endsWith("not found"))).toEqual([]);
    });
  }
  it("never gives a meeting of a same-day wire from another city a day other than the wire's", () => {
    for (const r of families.get("away") ?? [])
      for (const { found } of matchReportMeetings(r).matched)
        expect([undefined, PUBLISHED]).toContain(found?.date?.start);
  });
});
