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
import { isRelayedReport } from "../../src/extract/late-report.ts";
import { filingDay, neighbourDayStep, travelsAway } from "../../src/extract/meeting-dates.ts";
import { INVENTED_DATED_REPORTS } from "./fixtures/invented-dates.ts";
import { INVENTED_DATED_REPORTS_SECOND } from "./fixtures/invented-dates-second.ts";
import { INVENTED_REPORTS_FIFTH } from "./fixtures/invented-reports-5.ts";
import { INVENTED_REPORTS_FIFTH_B } from "./fixtures/invented-reports-5b.ts";
import { INVENTED_REPORTS_FIFTH_C } from "./fixtures/invented-reports-5c.ts";
import { INVENTED_REPORTS_SIXTH_DATES } from "./fixtures/invented-reports-6-dates.ts";
import { INVENTED_REPORTS_SIXTH_DATES_B } from "./fixtures/invented-reports-6b-dates.ts";
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

describe("the publication date an article gives itself", () => {
  it("is not the date an event in the first sentence is told on", () => {
    const a = parseArticle(`On 21 June 2024, ${talks} in Tbilisi.`, { id: "t", isKnownCity });
    expect(a.published).toBeUndefined();
    const stamped = parseArticle(`Jun 21, 2024 20:13 ${talks}.`, { id: "t", isKnownCity });
    expect(stamped.published).toBe("2024-06-21");
    expect(stamped.printedDate).toBe("2024-06-21");
  });
});

describe("a report filed at home of talks held away", () => {
  it("knows a trip, a stay or a tour away from the dateline's country", () => {
    expect(travelsAway("He met Marsek as part of his trip to France.", "Kazakhstan")).toBe(true);
    expect(travelsAway("During his stay in Paris, he met Marsek.", "Kazakhstan")).toBe(true);
    expect(travelsAway("While in France, Teliko met Marsek.", "Kazakhstan")).toBe(true);
    expect(
      travelsAway("The delegation, which is in the Republic of Italy on a visit, met Marsek.", "Kazakhstan"),
    ).toBe(true);
    expect(travelsAway("He met Marsek during his European tour.", "Kazakhstan")).toBe(true);
  });
  it("does not take a visit to the home country, or a visit made by someone, for a trip away", () => {
    expect(travelsAway("Marsek, who is on an official visit to Kazakhstan, met Teliko.", "Kazakhstan")).toBe(
      false,
    );
    expect(travelsAway("He recalled the visit of the Georgian President to Astana.", "Kazakhstan")).toBe(
      false,
    );
  });
  it("gives no publication date to talks held away, reported from home", () => {
    const text = ` date 2024-03-14 TBILISI. VELTAR – ${talks} during his stay in France.\n\nThe sides discussed trade.`;
    const [m] = datesOf(text);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
    const forum = ` date 2024-03-14 TBILISI. VELTAR – ${talks} on the margins of the Paris Peace Forum.\n\nThe sides discussed trade.`;
    expect(datesOf(forum)[0]?.date).toBeUndefined();
  });
  it("knows a story told according to another news agency, not an agency's own report", () => {
    expect(isRelayedReport(undefined, [`${talks}, according to the Veltarian news agency VNA.`])).toBe(true);
    expect(isRelayedReport(undefined, [`${talks}, Veltar News Agency reports.`])).toBe(false);
  });
  it("knows an embassy's report by its place as well as by its name", () => {
    expect(isRelayedReport(undefined, [`${talks}, the Georgian Embassy in France reported.`])).toBe(true);
  });
});

describe("the day a report was filed", () => {
  it("is the dateline's day when it is a few days before publication, else the publication's", () => {
    expect(filingDay({ published: "2024-05-20", datelineDate: "2024-05-16" })).toBe("2024-05-16");
    // A dateline months older than the page: the day of the report is not known.
    expect(filingDay({ published: "2024-05-20", datelineDate: "2024-03-16" })).toBeUndefined();
    expect(filingDay({ published: "2024-05-20" })).toBe("2024-05-20");
    // Without a publication date, the dateline's day (its year read from the text) is all there is.
    expect(filingDay({ datelineDate: "2024-05-16" })).toBe("2024-05-16");
    expect(filingDay({})).toBeUndefined();
  });
  it("takes a yearless dateline's year from the text's own month, without a publication date", () => {
    const undated = (text: string) =>
      extractArticle(parseArticle(text, { id: "t", file: "t.txt", isKnownCity })).doc.article.datelineDate;
    const lead = `TBILISI, May 16 (Veltar) -- ${talks} today.`;
    expect(undated(`${lead}\n\nThe committee was set up in May, 2023.`)).toBe("2023-05-16");
    expect(undated(`${lead}\n\nThe committee was set up on May 2, 2023.`)).toBe("2023-05-16");
    // Another month's year says nothing of the dateline's.
    expect(undated(`${lead}\n\nThe committee was set up in March, 2023.`)).toBeUndefined();
    const [m] = datesOf(`${lead}\n\nThey recalled the forum held in May 2023.`);
    expect(m?.date).toMatchObject({ start: "2023-05-16", basis: "today" });
  });
  it("anchors 'today' in a wire filed before it was published", () => {
    const [m] = datesOf(
      ` date 2024-05-20 TBILISI, May 16 (Veltar) -- ${talks} today.\n\nThey discussed trade.`,
    );
    expect(m?.date).toMatchObject({ start: "2024-05-16", basis: "today" });
  });
});

