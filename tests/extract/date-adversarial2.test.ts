/**
 * The second round of adversarial date variants (fixtures/invented-dates-adversarial2.ts) and the
 * constructions they found: a relative clause that tells the meeting's own holding or the edge day
 * the talks are put on, a return told with the part of the day, and a day of what someone is invited,
 * asked or urged to do. Names are invented; Thursday 12 June 2025 is the publication date.
 */
import { describe, expect, it } from "vitest";
import { inAsideGivingTheMeetingDay } from "../../src/extract/aside-clauses.ts";
import { statedDates } from "../../src/extract/dates.ts";
import { isPastUndated, isVisitWrapUp } from "../../src/extract/late-report.ts";
import { ADVERSARIAL_DATE_REPORTS_2 } from "./fixtures/invented-dates-adversarial2.ts";
import { byFamily, scoreInventedDates } from "./invented-date-score.ts";
import { matchReportMeetings } from "./invented-score.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const PUBLISHED = "2025-06-12";
/** The first day of the meeting that names everyone of `who`, "none" when undated, "no meeting" when lost. */
const dayOf = (text: string, ...who: string[]) => {
  const meeting = placesAndDatesOf(text, PUBLISHED).find((m) =>
    who.every((w) => m.names.some((n) => n.includes(w))),
  );
  return meeting ? (meeting.date?.start ?? "none") : "no meeting";
};
const days = (sentence: string) => statedDates(sentence, PUBLISHED).map((d) => d.start);

describe("a relative clause on the meeting itself, told as the sentence's subject", () => {
  it("gives the meeting the day of its holding, whatever the verb", () => {
    expect(
      days(
        "Talks between Dilo Marsek and Vera Teliko, which ended yesterday evening in Zorgrad, focused on trade.",
      ),
    ).toEqual(["2025-06-11"]);
    expect(days("The meeting, which took place on 10 June, focused on trade.")).toEqual(["2025-06-10"]);
    expect(days("Negotiations with the Ostrian side, which began on Monday, dealt with transit.")).toEqual([
      "2025-06-09",
    ]);
    expect(
      dayOf(
        "Talks between Speaker Dilo Marsek and Speaker of the Ostrian Diet Vera Teliko, which ended yesterday evening, focused on trade.",
        "Marsek",
        "Teliko",
      ),
    ).toBe("2025-06-11");
  });
  it("gives it no day of something else done to the talks, nor of another noun's clause", () => {
    expect(
      days("Talks between Dilo Marsek and Vera Teliko, which were agreed on 2 June, focused on trade."),
    ).toEqual([]);
    expect(days("Dilo Marsek met Vera Teliko at the forum, which opened on Monday.")).toEqual([]);
    // A wait bound by "since" inside the clause still dates the wait.
    expect(
      days("The meeting, which took place after talks since the summit on 12 March, was useful."),
    ).toEqual([]);
  });
  it("holds only inside the clause", () => {
    const s = "The talks, which ended on 10 June, were useful, the office said on Wednesday.";
    expect(inAsideGivingTheMeetingDay(s, s.indexOf("10 June"))).toBe(true);
    expect(inAsideGivingTheMeetingDay(s, s.indexOf("Wednesday"))).toBe(false);
  });
});

describe("the first or last day of an event or a visit, dated by a relative clause", () => {
  it("is the day of the talks put on it", () => {
    expect(
      days("On the last day of his visit, which ended on 10 June, Dilo Marsek met Vera Teliko."),
    ).toEqual(["2025-06-10"]);
    expect(
      days(
        "On the first day of the session, which opened in Zorgrad on 9 June, Dilo Marsek met Vera Teliko.",
      ),
    ).toEqual(["2025-06-09"]);
  });
  it("is no day of the talks when the clause names the other edge", () => {
    expect(days("On the last day of his visit, which began on 8 June, Dilo Marsek met Vera Teliko.")).toEqual(
      [],
    );
    expect(
      days("On the first day of the session, which closed on 11 June, Dilo Marsek met Vera Teliko."),
    ).toEqual([]);
  });
});

describe("a return told with the part of the day", () => {
  it("sums up a visit that is over, as a bare return does", () => {
    expect(
      isVisitWrapUp("X returned home yesterday evening from Zorgrad, where she held talks with Y."),
    ).toBe(true);
    expect(isVisitWrapUp("X returned home on Tuesday morning from Zorgrad, where he met Y.")).toBe(true);
    expect(isVisitWrapUp("X returned the favour yesterday evening.")).toBe(false);
    expect(
      dayOf(
        "Speaker Dilo Marsek returned home yesterday evening from Zorgrad, where he held talks with the Speaker of the Ostrian Diet Vera Teliko.",
        "Teliko",
      ),
    ).toBe("none");
  });
});

