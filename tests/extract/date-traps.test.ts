/**
 * Constructions in which a report states a day that is not the day of its talks: a document's date, a
 * person's election or new post, a holiday marked, a deadline, a day a speaker names in a quote, the
 * day of a telling of talks held before, the year of a document taken for the year of a dateline.
 * Each gives the meeting no date; beside each, a sentence whose day is the talks' keeps it. Names
 * and places here are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { readDateMarker, yearOfMonth } from "../../src/corpus/header.ts";
import { statedDates, todayOfOtherThanTalks, yearAnchor } from "../../src/extract/dates.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { isPastUndated, isPeriodSummary, isVisitWrapUp } from "../../src/extract/late-report.ts";
import { arrivedBefore, dayOfVisit, saysDoneToday } from "../../src/extract/meeting-dates.ts";

// Thursday 16 May 2024.
const PUBLISHED = "2024-05-16";
const days = (s: string) => statedDates(s, PUBLISHED).map((d) => d.start);
const MET = "Speaker Orvan Teliko met with Valdorian Ambassador Dilo Marsek";

/** The date of each meeting of a one-article corpus (`published` null: no date marker). */
function datesOf(text: string, published: string | null = PUBLISHED) {
  const base = extractFacts([
    parseArticle(published ? ` date ${published} ${text}` : text, { id: "x", file: "x.txt", isKnownCity }),
  ]);
  return base.meetings.map((m) => m.date?.start);
}