describe("numeric dates", () => {
  it("reads a date with dots day first, and one with slashes month first", () => {
    expect(statedDates("Teliko met Marsek on 12.03.2024.", "2024-03-14").map((d) => d.start)).toEqual([
      "2024-03-12",
    ]);
    expect(statedDates("Teliko met Marsek on 03/12/2024.", "2024-03-14").map((d) => d.start)).toEqual([
      "2024-03-12",
    ]);
  });
});

describe("dates of things no meeting is", () => {
  it("drops a date given by a participle such as 'established on' or 'adopted on'", () => {
    const s =
      "Marking the anniversary of relations, established on 14 January 1994, Speaker Orvan Teliko met Speaker Dilo Marsek on Friday.";
    expect(statedDates(s, "2024-01-15").map((d) => d.start)).toEqual(["2024-01-12"]);
    expect(statedDates("He spoke of the law adopted on 3 July.", "2024-07-10")).toEqual([]);
  });
  it("drops the date of a thing no meeting is, dated with 'of'", () => {
    const s = "Following the elections of 3 March, Speaker Orvan Teliko met Speaker Dilo Marsek on Tuesday.";
    expect(statedDates(s, "2024-03-14").map((d) => d.start)).toEqual(["2024-03-12"]);
    const summit = "On the sidelines of the summit of 12 March, Teliko met Marsek.";
    expect(statedDates(summit, "2024-03-14").map((d) => d.start)).toEqual(["2024-03-12"]);
  });
  it("gives talks on the sidelines of a forum that opened today the day of the report", () => {
    const text = ` date 2024-09-18 BAKU. VELTAR – The Veltar Parliamentary Forum opened in Baku today.\n\nOn the sidelines of the forum, ${talks}.`;
    expect(datesOf(text)[0]?.date).toMatchObject({ start: "2024-09-18", basis: "today" });
  });
  it("does not give the day a forum opened to talks on its sidelines", () => {
    const text = ` date 2024-09-20 The Veltar Parliamentary Forum opened in Baku on 18 September.\n\nOn the sidelines of the forum, ${talks}.`;
    const [m] = datesOf(text);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("dates carried from another sentence or another event", () => {
  it("does not give a held meeting the dates of a visit recalled or a visit it was invited to", () => {
    const recalled = ` date 2024-10-08 MINSK, 8 October (Veltar) - ${talks}.\n\nTeliko recalled his visit to Yerevan on 5-6 May 2023.`;
    expect(datesOf(recalled)[0]?.date).toMatchObject({ start: "2024-10-08" });
    const invited = ` date 2024-02-27 ${talks}.\n\nMarsek invited Teliko to pay an official visit to Armenia on 12-14 November.`;
    expect(datesOf(invited)[0]?.date).toBeUndefined();
  });
  it("gives a held meeting the dates of the visit it was part of, reported days after it", () => {
    const text = ` date 2024-09-10 Speaker of the Parliament of Georgia Orvan Teliko paid an official visit to Armenia on 5-7 September.\n\nDuring the visit, he held talks with Speaker of the Parliament of Armenia Dilo Marsek.`;
    expect(datesOf(text)[0]?.date).toMatchObject({
      start: "2024-09-05",
      end: "2024-09-07",
      evidence: "the visit's dates",
    });
  });
  it("does not give a held meeting a later date its sentence names for something to come", () => {
    const text = ` date 2024-04-02 ${talks}, who will attend the assembly of the Veltar Union on 25 April.\n\nThey discussed trade.`;
    const [m] = datesOf(text);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
  it("takes the lead's date only when the lead tells of an encounter", () => {
    const other = ` date 2024-03-15 On 12 March, the Senate adopted the law on water.\n\n${talks}.`;
    expect(datesOf(other)[0]?.date).toBeUndefined();
    const meetings = ` date 2024-03-15 Speaker Orvan Teliko on Wednesday held a series of meetings with ambassadors.\n\nTeliko met with the Ambassador of Armenia Dilo Marsek.`;
    expect(datesOf(meetings)[0]?.date).toMatchObject({
      start: "2024-03-13",
      evidence: "weekday in the lead",
    });
  });
  it("gives a meeting told as past without its day no date from another sentence", () => {
    const text = ` date 2024-03-14 Last week, ${talks}. Today the two chambers exchanged letters.`;
    const [m] = datesOf(text);
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
    const weekend = ` date 2024-03-14 TBILISI. VELTAR – ${talks} at the weekend.\n\nThey discussed trade.`;
    expect(datesOf(weekend)[0]?.date).toBeUndefined();
  });
  it("drops a date that bounds a stretch of time: a wait since it, a stay until it", () => {
    const s =
      "The meeting of Teliko and Marsek, which had been planned since the summit in Lisbon on 12 March, took place on Monday.";
    expect(statedDates(s, "2024-06-05").map((d) => d.start)).toEqual(["2024-06-03"]);
    expect(statedDates("The delegation will stay in Tbilisi until 8 March.", "2024-03-05")).toEqual([]);
    expect(statedDates("Teliko met Marsek on 4 March.", "2024-03-05")).toHaveLength(1);
  });
  it("drops the signing date of a document named with a participle", () => {
    const s = "Teliko met Marsek on the anniversary of the friendship treaty signed on 3 May 1999.";
    expect(statedDates(s, "2024-05-03")).toEqual([]);
    expect(statedDates("The memorandum was signed on 3 May during the talks.", "2024-05-04")).toHaveLength(1);
  });
});

describe("a range of days written day first", () => {
  it("is read whole, the month after the last day or after each", () => {
    const days = (s: string) => statedDates(s, "2024-06-09").map((d) => [d.start, d.end]);
    expect(days("Teliko visited Armenia from 3 to 5 June.")).toEqual([["2024-06-03", "2024-06-05"]]);
    expect(days("Teliko visited Armenia from 3 June to 5 June.")).toEqual([["2024-06-03", "2024-06-05"]]);
    expect(days("Teliko visited Armenia on 28 May - 2 June 2023.")).toEqual([["2023-05-28", "2023-06-02"]]);
    expect(days("Teliko met Marsek on 5 June at 3 pm.")).toEqual([["2024-06-05", undefined]]);
  });
});

describe("remarks made at the talks", () => {
  it("date the talks with the day they were said", () => {
    const s =
      "Speaker Orvan Teliko said on Wednesday, after a meeting with Dilo Marsek, that trade would grow.";
    expect(statedDates(s, "2024-07-11").map((d) => d.start)).toEqual(["2024-07-10"]);
    const next = datesOf(
      ` date 2024-07-10 Speaker of the Parliament of Georgia Orvan Teliko said here Wednesday that trade would grow. Teliko made the remarks when meeting with Speaker of the Parliament of Armenia Dilo Marsek.\n\nThey discussed roads.`,
    );
    expect(next[0]?.date?.start).toBe("2024-07-10");
  });
  it("do not take a saying about some other meeting, or a media report's day, for theirs", () => {
    const s = "Teliko said on Wednesday that during his meeting with Marsek last year trade grew.";
    expect(statedDates(s, "2024-07-11")).toEqual([]);
    const relayed = datesOf(
      ` date 2024-07-10 Speaker of the Parliament of Georgia Orvan Teliko made the remarks at a meeting with Speaker of the Parliament of Armenia Dilo Marsek, a media report said on Monday.\n\nThey discussed roads.`,
    );
    expect(relayed[0]?.date).toBeUndefined();
  });
});

describe("the day of a publication", () => {
  it("is not the day of the meeting it tells of", () => {
    expect(
      statedDates("In an interview published on Monday, Teliko said he had met Marsek.", "2024-07-10"),
    ).toEqual([]);
  });
});

describe("a sentence that names the meeting by its day", () => {
  it("restates the article's one meeting", () => {
    const [m] = datesOf(` date 2024-07-12 ${talks}.\n\nAt Tuesday's meeting, the two discussed trade.`);
    expect(m?.date?.start).toBe("2024-07-09");
  });
});

describe("a sentence about an earlier meeting of the same two", () => {
  it("does not restate the meeting reported", () => {
    const [m] = datesOf(
      ` date 2024-11-05 TBILISI. VELTAR – ${talks} in Tbilisi.\n\nThe two speakers last met on 12 June in Yerevan.`,
    );
    expect(m?.date?.start).toBe("2024-11-05");
    const [again] = datesOf(` date 2024-11-05 ${talks}.\n\nThe two speakers met on 2 November in Tbilisi.`);
    expect(again?.date?.start).toBe("2024-11-02");
  });
});

describe("a day counted from the meeting told before", () => {
  it("knows a sentence that opens on the day before or after", () => {
    expect(neighbourDayStep("The day before, Marsek held talks with Teliko.")).toBe(-1);
    expect(neighbourDayStep("On the previous day, Marsek met Teliko.")).toBe(-1);
    expect(neighbourDayStep("A day later, Marsek met Teliko.")).toBe(1);
    expect(neighbourDayStep("The following day, the guest will meet Teliko.")).toBe(1);
  });
  it("does not take a day named inside the sentence, or another 'next', for one", () => {
    expect(neighbourDayStep("Marsek, who arrived the day before, met Teliko.")).toBe(0);
    expect(neighbourDayStep("The next meeting of the commission will be held in Tbilisi.")).toBe(0);
  });
  it("dates the meeting one day before or after the dated one told before it", () => {
    const before = datesOf(
      ` date 2024-07-10 ${talks} on Tuesday.\n\nThe day before, Marsek held talks with Speaker of the Parliament of Latvia Ivo Berkalns.`,
    );
    expect(before.map((m) => m.date?.start)).toEqual(["2024-07-09", "2024-07-08"]);
    const after = datesOf(
      ` date 2024-07-10 ${talks} on Monday.\n\nThe following day, Marsek met Prime Minister of Georgia Temur Ablani.`,
    );
    expect(after.map((m) => m.date?.start)).toEqual(["2024-07-08", "2024-07-09"]);
  });
  it("gives no date when the meeting before has none", () => {
    const [, next] = datesOf(
      ` date 2024-07-10 ${talks}.\n\nThe day before, Marsek held talks with Speaker of the Parliament of Latvia Ivo Berkalns.`,
    );
    expect(next?.people).toEqual(["Dilo Marsek", "Ivo Berkalns"]);
    expect(next?.date).toBeUndefined();
  });
});

describe("invented reports with their dates", () => {
  // The floors are what was reached; the first batch was written before the date rules were read.
  for (const [name, reports, reached] of [
    ["first", INVENTED_DATED_REPORTS, 0.95],
    ["second", INVENTED_DATED_REPORTS_SECOND, 0.9],
  ] as const)
    it(`gives no date where none is supported, and the supported ones right (${name} batch)`, () => {
      const score = scoreInventedDates(reports);
      if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);
      expect(score.invented).toBe(0);
      expect(score.accuracy).toBeGreaterThanOrEqual(reached);
      expect(score.missed).toBe(0);
    });
  // The fifth batch of invented reports (fixtures/invented-reports-5.ts) holds meetings of its own that
  // are still missed (scored in invented-reports.test.ts): here only the dates of those found count.
  // 38 of 39 right before its rules were added ("The day before, X held talks with Z" was undated).
  // Its second probe: 20 of 21 right before ("planned since the conference on 12 March" dated the talks).
  for (const [name, reports, reached] of [
    ["fifth batch of reports", INVENTED_REPORTS_FIFTH, 1],
    ["fifth batch of reports, second probe", INVENTED_REPORTS_FIFTH_B, 1],
    // The third probe, on dates no meeting may be given: 4 invented before ("over the past week", "this
    // week", "a year ago" after a lead's "today").
    ["fifth batch of reports, third probe", INVENTED_REPORTS_FIFTH_C, 1],
    // The sixth batch, on date traps of news English: 13 of 19 right (0 invented) before its rules ("said here
    // Wednesday ... made the remarks when meeting", "said on Wednesday, after a meeting with", an
    // "(ANI):" dateline with its "[India]", "the two speakers last met on 12 June" were wrong).
    // 18 of 19 after them ("from 3 to 5 June" was read too); "two days later" after an arrival told
    // in another paragraph is still undated.
    ["sixth batch, date traps of news English", INVENTED_REPORTS_SIXTH_DATES, 0.94],
    // Its second probe: 8 of 9 right and 1 invented before ("an interview published on Monday" dated
    // the meeting it told of; "At Tuesday's meeting" was not read as restating the talks).
    ["sixth batch, second probe", INVENTED_REPORTS_SIXTH_DATES_B, 1],
  ] as const)
    it(`gives no date where none is supported, and the supported ones right (${name})`, () => {
      const score = scoreInventedDates(reports);
      if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);
      expect(score.invented).toBe(0);
      expect(score.accuracy).toBeGreaterThanOrEqual(reached);
    });
  it("says what every date rests on", () => {
    for (const report of [
      ...INVENTED_DATED_REPORTS,
      ...INVENTED_DATED_REPORTS_SECOND,
      ...INVENTED_REPORTS_FIFTH,
    ])
      for (const m of datesOf(report.text)) if (m.date) expect(m.date.evidence).toMatch(/\w/);
  });
});
