/**
 * Dates only where the text supports them: stated dates (not the date of a saying or of another
 * event), "today" in a dated report, the publication date only for a same-day report with evidence.
 * Names, places and outlets here are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { calendarDates, reportDates, statedDates } from "../../src/extract/dates.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import {
  isPastUndated,
  isPeriodSummary,
  isRelayedReport,
  isVisitWrapUp,
} from "../../src/extract/late-report.ts";
import { attendedRecently, isTimestampLine, saysDoneToday } from "../../src/extract/meeting-dates.ts";

const meetingsOf = (text: string, published?: string) => {
  const a = parseArticle(published ? ` date ${published} ${text}` : text, {
    id: "t",
    file: "t.txt",
    isKnownCity,
  });
  const { doc, meetings } = extractArticle(a);
  return meetings.map((m) => ({
    people: m.people.map((i) => doc.people[i]?.names[0]).sort(),
    date: m.date,
    place: m.place,
    planned: m.planned,
  }));
};

describe("stated dates of a meeting", () => {
  it("drops the date of a saying", () => {
    const s =
      "Speaker Orvan Teliko made the remarks at a meeting with Ambassador Dilo Marsek, a media report said on Monday.";
    expect(statedDates(s, "2024-03-13")).toEqual([]);
    expect(reportDates(s, "2024-03-13").map((d) => d.start)).toEqual(["2024-03-11"]);
    expect(
      statedDates("The parliament told Veltar News on Sept. 17 that the talks went well.", "2024-09-18"),
    ).toEqual([]);
  });
  it("drops the date of an event named in a relative clause", () => {
    const s =
      "Bora Kantel congratulated Tomas Ivrec on the vote, which took place on April 11, 2024 in Estoria.";
    expect(statedDates(s, "2024-04-15")).toEqual([]);
    // A second reading of the same sentence (from the cache) drops it too.
    expect(statedDates(s, "2024-04-15")).toEqual([]);
  });
  it("keeps the date of the meeting itself", () => {
    const s = "Speaker Orvan Teliko met with Ambassador Dilo Marsek on Monday, the press service said.";
    expect(statedDates(s, "2024-03-13").map((d) => d.start)).toEqual(["2024-03-11"]);
  });
  it("reads a part of the report's day as today and last night as yesterday", () => {
    const read = (when: string) =>
      statedDates(`Speaker Orvan Teliko met Ambassador Dilo Marsek ${when}.`, "2024-03-13").map((d) => [
        d.start,
        d.relative,
      ]);
    for (const when of ["this afternoon", "this evening", "tonight", "this morning"])
      expect(read(when)).toEqual([["2024-03-13", "today"]]);
    expect(read("last night")).toEqual([["2024-03-12", "yesterday"]]);
    expect(read("in the afternoon")).toEqual([]);
    // Said of the saying, not of the meeting.
    expect(statedDates("Teliko told reporters this afternoon that he had met Marsek.", "2024-03-13")).toEqual(
      [],
    );
  });
  it("tells a timestamp line from a lead", () => {
    expect(isTimestampLine("11 Mar. 11:00 (UTC+3 MSK)")).toBe(true);
    expect(isTimestampLine("Speaker Orvan Teliko met Dilo Marsek on 11 March.")).toBe(false);
  });
  it("reads 'today' of the meeting, not of the saying or of an arrival", () => {
    expect(saysDoneToday("Speaker Orvan Teliko today held talks with Dilo Marsek.")).toBe(true);
    expect(saysDoneToday("The delegation will visit the National Museum today.")).toBe(false);
    expect(saysDoneToday("The sides are expected to sign a memorandum today.")).toBe(false);
    expect(saysDoneToday("Orvan Teliko told reporters today that many events took place.")).toBe(false);
    expect(saysDoneToday("The delegation arrived in Estoria today.")).toBe(false);
  });
});

describe("the date a meeting is given", () => {
  it("gives no date to a report without same-day evidence of a visit abroad", () => {
    const text =
      "Speaker of the Senate of Kazakhstan Orvan Teliko met with President of the Senate of Italy Dilo Marsek as part of his working visit to the Republic of Italy.\nThe parties talked about inter-parliamentary cooperation.";
    expect(meetingsOf(text, "2024-11-05")[0]?.date).toBeUndefined();
  });
  it("gives the publication date to a same-day report at home", () => {
    const text =
      "ASTANA. KAZINFORM – Speaker of the Majilis Orvan Teliko held talks with Speaker of the Parliament of Georgia Dilo Marsek, Kazinform reports.\nThe sides discussed trade.";
    expect(meetingsOf(text, "2024-11-05")[0]?.date).toMatchObject({
      start: "2024-11-05",
      basis: "publication",
    });
  });
  it("keeps a same-day report's date beside a plan dated later, not beside a meeting held before", () => {
    const lead =
      "TBILISI – Speaker of the Parliament of Georgia Orvan Teliko received Speaker of the Parliament of Armenia Dilo Marsek in Tbilisi.\nThe sides discussed trade.";
    const withPlan = meetingsOf(
      `${lead}\nMarsek will meet Prime Minister of Georgia Temur Ablani on Friday.`,
      "2024-05-14",
    );
    expect(withPlan.map((m) => m.date?.start)).toEqual(["2024-05-14", "2024-05-17"]);
    expect(withPlan[0]?.date?.basis).toBe("publication");
    // A meeting of the day before makes the report a late one: its other meeting may be of that day.
    const withEarlier = meetingsOf(
      `${lead}\nOn Monday, Marsek met Prime Minister of Georgia Temur Ablani.`,
      "2024-05-14",
    );
    expect(withEarlier.map((m) => m.date?.start)).toEqual([undefined, "2024-05-13"]);
  });
  it("dates the one meeting from a later sentence that restates it", () => {
    const text =
      "Speaker of the Majilis of Kazakhstan Orvan Teliko held a historic meeting with Speaker of the House of Representatives of the United States Dilo Marsek in Washington.\nThe two leaders met at the Capitol on late Wednesday night, April 17, shortly before Teliko flew to Boston.\nThey discussed trade.";
    expect(meetingsOf(text, "2024-04-18")[0]?.date).toMatchObject({ start: "2024-04-17", basis: "stated" });
  });
  it("takes no restated date when the article reports several meetings", () => {
    const text =
      "Speaker of the Majilis of Kazakhstan Orvan Teliko met with Speaker of the Parliament of Georgia Dilo Marsek.\nTeliko also met with Prime Minister of Georgia Vano Kirtadze.\nThe two leaders met before at a forum on April 2.";
    for (const m of meetingsOf(text, "2024-04-18")) expect(m.date?.start).not.toBe("2024-04-02");
  });
  it("gives no date when the report is said to be a day older than the article", () => {
    const text =
      "Speaker of the Majilis of Kazakhstan Orvan Teliko made the remarks at a meeting with Ambassador of Georgia Dilo Marsek, a media report said on Monday.\nThe sides discussed trade.";
    expect(meetingsOf(text, "2024-03-13")[0]?.date).toBeUndefined();
  });
  it("dates every meeting of the day when the lead says 'today'", () => {
    const text =
      "Speaker of the Majilis of Kazakhstan Orvan Teliko today held bilateral meetings on the sidelines of the Assembly of the Union in Estoria.\nTeliko held meetings with Speaker of the Parliament of Georgia Dilo Marsek on the sidelines of the Assembly.\nTeliko also met with Speaker of the Parliament of Armenia Kamo Vetrasyan.";
    const dates = meetingsOf(text, "2024-03-11").map((m) => m.date?.start);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.every((d) => d === "2024-03-11")).toBe(true);
  });
  it("does not carry the start of a trip to the talks that follow", () => {
    const text =
      "Speaker of the Parliament of Malaysia Orvan Teliko began an official visit to Thailand yesterday.\nA statement said that Teliko held bilateral talks with the Speaker of the Parliament of Thailand Dilo Marsek.";
    expect(meetingsOf(text, "2024-01-16")[0]?.date).toBeUndefined();
  });
  it("gives a planned visit's stated day to the meetings planned for it", () => {
    const text =
      "A delegation led by Speaker of the Parliament of Georgia Orvan Teliko will pay an official visit to Russia on September 21.\nDuring the visit, Teliko will meet with Chairman of the State Duma Dilo Marsek.";
    expect(meetingsOf(text, "2024-09-17")[0]?.date?.start).toBe("2024-09-21");
  });
  it("dates a meeting held earlier in the day like the one before it", () => {
    const text =
      "President of Georgia Orvan Teliko on Thursday received Speaker of the Parliament of Armenia Dilo Marsek.\nEarlier in the day, Speaker of the Parliament of Georgia Kamo Vetrasyan also held talks with Marsek.";
    const dates = meetingsOf(text, "2024-02-29").map((m) => m.date?.start);
    expect(dates).toEqual(["2024-02-29", "2024-02-29"]);
  });
  it("gives no publication date to a meeting on the sidelines of a session held elsewhere", () => {
    const text =
      "ASTANA. KAZINFORM Deputy Chairman of the Senate of Kazakhstan Orvan Teliko took part in the summer session of the Assembly held in Valmoray, Austria.\nOn the sidelines of the plenary session Teliko met with Speaker of the Parliament of Georgia Dilo Marsek.";
    const [m] = meetingsOf(text, "2024-07-07");
    expect(m?.date).toBeUndefined();
    expect(m?.place).toBe("Valmoray");
  });
});

describe("the date of a ceremony named beside the talks", () => {
  const thanks =
    "Welcoming Speaker Dilo Marsek, Chairman Orvan Teliko thanked him for his participation in the opening ceremony of the Games held on May 12.";
  it("is not the date of the talks", () => {
    expect(statedDates(thanks, "2022-05-18")).toEqual([]);
    // It is still a date the sentence states, for the readers that ask what the article tells of.
    expect(calendarDates(thanks, "2022-05-18").map((d) => d.start)).toEqual(["2022-05-12"]);
  });
  it("keeps the date of talks dated by the same participle", () => {
    expect(
      statedDates("The talks held on May 12 focused on trade.", "2022-05-18").map((d) => d.start),
    ).toEqual(["2022-05-12"]);
  });
  it("tells an event a guest attended in the days before the report from one only named", () => {
    expect(attendedRecently(thanks, "2022-05-18")).toBe(true);
    expect(attendedRecently(thanks, "2022-08-18")).toBe(false);
    expect(
      attendedRecently(
        "Teliko congratulated Marsek on the referendum, which took place on May 12.",
        "2022-05-18",
      ),
    ).toBe(false);
  });
  it("leaves talks without a date when the guest attended an event days before the report", () => {
    const text =
      "Chairman of the National Assembly of Vietnam Orvan Teliko held talks with Speaker of the Parliament of Armenia Dilo Marsek.\nTeliko thanked Marsek for his participation in the opening ceremony of the Games held on May 12.";
    const [m] = meetingsOf(text, "2022-05-18");
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("reports passed on from another source", () => {
  const talks =
    "Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek";
  it("knows a story taken from other media or a foreign ministry from a press service's release", () => {
    expect(isRelayedReport(undefined, [`${talks}, Veltar News reports referring to Armenian media.`])).toBe(
      true,
    );
    expect(isRelayedReport(undefined, [`${talks}, Veltar cites MFA.`])).toBe(true);
    expect(
      isRelayedReport(undefined, [`${talks}, according to the press service of the Foreign Ministry.`]),
    ).toBe(true);
    expect(isRelayedReport(undefined, [`${talks}, the Embassy's press service reported.`])).toBe(true);
    expect(isRelayedReport(undefined, [`${talks}, local media reported.`])).toBe(true);
    expect(isRelayedReport(undefined, [`${talks}, the Senate's press service reported.`])).toBe(false);
    expect(isRelayedReport(undefined, [`${talks}, Veltar cites the press service of the parliament.`])).toBe(
      false,
    );
  });
  it("knows an embassy's news by the ambassador as the lead's subject", () => {
    const lead = "The Ambassador of Georgia to Armenia Orvan Teliko met with Deputy Speaker Dilo Marsek.";
    expect(isRelayedReport(lead, [lead])).toBe(true);
    const host =
      "Speaker of the Parliament of Armenia Dilo Marsek met with Ambassador of Georgia Orvan Teliko.";
    expect(isRelayedReport(host, [host])).toBe(false);
  });
  it("gives a relayed report no date, and a press service's release the publication date", () => {
    const relayed = meetingsOf(
      `${talks}, Veltar News reports referring to Armenian media.\nThe sides discussed trade.`,
      "2022-05-18",
    );
    expect(relayed[0]?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(relayed[0]?.date).toBeUndefined();
    const ministry = meetingsOf(`${talks}, Veltar cites MFA.\nThe sides discussed trade.`, "2022-05-18");
    expect(ministry[0]?.date).toBeUndefined();
    const release = meetingsOf(
      `TBILISI. VELTAR – ${talks}, Veltar cites the press service of the parliament.\nThe sides discussed trade.`,
      "2022-05-18",
    );
    expect(release[0]?.date).toMatchObject({ start: "2022-05-18", basis: "publication" });
  });
  it("gives an embassy's news no date", () => {
    const text =
      "The Ambassador of Georgia to Armenia Orvan Teliko met with Deputy Speaker of the Parliament of Armenia Dilo Marsek.\nThe sides discussed trade.";
    const [m] = meetingsOf(text, "2022-05-18");
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("meetings told of, planned or welcomed on arrival", () => {
  it("does not date meetings recounted in a statement made today", () => {
    const text =
      "Deputy Speaker of the Parliament of Georgia Orvan Teliko told reporters today that he held talks with Speaker of the Parliament of Armenia Dilo Marsek during the session in Valmoray.";
    const [m] = meetingsOf(text, "2022-05-18");
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
  it("gives a welcome on arrival no date, and the talks their weekday", () => {
    const text =
      "VALMORAY, May 18 (VNA) – Speaker of the Parliament of Vietnam Orvan Teliko on Wednesday held talks with Speaker of the Parliament of Armenia Dilo Marsek in Valmoray.\nDeputy Speaker of the Parliament of Vietnam Kamo Vetrasyan welcomed Marsek upon his arrival in Valmoray.";
    const [talks, welcome] = meetingsOf(text, "2022-05-18");
    expect(talks?.date).toMatchObject({ start: "2022-05-18", basis: "stated" });
    expect(welcome?.people).toEqual(["Dilo Marsek", "Kamo Vetrasyan"]);
    expect(welcome?.date).toBeUndefined();
  });
  it("does not give a planned meeting the day a visit starts", () => {
    const text =
      "Speaker of the Parliament of Malaysia Orvan Teliko is leading a delegation on an official visit to the United Kingdom starting today until May 2.\nIn the UK, Teliko will meet Speaker of the House of Commons Dilo Marsek.";
    const [m] = meetingsOf(text, "2022-04-23");
    expect(m?.planned).toBe(true);
    expect(m?.date).toBeUndefined();
  });
});

describe("visits summed up and meetings told as past", () => {
  const talks = "Teliko met with Speaker of the Parliament of Armenia Dilo Marsek.";
  it("knows a visit that is over", () => {
    expect(isVisitWrapUp("Speaker Orvan Teliko wrapped up his official visit to Armenia.")).toBe(true);
    expect(
      isVisitWrapUp("The official visit of Speaker Orvan Teliko to Armenia ended yesterday evening."),
    ).toBe(true);
    expect(isVisitWrapUp("Orvan Teliko returned from Armenia, where he met Dilo Marsek.")).toBe(true);
    expect(isVisitWrapUp("Orvan Teliko is on an official visit to Armenia.")).toBe(false);
    expect(isVisitWrapUp("The talks ended with the signing of a memorandum.")).toBe(false);
  });
  it("knows a meeting told as past without its day", () => {
    expect(isPastUndated("Orvan Teliko recently met with Dilo Marsek.")).toBe(true);
    expect(isPastUndated("Orvan Teliko met with Dilo Marsek last week.")).toBe(true);
    expect(isPastUndated("Orvan Teliko said he had met with Dilo Marsek.")).toBe(true);
    expect(isPastUndated("Orvan Teliko met with Dilo Marsek in Yerevan.")).toBe(false);
  });
  it("knows a month told by its end or its beginning", () => {
    const met = (when: string) => isPastUndated(`Orvan Teliko met with Dilo Marsek ${when}.`, "2023-05-18");
    expect(met("at the end of February")).toBe(true);
    expect(met("at the beginning of April")).toBe(true);
    expect(met("at the end of the talks")).toBe(false);
  });
  it("knows a report that sums up a week or a month", () => {
    expect(isPeriodSummary("The press service of the Senate has summed up the week.")).toBe(true);
    expect(isPeriodSummary("Here is the weekly digest of the Majilis.")).toBe(true);
    expect(isPeriodSummary("The sides summed up the results of the visit.")).toBe(false);
  });
  it("gives no date to a meeting restated as past without its day, or told in a week summed up", () => {
    const restated = meetingsOf(
      "TBILISI. VELTAR – Speaker Orvan Teliko and Ambassador of Peru Dilo Marsek discussed trade, the press service said. The meeting took place at the end of February.",
      "2023-03-02",
    );
    expect(restated[0]?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(restated[0]?.date).toBeUndefined();
    const week = meetingsOf(
      "TBILISI. VELTAR – The press service has summed up the week. Speaker Orvan Teliko met with Ambassador of Peru Dilo Marsek.",
      "2023-03-02",
    );
    expect(week[0]?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(week[0]?.date).toBeUndefined();
  });
  it("knows a week, a month or a year summed up, and a meeting some time ago", () => {
    expect(isPastUndated("Over the past week, Orvan Teliko met with Dilo Marsek.")).toBe(true);
    expect(isPastUndated("Orvan Teliko met this week with Dilo Marsek.")).toBe(true);
    expect(isPastUndated("A year ago, Orvan Teliko met with Dilo Marsek in Tbilisi.")).toBe(true);
    expect(isPastUndated("Two months ago, Orvan Teliko received Dilo Marsek.")).toBe(true);
    expect(isPastUndated("Orvan Teliko met with Dilo Marsek last year.")).toBe(true);
    expect(isPastUndated("Orvan Teliko met with Dilo Marsek on the first day of the week.")).toBe(false);
  });
  it("knows a month or a year before the publication's from a plan's or the publication's own", () => {
    const met = (when: string) => isPastUndated(`Orvan Teliko met with Dilo Marsek ${when}.`, "2023-05-18");
    expect(met("in March")).toBe(true);
    expect(met("in December 2022")).toBe(true);
    expect(met("in 2019")).toBe(true);
    expect(met("in May")).toBe(false);
    expect(met("to prepare the summit in June")).toBe(false);
    expect(met("in Yerevan on 2 May 2023")).toBe(false);
  });
  it("gives the talks of a visit summed up no date, not even the day it ended", () => {
    for (const lead of [
      "Speaker of the Parliament of Georgia Orvan Teliko wrapped up his official visit to Armenia.",
      "The official visit of Speaker of the Parliament of Georgia Orvan Teliko to Armenia ended yesterday evening.",
    ]) {
      const [m] = meetingsOf(`${lead}\nDuring the visit, ${talks}`, "2022-05-18");
      expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
      expect(m?.date).toBeUndefined();
    }
  });
  it("gives a meeting told as recent no date", () => {
    const [m] = meetingsOf(
      `Speaker of the Parliament of Georgia Orvan Teliko recently met with Speaker of the Parliament of Armenia Dilo Marsek.\nThe sides discussed trade.`,
      "2022-05-18",
    );
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date).toBeUndefined();
  });
});

describe("a wire filed the day before it was published", () => {
  it("dates its same-day report by the dateline's day", () => {
    const text =
      "BEIJING, April 23 (Xinhua) -- Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek in Beijing.\nThe sides discussed trade.";
    const [m] = meetingsOf(text, "2022-04-24");
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date?.start).toBe("2022-04-23");
  });
});

describe("dates from around the meeting's sentence", () => {
  it("drops the day of an arrival told in a clause beside the talks", () => {
    const s =
      "Speaker Orvan Teliko, who arrived in Valmoray late Tuesday on a working visit, made the remarks when meeting with Speaker Dilo Marsek.";
    expect(statedDates(s, "2019-07-24")).toEqual([]);
    expect(
      statedDates("Speaker Orvan Teliko met with Speaker Dilo Marsek on Tuesday.", "2019-07-24").map(
        (d) => d.start,
      ),
    ).toEqual(["2019-07-23"]);
  });
  it("takes the date that opens the sentence before, in the same paragraph", () => {
    const text =
      "The senators of Uzbekistan continue their tour of the region.\nOn September 21, 2021, a delegation of the Senate of Uzbekistan visited Kyrgyzstan. A meeting was held with the Speaker of the Parliament of Kyrgyzstan Dilo Marsek.\nDuring the meeting, Chairwoman of the Senate Vera Teliko noted the trust between the countries.";
    const [m] = meetingsOf(text);
    expect(m?.people).toEqual(["Dilo Marsek", "Vera Teliko"]);
    expect(m?.date).toMatchObject({ start: "2021-09-21", basis: "stated" });
    // Not across a paragraph.
    const apart = meetingsOf(text.replace(". A meeting", ".\nA meeting"));
    expect(apart[0]?.people).toEqual(["Dilo Marsek", "Vera Teliko"]);
    expect(apart[0]?.date).toBeUndefined();
  });
  it("does not take the date of a sentence before that tells of no encounter or visit", () => {
    const [m] = meetingsOf(
      "On 3 March, the Senate adopted the law on tourism. Speaker of the Senate Vera Teliko met with the Ambassador of Peru Dilo Marsek.",
      "2021-03-05",
    );
    expect(m?.people).toEqual(["Dilo Marsek", "Vera Teliko"]);
    expect(m?.date).toBeUndefined();
  });
  it("dates a meeting said to be envisaged by the planned visit", () => {
    const text =
      "A delegation led by Speaker of the Parliament of Georgia Orvan Teliko will pay an official visit to Russia on September 21.\nA meeting between Teliko and Russian Foreign Minister Dilo Marsek is also envisaged.";
    const [m] = meetingsOf(text, "2020-09-17");
    expect(m?.people).toEqual(["Dilo Marsek", "Orvan Teliko"]);
    expect(m?.date?.start).toBe("2020-09-21");
  });
});