describe("a day of something the talks name, in the meeting's sentence", () => {
  it("is a document's, dated with 'of' after its name", () => {
    expect(days(`${MET} on the 30th anniversary of the Treaty of Friendship of 3 May 1994.`)).toEqual([]);
    expect(days(`${MET} and noted the importance of the Treaty of Friendship of 12 March 1998.`)).toEqual([]);
    expect(days(`${MET} to discuss Resolution No. 123 of 12.05.2024.`)).toEqual([]);
  });
  it("is a law's taking effect, a ceasefire agreed or a statement issued", () => {
    expect(days(`${MET} and discussed the law on investments, which took effect on 1 January.`)).toEqual([]);
    expect(days(`${MET} and welcomed the ceasefire agreed on 10 May.`)).toEqual([]);
    expect(
      days("In a statement issued on 15 May, the parliament said Orvan Teliko met Dilo Marsek."),
    ).toEqual([]);
  });
  it("is a person's election, oath or new post, told of the one met", () => {
    expect(
      days("Orvan Teliko congratulated Dilo Marsek on his election as Speaker of the Parliament on 2 May."),
    ).toEqual([]);
    expect(days(`${MET}, who was sworn in on 2 May.`)).toEqual([]);
    expect(days(`${MET}, who assumed the chairmanship of the Valdorian Senate on 1 May.`)).toEqual([]);
    expect(days(`${MET}, whose term as Valdorian Speaker began on 1 May.`)).toEqual([]);
    expect(days(`${MET}, who presented his credentials on 2 May.`)).toEqual([]);
    expect(days("Speaker Orvan Teliko, who chaired the plenary sitting on 14 May, met Dilo Marsek.")).toEqual(
      [],
    );
  });
  it("is the start or end of a visit or forum told in a clause, past or to come", () => {
    const plan = (s: string) => statedDates(s, PUBLISHED, true).map((d) => d.start);
    expect(
      plan(
        "Orvan Teliko is expected to meet Dilo Marsek during his visit to Valdoria, which starts tomorrow.",
      ),
    ).toEqual([]);
    expect(plan("Orvan Teliko will meet Dilo Marsek at the forum, which will open on 20 June.")).toEqual([]);
    expect(plan("Orvan Teliko will meet Dilo Marsek at the forum tomorrow.")).toEqual(["2024-05-17"]);
  });
  it("keeps the day of a clause on a person that tells an encounter or a visit", () => {
    expect(days("Speaker Orvan Teliko, who met Dilo Marsek on Tuesday, praised the talks.")).toEqual([
      "2024-05-14",
    ]);
    expect(days(`${MET}, who is in Estoria on a working visit from 12 to 17 May.`)).toEqual(["2024-05-12"]);
  });
  it("is a holiday or an anniversary the talks mark, and what a speaker recalls", () => {
    expect(days(`${MET} on the occasion of Valdoria's Independence Day, 15 May.`)).toEqual([]);
    expect(
      days(`${MET} on the 30th anniversary of the pact between the two countries, 14 May 1994.`),
    ).toEqual([]);
    expect(days(`${MET}, recalling the visit of the first Valdorian delegation on 14 May 1994.`)).toEqual([]);
    // The talks held on the holiday, or a visit marked, keep their day.
    expect(days(`${MET} on the International Day of Parliamentarism, 14 May.`)).toEqual(["2024-05-14"]);
    expect(days(`${MET} on the occasion of his visit on 14 May.`)).toEqual(["2024-05-14"]);
  });
  it("is of what the talks build on or prepare", () => {
    expect(days(`${MET} to follow up on the talks held in Ostria on 2 May.`)).toEqual([]);
    expect(days(`${MET} and discussed the outcomes of the summit in Ostria on 10 May.`)).toEqual([]);
    expect(days(`${MET} to prepare the visit of the Valdorian President to Estoria on 2-4 May.`)).toEqual([]);
    expect(
      days(
        "Orvan Teliko and Dilo Marsek met to discuss the implementation of the agreements reached during the visit of Orvan Teliko to Valdoria on 2-3 May.",
      ),
    ).toEqual([]);
    expect(days(`${MET}, Ambassador of Valdoria (accredited on 2 May).`)).toEqual([]);
    expect(days(`${MET}, as agreed on 3 May.`)).toEqual([]);
    expect(days(`${MET} at the invitation sent on 3 May.`)).toEqual([]);
    expect(days(`${MET} in connection with the request submitted on 3 May.`)).toEqual([]);
    expect(days("Speaker Orvan Teliko was received on 14 May by Valdorian President Dilo Marsek.")).toEqual([
      "2024-05-14",
    ]);
    // The day of the talks themselves, told before what they prepare.
    expect(days(`${MET} on 14 May to prepare the visit of the Valdorian President.`)).toEqual(["2024-05-14"]);
  });
  it("is a deadline", () => {
    expect(days(`${MET} and agreed to finalise the road map by 30 April next year.`)).toEqual([]);
    expect(days(`${MET} and agreed to finish it no later than 30 June.`)).toEqual([]);
  });
  it("is the day of a telling of talks held before it", () => {
    expect(
      days("Orvan Teliko wrote on his Telegram channel on Wednesday that he had met Dilo Marsek."),
    ).toEqual([]);
    expect(days("On Wednesday, the parliament said Orvan Teliko had held talks with Dilo Marsek.")).toEqual(
      [],
    );
    expect(
      days(
        "In an interview with Valdorian TV on Monday, Speaker Orvan Teliko spoke about his meeting with Dilo Marsek.",
      ),
    ).toEqual([]);
    expect(days("In a Facebook post on Monday, Speaker Orvan Teliko said he met with Dilo Marsek.")).toEqual(
      [],
    );
    expect(
      days("On Monday, Speaker Orvan Teliko said that he met with Dilo Marsek during his trip."),
    ).toEqual([]);
    // Words said right after the talks keep their day, which is the talks'.
    expect(
      days("Orvan Teliko, speaking to reporters on Monday after meeting Dilo Marsek, said trade would grow."),
    ).toEqual(["2024-05-13"]);
    // The day of talks told in the simple past stays.
    expect(days("On Wednesday, Orvan Teliko held talks with Dilo Marsek.")).toEqual(["2024-05-15"]);
  });
});

describe("a day in the possessive", () => {
  it("dates the thing it is said of", () => {
    expect(days(`${MET} to discuss yesterday's parliamentary elections.`)).toEqual([]);
    expect(days(`${MET} ahead of Sunday's presidential election.`)).toEqual([]);
    expect(days(`${MET} to discuss Monday's earthquake.`)).toEqual([]);
    // The talks' own day.
    expect(days(`${MET} at Tuesday's meeting of the friendship group.`)).toEqual(["2024-05-14"]);
    expect(days("Yesterday's talks between Orvan Teliko and Dilo Marsek lasted two hours.")).toEqual([
      "2024-05-15",
    ]);
  });
});