describe("the day of what someone is invited, asked or urged to do", () => {
  it("is a plan's day, not the meeting's, and looks ahead", () => {
    const s = "Speaker Dilo Marsek received Vera Teliko and invited her to address the plenary on Monday.";
    expect(statedDates(s, PUBLISHED, true).map((d) => d.start)).toEqual(["2025-06-16"]);
    expect(dayOf(s, "Teliko")).toBe("none");
    expect(
      dayOf(
        "Speaker Dilo Marsek received Vera Teliko, who urged deputies to ratify the treaty on Monday.",
        "Teliko",
      ),
    ).toBe("none");
  });
  it("leaves the day of the meeting told before the request, or after an invitation already done", () => {
    expect(
      dayOf(
        "Speaker Dilo Marsek met on Wednesday with Vera Teliko and asked her to convey his greetings.",
        "Teliko",
      ),
    ).toBe("2025-06-11");
    expect(
      dayOf(
        "Speaker Dilo Marsek, who was invited to speak at the forum, met on Tuesday with Vera Teliko.",
        "Teliko",
      ),
    ).toBe("2025-06-10");
    // An invitation to a place or to the talks is no plan told with a verb.
    expect(dayOf("Invited to the talks, Speaker Dilo Marsek met Vera Teliko on Tuesday.", "Teliko")).toBe(
      "2025-06-10",
    );
  });
});

describe("a meeting told in the headline and again in the lead", () => {
  const headline = " date 2025-06-12 Speaker of the Diet receives envoy\n\n12 June 2025, 11:05\n\n";
  it("is past without a day when the lead says so, though the headline is in the present", () => {
    for (const lead of [
      "Speaker of the Ostrian Diet Vera Teliko recently received the Ambassador of Korvia Dilo Marsek.",
      "Speaker of the Ostrian Diet Vera Teliko received the Ambassador of Korvia Dilo Marsek last week.",
      "During her stay in Zorgrad, Speaker of the Ostrian Diet Vera Teliko received the Ambassador of Korvia Dilo Marsek.",
    ]) {
      const report = {
        id: "h",
        text: `${headline}${lead}\n\nThey discussed trade.`,
        meetings: [{ people: ["Teliko", "Marsek"], basis: "unknown" as const }],
      };
      expect(scoreInventedDates([report]).errors).toEqual([]);
    }
  });
  it("keeps the day the lead gives it", () => {
    const lead =
      "Speaker of the Ostrian Diet Vera Teliko today received the Ambassador of Korvia Dilo Marsek.";
    const report = {
      id: "h",
      text: `${headline}${lead}\n\nThey discussed trade.`,
      meetings: [{ people: ["Teliko", "Marsek"], basis: "today" as const, date: PUBLISHED }],
    };
    expect(scoreInventedDates([report]).errors).toEqual([]);
  });
});

describe("a past stretch without a day told in an aside on something else", () => {
  it("is that thing's time, not the meeting's", () => {
    expect(isPastUndated("X received the Ambassador of Korvia Y, who took up his post last week.")).toBe(
      false,
    );
    expect(isPastUndated("X has met Y, who was recently appointed to Zorgrad.")).toBe(false);
  });
  it("still puts the meeting in the past when the aside tells the encounter, or the main clause does", () => {
    expect(isPastUndated("X, who recently met Y, said the talks had been fruitful.")).toBe(true);
    expect(isPastUndated("X received Y last week, who took up his post in May.")).toBe(true);
    expect(isPastUndated("X recently received Y, who took up his post last week.")).toBe(true);
  });
});

describe("the adversarial variants of fixtures/invented-dates-adversarial2.ts", () => {
  // Wrong before the rules above, of the reports whose meeting is found (four probes, each written
  // after the fixes of the one before): forum 0 of 9 (4 dated by the wire's day, as the corpus does),
  // vague 4 of 14, ended 6 of 14, glued 0 of 10, weekday 1 of 13, range 0 of 10. Two meetings are not
  // found by the meeting finders ("talks that X recently held with Y"; "paid a visit to Z, where on
  // 10 June he met Y").
  const families = byFamily(ADVERSARIAL_DATE_REPORTS_2);
  it("holds at least eight reports in each family", () => {
    expect([...families.keys()].sort()).toEqual(["ended", "forum", "glued", "range", "vague", "weekday"]);
    for (const reports of families.values()) expect(reports.length).toBeGreaterThanOrEqual(8);
  });
  for (const [family, reports] of families) {
    it(`gives each found meeting the day its text supports, and no other (${family})`, () => {
      const score = scoreInventedDates(reports);
      const wrong = score.errors.filter((e) => !e.endsWith("not found"));
      // A same-day wire dates a forum's talks by its day (the annotated corpus does, issue 8 would not):
      // of those, only a day other than the wire's is wrong.
      const allowed =
        family === "forum" ? wrong.filter((e) => !e.includes(`invented ${PUBLISHED} (publication)`)) : wrong;
      expect(allowed).toEqual([]);
    });
  }
  it("never gives a forum's talks on a same-day wire a day other than the wire's or the text's", () => {
    for (const r of families.get("forum") ?? [])
      for (const { want, found } of matchReportMeetings(r).matched)
        if (want.basis === "unknown") expect([undefined, PUBLISHED]).toContain(found?.date?.start);
  });
});
