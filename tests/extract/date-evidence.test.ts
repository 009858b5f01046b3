/**
 * A meeting's date needs evidence, and says what it is: a publication date only where the report
 * says where and when it was filed, relative dates counted from the day it was filed, and no date
 * taken from a thing that no meeting is (a relationship established, a law adopted, a forum opened).
 * The invented reports of fixtures/invented-dates.ts are scored as a whole. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { statedDates } from "../../src/extract/dates.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { filingDay } from "../../src/extract/meeting-dates.ts";
import { INVENTED_DATED_REPORTS } from "./fixtures/invented-dates.ts";
import { scoreInventedDates } from "./invented-date-score.ts";

const datesOf = (text: string) => {
  const { doc, meetings } = extractArticle(parseArticle(text, { id: "t", file: "t.txt", isKnownCity }));
  return meetings.map((m) => ({ people: m.people.map((i) => doc.people[i]?.names[0]).sort(), date: m.date }));
};
const talks =
  "Speaker of the Parliament of Georgia Orvan Teliko held talks with Speaker of the Parliament of Armenia Dilo Marsek";

describe("the publication date of a report", () => {
  it("is no meeting's date when the report says neither where nor when it was filed", () => {
    const [m] = datesOf(` date 2024-07-10 ${talks}.\n\nThe sides discussed trade.`);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
  it("dates a meeting in the dateline's city, and says so", () => {
    const [m] = datesOf(
      ` date 2024-07-10 TBILISI. VELTAR – ${talks} in Tbilisi.\n\nThe sides discussed trade.`,
    );
    expect(m?.date).toEqual({
      start: "2024-07-10",
      basis: "publication",
      evidence: "a same-day report from the meeting's city",
    });
  });
  it("does not date a meeting in another city than an undated dateline's", () => {
    const [m] = datesOf(` date 2024-07-10 BAKU. VELTAR – ${talks} in Yerevan.\n\nThe sides discussed trade.`);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
  it("dates a meeting reported by a page that prints its own date", () => {
    const [m] = datesOf(`Speakers meet\n\n10 July 2024, 15:10\n\n${talks}.\n\nThe sides discussed trade.`);
    expect(m?.date).toMatchObject({ start: "2024-07-10", basis: "publication" });
  });
});

describe("the day a report was filed", () => {
  it("is the dateline's day when it is a few days before publication, else the publication's", () => {
    expect(filingDay({ published: "2024-05-20", datelineDate: "2024-05-16" })).toBe("2024-05-16");
    expect(filingDay({ published: "2024-05-20", datelineDate: "2024-03-16" })).toBe("2024-05-20");
    expect(filingDay({ published: "2024-05-20" })).toBe("2024-05-20");
    expect(filingDay({ datelineDate: "2024-05-16" })).toBeUndefined();
  });
  it("anchors 'today' in a wire filed before it was published", () => {
    const [m] = datesOf(
      ` date 2024-05-20 TBILISI, May 16 (Veltar) -- ${talks} today.\n\nThey discussed trade.`,
    );
    expect(m?.date).toMatchObject({ start: "2024-05-16", basis: "today" });
  });
});

describe("dates of things no meeting is", () => {
  it("drops a date given by a participle such as 'established on' or 'adopted on'", () => {
    const s =
      "Marking the anniversary of relations, established on 14 January 1994, Speaker Orvan Teliko met Speaker Dilo Marsek on Friday.";
    expect(statedDates(s, "2024-01-15").map((d) => d.start)).toEqual(["2024-01-12"]);
    expect(statedDates("He spoke of the law adopted on 3 July.", "2024-07-10")).toEqual([]);
  });
  it("does not give the day a forum opened to talks on its sidelines", () => {
    const text = ` date 2024-09-20 The Veltar Parliamentary Forum opened in Baku on 18 September.\n\nOn the sidelines of the forum, ${talks}.`;
    const [m] = datesOf(text);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("invented reports with their dates", () => {
  it("gives no date where none is supported, and the supported ones right", () => {
    const score = scoreInventedDates(INVENTED_DATED_REPORTS);
    if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);
    expect(score.invented).toBe(0);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(score.missed).toBe(0);
  });
  it("says what every date rests on", () => {
    for (const report of INVENTED_DATED_REPORTS)
      for (const m of datesOf(report.text)) if (m.date) expect(m.date.evidence).toMatch(/\w/);
  });
});