describe("a weekday of the week before or after the report's", () => {
  it("is counted in that week, from Monday", () => {
    expect(days(`${MET} on Monday last week.`)).toEqual(["2024-05-06"]);
    expect(days(`${MET} on Friday of last week.`)).toEqual(["2024-05-10"]);
    expect(days(`${MET} on Sunday last week.`)).toEqual(["2024-05-12"]);
    expect(
      statedDates(`Orvan Teliko will meet Dilo Marsek on Monday next week.`, PUBLISHED, true).map(
        (d) => d.start,
      ),
    ).toEqual(["2024-05-20"]);
    expect(days(`${MET} on Monday.`)).toEqual(["2024-05-13"]);
  });
});

describe("a day that is part of a name or names an event", () => {
  it("is no date of the talks", () => {
    expect(days(`${MET}, the Sunday Times reported.`)).toEqual([]);
    expect(days(`${MET} and discussed the Good Friday Agreement.`)).toEqual([]);
    expect(days(`${MET} to discuss the May 9 commemorations.`)).toEqual([]);
    expect(days(`${MET} ahead of 9 May celebrations.`)).toEqual([]);
    expect(days(`${MET} on the occasion of March 8.`)).toEqual([]);
    expect(days(`${MET} after 10 May.`)).toEqual([]);
    // The talks' own weekday or date, told before a name or an event.
    expect(days(`${MET} on Friday, the Sunday Times reported.`)).toEqual(["2024-05-10"]);
    expect(days(`${MET} on 9 May at the summit.`)).toEqual(["2024-05-09"]);
  });
});

describe("a day a speaker names in a quoted remark", () => {
  it("is not the talks' when the remark tells of no encounter or visit", () => {
    expect(
      days(`"On 9 May we celebrated Victory Day together," Orvan Teliko said at a meeting with Dilo Marsek.`),
    ).toEqual([]);
    expect(days(`"Today our countries are close partners," Orvan Teliko said during the meeting.`)).toEqual(
      [],
    );
  });
  it("is not the talks' when the encounter it tells is long before the report", () => {
    expect(
      days(
        `"When we met in Ostria on 3 March, we agreed to deepen our ties," Orvan Teliko told Dilo Marsek.`,
      ),
    ).toEqual([]);
  });
  it("is the talks' or the visit's when the remark tells them, recent or planned", () => {
    expect(days(`"Yesterday we held talks with the Speaker," Orvan Teliko said.`)).toEqual(["2024-05-15"]);
    expect(days(`"The delegation will visit Ostria on May 27-28," the press service said.`)).toEqual([
      "2024-05-27",
    ]);
  });
});

