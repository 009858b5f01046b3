/**
 * How news English dates a meeting beyond its own sentence's first date: a page's date stamp glued
 * to the head of the sentence (the later date is the meeting's), and a saying made while talking to
 * the guest ("Talking to X, the Speaker said ..."), dated by the lead that reports the saying. Names
 * are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import {
  anchoredDates,
  inFutureClause,
  isOpeningStamp,
  statedDates,
  yearAnchor,
} from "../../src/extract/dates.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { isPastUndated } from "../../src/extract/late-report.ts";
import { saysDoneToday } from "../../src/extract/meeting-dates.ts";

const datesOf = (text: string) => {
  const { doc, meetings } = extractArticle(parseArticle(text, { id: "t", file: "t.txt", isKnownCity }));
  return meetings.map((m) => ({ people: m.people.map((i) => doc.people[i]?.names[0]).sort(), date: m.date }));
};

describe("a date stamp glued to the head of a sentence", () => {
  it("is told from a date that opens a clause", () => {
    const stamp =
      "March 6, 2024 Ostrian delegation visits the Senate: Senate President Juan Pardo receives the guests.";
    expect(isOpeningStamp(stamp, statedDates(stamp, "2024-03-06")[0] as never)).toBe(true);
    const opening = "March 6, 2024, was the day the Senate President received the guests.";
    expect(isOpeningStamp(opening, statedDates(opening, "2024-03-06")[0] as never)).toBe(false);
    const on = "On March 6, 2024 Senate President Juan Pardo received the guests.";
    expect(isOpeningStamp(on, statedDates(on, "2024-03-06")[0] as never)).toBe(false);
  });
  it("gives way to the meeting's own date later in the sentence", () => {
    const [m] = datesOf(
      " date 2024-03-06 Photo Release\n\nMarch 6, 2024 Ostrian delegation visits the Senate: Senate President Juan Pardo receives Chairman Bold Gantulga of the Ostrian Parliament on 5 March 2024.",
    );
    expect(m?.people).toEqual(["Bold Gantulga", "Juan Pardo"]);
    expect(m?.date?.start).toBe("2024-03-05");
  });
});

describe("a saying made while talking to the guest", () => {
  const lead =
    "ISLAMABAD: National Assembly Speaker Kamran Haidar said on Wednesday that envoys play a key role.";
  it("takes the day the lead gives the saying", () => {
    const [m] = datesOf(
      ` date 2022-10-27 ${lead}\n\nTalking to Ostria’s Ambassador Lena Varga, who called on him, the speaker said that ties were strong.`,
    );
    expect(m?.people).toEqual(["Kamran Haidar", "Lena Varga"]);
    expect(m?.date).toMatchObject({ start: "2022-10-26", basis: "stated" });
  });
  it("gives no date when nothing dates the saying", () => {
    const [m] = datesOf(
      " date 2022-10-27 National Assembly Speaker Kamran Haidar praised envoys.\n\nTalking to Ostria’s Ambassador Lena Varga, who called on him, the speaker said that ties were strong.",
    );
    expect(m?.people).toEqual(["Kamran Haidar", "Lena Varga"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("a visit of one stated day", () => {
  const lead = "On Thursday, Speaker of the Ostrian Parliament Jari Lehto is on a one-day visit to Estonia.";
  it("dates the meetings held and planned during it", () => {
    const dated = datesOf(
      ` date 2023-08-17 Speaker visits Estonia\n\n${lead}\n\nDuring the visit, Lehto met with Riigikogu Speaker Mart Kask. Lehto will also meet President Peeter Tamm.`,
    );
    expect(dated.map((m) => [m.people, m.date?.start])).toEqual([
      [["Jari Lehto", "Mart Kask"], "2023-08-17"],
      [["Jari Lehto", "Peeter Tamm"], "2023-08-17"],
    ]);
  });
});

describe("a visit told with its dates in the past tense", () => {
  const report =
    " date 2023-12-21 Speaker thanks hosts\n\nAt the invitation of Speaker Arun Mehta, a delegation led by the Speaker of the Ostrian Parliament Jari Lehto visited India from 16-20 December 2023, the Foreign Ministry said in a statement today.\n\nDuring the visit, Lehto also had bilateral meetings with the Vice President of India Ravi Kapoor. During the meetings Lehto thanked India for its help in the recent economic crisis.";
  it("dates its meetings with the visit's days, not the day of the statement", () => {
    const dated = datesOf(report);
    expect(dated.length).toBeGreaterThan(0);
    for (const m of dated) expect(m.date).toMatchObject({ start: "2023-12-16", end: "2023-12-20" });
  });
  it("does not read a statement made today as a meeting held today", () => {
    expect(saysDoneToday("The Foreign Ministry said in a statement today that the visit went well.")).toBe(
      false,
    );
    expect(saysDoneToday("The Speaker met the guests today, the ministry said.")).toBe(true);
  });
  it("reads 'recent' as past only of an encounter", () => {
    expect(isPastUndated("Lehto thanked India for its help in the recent economic crisis.")).toBe(false);
    expect(isPastUndated("Lehto recalled their recent talks with Kapoor.")).toBe(true);
  });
});

describe("a date of something to come in a held meeting's sentence", () => {
  const sentence =
    "The Ostrian High Commissioner to Ghana, Lena Varga, paid a courtesy call on the Speaker of Parliament, Kofi Mensah, where she announced that a delegation will be visiting Ghana from 24-25 August, 2017.";
  it("is told from a date in the meeting's clause", () => {
    expect(inFutureClause(sentence, sentence.indexOf("24-25"))).toBe(true);
    const held = "Speaker Kofi Mensah, who will leave for Accra soon, met the envoy on 5 March.";
    expect(inFutureClause(held, held.indexOf("5 March"))).toBe(false);
  });
  it("ends at the reporting clause that follows what was said", () => {
    const told =
      "Senator Ilka Moravec will not be able to come because of the elections, Assembly President Tomas Rund told a briefing following the meeting with Moravec on Tuesday.";
    expect(inFutureClause(told, told.indexOf("Tuesday"))).toBe(false);
    const planned = "Senator Ilka Moravec will visit Ostria on Tuesday.";
    expect(inFutureClause(planned, planned.indexOf("Tuesday"))).toBe(true);
  });
  it("is not given to the courtesy call", () => {
    const [m] = datesOf(` ${sentence}\n\nThe Speaker thanked her.`);
    expect(m?.people).toEqual(["Kofi Mensah", "Lena Varga"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("a yearless date in an article without a publication date", () => {
  const caption = "Anna Brel and Piet Doran, March 4, 2019. Photo: press office";
  it("takes the year of the latest full date the article states", () => {
    expect(yearAnchor([caption, "On March 3, Brel held talks with Doran."])).toBe("2019-03-04");
    expect(anchoredDates("On March 3, Brel held talks with Doran.", "2019-03-04")[0]?.start).toBe(
      "2019-03-03",
    );
  });
  it("reads no weekday or 'today' from the anchor, which is another day", () => {
    expect(anchoredDates("On Tuesday, Brel held talks with Doran.", "2019-03-04")).toEqual([]);
    expect(anchoredDates("Brel held talks with Doran today.", "2019-03-04")).toEqual([]);
  });
  it("has no anchor when the article states no full date", () => {
    expect(yearAnchor(["On March 3, Brel held talks with Doran."])).toBeUndefined();
  });
});