describe("an article's own day against days of other things", () => {
  it("takes no year for a yearless day from a document's date", () => {
    expect(yearAnchor(["The sides recalled the treaty signed on 3 May 1994."])).toBeUndefined();
    expect(yearAnchor(["Orvan Teliko and Dilo Marsek, December 18, 2017."])).toBe("2017-12-18");
    expect(datesOf(`${MET} on 5 March. The sides recalled the treaty signed on 3 May 1994.`, null)).toEqual([
      undefined,
    ]);
  });
  it("takes no year for a dateline from the month a document was signed", () => {
    expect(yearOfMonth("The sides noted the agreement signed in May 2019.", 5)).toBeUndefined();
    expect(yearOfMonth("The visit took place in December, 2017.", 12)).toBe(2017);
    expect(
      datesOf(`ASTANA, May 14 – ${MET} on Monday. The sides noted the agreement signed in May 2019.`, null),
    ).toEqual([undefined]);
  });
  it("takes no day from a sentence that tells the people's first encounter", () => {
    expect(
      datesOf(
        "Speaker Orvan Teliko received Valdorian Speaker Dilo Marsek. Orvan Teliko and Dilo Marsek first met at a conference in Ostria on 10 May.",
      ),
    ).toEqual([undefined]);
  });
  it("takes no day from a phone call before the visit, nor from one more meeting of the same people", () => {
    const received =
      "Speaker Orvan Teliko received Valdorian Speaker Dilo Marsek during his visit to Estoria.";
    expect(
      datesOf(
        `${received} Before the visit, on Monday, Orvan Teliko had a telephone conversation with Dilo Marsek.`,
      ),
    ).toEqual([undefined]);
    expect(
      datesOf(`${received} Orvan Teliko and Dilo Marsek also met on 2 May in Ostria, at the summit.`),
    ).toEqual([undefined]);
    // A joint briefing of the two on a day of the report's week is of their talks.
    expect(
      datesOf(
        `${received} Orvan Teliko said at a joint briefing with Dilo Marsek on Wednesday that trade grew.`,
      ),
    ).toEqual(["2024-05-15"]);
  });
  it("knows a 'today' that names an anniversary from one said of talks", () => {
    expect(saysDoneToday("Today is the anniversary of the first visit of an Estorian delegation.")).toBe(
      false,
    );
    expect(saysDoneToday("Today marks 30 years since the two parliaments signed the accord.")).toBe(false);
    expect(saysDoneToday("Speaker Orvan Teliko today held talks with Dilo Marsek.")).toBe(true);
    // One reading of the days "today" names, for a stated date and for the report's "today" alike.
    for (const day of ["Today is Independence Day in Valdoria.", "Today marks two decades of the accord."]) {
      expect(todayOfOtherThanTalks(day), day).toBe(true);
      expect(saysDoneToday(day), day).toBe(false);
    }
    expect(
      datesOf(
        `Today is the anniversary of the first visit of an Estorian delegation to Valdoria. ${MET} during his trip to Valdoria.`,
      ),
    ).toEqual([undefined]);
    expect(datesOf("Speaker Orvan Teliko today held talks with Valdorian Ambassador Dilo Marsek.")).toEqual([
      PUBLISHED,
    ]);
  });
  it("gives no date to the talks of a visit whose return is told with its day", () => {
    expect(isVisitWrapUp("Orvan Teliko returned home on Tuesday from Valdoria, where he met Y.")).toBe(true);
    expect(
      datesOf(
        "Speaker Orvan Teliko returned home on Tuesday from Valdoria, where he held talks with President Dilo Marsek.",
      ),
    ).toEqual([undefined]);
  });
  it("gives no date to talks a quote's 'today' seems to frame", () => {
    expect(
      datesOf(
        `Speaker Orvan Teliko held talks with Valdorian President Dilo Marsek during his visit to Valdoria. "Today our countries are close partners," Orvan Teliko said during the meeting.`,
      ),
    ).toEqual([undefined]);
  });
});

describe("the publication date and the day of the report", () => {
  it("reads a date marker written loosely, so that its date is not glued to the title", () => {
    expect(readDateMarker(" date 2024-5-16 Speaker meets Ambassador").published).toBe(PUBLISHED);
    expect(readDateMarker(" date 16.05.2024 Speaker meets Ambassador")).toEqual({
      published: PUBLISHED,
      rest: "Speaker meets Ambassador",
    });
    expect(readDateMarker(" date 2024-13-45 Title").published).toBeUndefined();
    // The weekday is then told from the marker's day.
    expect(datesOf(` date 16.05.2024 Speaker meets Ambassador\n\n${MET} on Tuesday.`, null)).toEqual([
      "2024-05-14",
    ]);
  });
  it("gives no publication date to talks of a visit that began days before the report", () => {
    expect(
      arrivedBefore("The delegation arrived in Astana on Monday for a three-day visit.", PUBLISHED),
    ).toBe(true);
    expect(arrivedBefore("The delegation arrived in Astana today for a three-day visit.", PUBLISHED)).toBe(
      false,
    );
    expect(arrivedBefore("The delegation will arrive in Astana on Monday.", PUBLISHED)).toBe(false);
    // The day told in a clause of the guest, which the meeting's own days leave out.
    expect(arrivedBefore(`${MET}, who arrived in Astana on Monday with a delegation.`, PUBLISHED)).toBe(true);
    expect(arrivedBefore(`${MET}, who first arrived in Astana on 3 March 2019.`, PUBLISHED)).toBe(false);
    const lead = "ASTANA. KAZINFORM – The Valdorian parliamentary delegation";
    expect(datesOf(`${lead} arrived in Astana on Monday for a three-day visit. ${MET}.`)).toEqual([
      undefined,
    ]);
    // A same-day report from the meeting's city keeps the publication date.
    expect(datesOf(`${lead} arrived in Astana today. ${MET}.`)).toEqual([PUBLISHED]);
  });
  it("knows a week in review", () => {
    expect(isPeriodSummary("Speaker Orvan Teliko's week in review: talks with two ambassadors.")).toBe(true);
    expect(isPeriodSummary("Speaker Orvan Teliko reviewed the draft law.")).toBe(false);
  });
});

describe("days the article gives around talks of a visit", () => {
  const talks =
    "Speaker Orvan Teliko held talks with Valdorian Speaker Dilo Marsek during his visit to Valdoria.";
  it("are not the days of another's visit", () => {
    expect(
      datesOf(
        `Speaker Orvan Teliko received Valdorian Ambassador Dilo Marsek. Dilo Marsek informed him about the results of the visit of the Valdorian Prime Minister to Ostria from 6 to 8 May.`,
      ),
    ).toEqual([undefined]);
    expect(
      datesOf(`${talks} The visit of the Valdorian President to Estoria took place on 2-4 May.`),
    ).toEqual([undefined]);
    // The visit of one of the meeting's people frames the talks the article tells of it.
    expect(
      datesOf(
        "The visit of Speaker Orvan Teliko to Valdoria took place on 13-15 May. Orvan Teliko held talks with Valdorian Speaker Dilo Marsek.",
      ),
    ).toEqual(["2024-05-13"]);
  });
  it("are not the report's day when 'today' means these days", () => {
    expect(saysDoneToday("Valdoria today holds the rotating presidency of the Council of Europe.")).toBe(
      false,
    );
    expect(saysDoneToday("Today the two parliaments hold regular consultations on security.")).toBe(false);
    expect(saysDoneToday("Estoria today is one of Valdoria's main partners.")).toBe(false);
    expect(saysDoneToday("Today Samarkand hosts many international forums and meetings.")).toBe(false);
    expect(saysDoneToday("Today, Orvan Teliko held a number of meetings with foreign guests.")).toBe(true);
    expect(saysDoneToday("Valdoria is today visited by thousands of Estorian tourists.")).toBe(false);
    expect(saysDoneToday("The two countries today maintain an intensive dialogue and hold meetings.")).toBe(
      false,
    );
    expect(saysDoneToday("Dilo Marsek told him that today Valdoria receives more tourists than ever.")).toBe(
      false,
    );
    expect(
      datesOf(`${talks} Valdoria today holds the rotating presidency of the Council of Europe.`),
    ).toEqual([undefined]);
    expect(datesOf(`${talks} Today the two parliaments hold regular consultations on security.`)).toEqual([
      undefined,
    ]);
    expect(saysDoneToday("Today's programme includes meetings with the leaders of the factions.")).toBe(
      false,
    );
    expect(saysDoneToday("The visit continues today with a trip to the Academy of Sciences.")).toBe(false);
    expect(datesOf(`${talks} The visit continues today with a trip to the Academy of Sciences.`)).toEqual([
      undefined,
    ]);
    expect(days(`${MET} during his visit to Valdoria, which continues today.`)).toEqual([]);
    // Today's talks are of the report's day.
    expect(datesOf(`${talks} Today's meeting is the third in a year.`)).toEqual([PUBLISHED]);
  });
  it("are not an earlier encounter's, restated long before the report", () => {
    expect(datesOf(`${talks} The two speakers met in Ostria on 3 May 2023.`)).toEqual([undefined]);
    expect(datesOf(`${talks} The two speakers met in Ostria on 14 May.`)).toEqual(["2024-05-14"]);
  });
});

describe("the lead's day, for the talks the article tells after it", () => {
  const talks = "Speaker Orvan Teliko also met with Valdorian Speaker Dilo Marsek.";
  it("is not the day of a forum's close or of a law signed", () => {
    expect(
      datesOf(
        `Speaker Orvan Teliko yesterday attended the closing ceremony of the Eurasian Forum in Ostria. ${talks}`,
      ),
    ).toEqual([undefined]);
    expect(datesOf(`Speaker Orvan Teliko yesterday signed the law on the state budget. ${talks}`)).toEqual([
      undefined,
    ]);
  });
  it("is the day of meetings it reports, or of a document signed between sides", () => {
    expect(
      datesOf(`Speaker Orvan Teliko yesterday held meetings with foreign parliamentarians. ${talks}`),
    ).toEqual(["2024-05-15"]);
    expect(
      datesOf(
        `The speakers of the two parliaments yesterday signed a memorandum of understanding on cooperation. ${talks}`,
      ),
    ).toEqual(["2024-05-15"]);
  });
});

describe("a same-day report from the meeting's city", () => {
  const wire = "ASTANA. KAZINFORM –";
  const talks = "Senate Speaker Orvan Teliko met with Valdorian Speaker Dilo Marsek";
  it("is not one that gathers a past week's meetings", () => {
    expect(
      datesOf(
        `${wire} This week, Senate Speaker Orvan Teliko held several meetings with foreign guests. Orvan Teliko met with Valdorian Speaker Dilo Marsek.`,
      ),
    ).toEqual([undefined]);
    expect(
      datesOf(
        `${wire} Earlier this week, Senate Speaker Orvan Teliko received a delegation of Valdoria. Orvan Teliko held talks with Valdorian Speaker Dilo Marsek.`,
      ),
    ).toEqual([undefined]);
    // A year named in passing is history, not the period of the report.
    expect(
      datesOf(
        `${wire} ${talks}. This year the two parliaments planned to hold the meeting of the friendship groups.`,
      ),
    ).toEqual([PUBLISHED]);
  });
  it("is not one that puts its talks some days back, or in a part of the month begun before its day", () => {
    for (const when of [
      "during the week",
      "within the last few days",
      "some days ago",
      "a fortnight ago",
      "in early May",
      "at the beginning of May",
      "in the first days of May",
    ]) {
      expect(isPastUndated(`${talks} ${when}.`, PUBLISHED)).toBe(true);
      expect(datesOf(`${wire} ${talks} ${when}.`)).toEqual([undefined]);
    }
    // Early in the month of a report of its first days, or the month's end, is not past.
    expect(isPastUndated(`${talks} in early May.`, "2024-05-03")).toBe(false);
    expect(isPastUndated(`${talks} in mid-May.`, "2024-05-10")).toBe(false);
    expect(isPastUndated(`${talks} and agreed to meet again in late May.`, PUBLISHED)).toBe(false);
    expect(datesOf(`${wire} ${talks}.`)).toEqual([PUBLISHED]);
  });
});

describe("a dateline that prints a day", () => {
  const talks = "Senate Speaker Orvan Teliko met with Valdorian Speaker Dilo Marsek in Astana";
  it("much older than the page leaves the day of the report unknown", () => {
    expect(datesOf(`ASTANA, May 2 (Kazinform) – ${talks}.`)).toEqual([undefined]);
    expect(datesOf(`ASTANA, May 2 (Kazinform) – ${talks} on Tuesday.`)).toEqual([undefined]);
    // A calendar date is the text's own.
    expect(datesOf(`ASTANA, May 2 (Kazinform) – ${talks} on 30 April.`)).toEqual(["2024-04-30"]);
  });
  it("a day before the page is the day of the report", () => {
    expect(datesOf(`ASTANA, May 15 (Kazinform) – ${talks}.`)).toEqual(["2024-05-15"]);
  });
  it("late in December on a page of January is of the year before", () => {
    const article = parseArticle(` date 2025-01-03 ASTANA, December 30 (Kazinform) – ${talks} yesterday.`, {
      id: "x",
      file: "x.txt",
      isKnownCity,
    });
    expect(article.datelineDate).toBe("2024-12-30");
    expect(datesOf(`ASTANA, December 30 (Kazinform) – ${talks} yesterday.`, "2025-01-03")).toEqual([
      "2024-12-29",
    ]);
  });
});

describe("a day of a visit named by its place in it", () => {
  const span = { start: "2024-05-13", end: "2024-05-15", basis: "stated" as const, evidence: "" };
  it("is that day of the visit's dates", () => {
    expect(dayOfVisit("On the last day of his visit, X met Y.", span)?.start).toBe("2024-05-15");
    expect(dayOfVisit("On the second day of the official visit, X met Y.", span)?.start).toBe("2024-05-14");
    expect(dayOfVisit("On the fifth day of the visit, X met Y.", span)).toBeUndefined();
    expect(dayOfVisit("During the visit, X met Y.", span)).toBeUndefined();
    expect(
      datesOf(
        "On the last day of his visit to Valdoria, Speaker Orvan Teliko met with Valdorian President Dilo Marsek. The visit lasted from 13 to 15 May.",
      ),
    ).toEqual(["2024-05-15"]);
  });
});
