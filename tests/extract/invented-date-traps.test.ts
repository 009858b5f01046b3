/**
 * The trap sets of fixtures/invented-dates-traps*.ts (dates of other events, deadlines, anniversaries,
 * wrap-ups, page furniture), and the constructions they found unread: a yearless day told with "last
 * year" / "next year", a page's publication line printed day first or between paragraphs, and the day
 * of a first encounter told of people who meet again.
 * Names and places are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { findDate, isPublicationLine, readTimestampLine } from "../../src/corpus/header.ts";
import { statedDates } from "../../src/extract/dates.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { INVENTED_DATE_TRAPS } from "./fixtures/invented-dates-traps.ts";
import { FIFTH_TRAP_COUNTS, INVENTED_DATE_TRAPS_FIFTH } from "./fixtures/invented-dates-traps-fifth.ts";
import { INVENTED_DATE_TRAPS_FOURTH } from "./fixtures/invented-dates-traps-fourth.ts";
import { INVENTED_DATE_TRAPS_SECOND } from "./fixtures/invented-dates-traps-second.ts";
import { INVENTED_DATE_TRAPS_THIRD, THIRD_TRAP_COUNTS } from "./fixtures/invented-dates-traps-third.ts";
import { scoreInventedDates } from "./invented-date-score.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

// Thursday 16 May 2024.
const PUBLISHED = "2024-05-16";
const days = (s: string, future = false) => statedDates(s, PUBLISHED, future).map((d) => d.start);
const MET = "Speaker Orvan Teliko met Ambassador Dilo Marsek";
/** The date score of a trap set, printed when PARLBOT_SHOW_SCORE=1. */
const shownScore = (reports: Parameters<typeof scoreInventedDates>[0]) => {
  const score = scoreInventedDates(reports);
  if (process.env.PARLBOT_SHOW_SCORE === "1") console.log(score);
  return score;
};

describe("the trap set of invented reports", () => {
  // Before the two rules below: 11 of 14 dated meetings right, 0 invented ("on 20 May last year" was
  // read as this year's and dropped as a day to come; "Published: 16/05/2024" was not read).
  // The second, harder set: 3 of 4 dated meetings right and 1 invented before its two rules ("who first
  // met on 3 March 2019" dated today's talks; "Last year, on 20 May" was read as this year's).
  // The third set, in the agencies' shape (title, time line, dateline): 27 of 29 dated meetings right
  // and 4 of 63 undated ones given a day before the rules of the describe blocks below ("where on
  // Monday the governments signed", "No. 112 dated 3 June 2024", "who visited Astana on 3 May 2023",
  // "who paid a visit on 3 October", "On the same day" after a dated opening, "the day before yesterday").
  // The fourth set (137 reports, of the s21 round): 58 of 62 dated meetings right and 10 undated ones
  // given a day before its rules ("two days ago", "at the beginning of the week", "previously met", "who
  // addressed the forum on Tuesday, also met", "the visit that began on Monday", a held meeting "on 20
  // January" in a report of the 16th, a lead dating a speech then "also held meetings", "during his
  // three-day visit", "between 12 and 14 January", "over two days").
  for (const [name, reports] of [
    ["first set", INVENTED_DATE_TRAPS],
    ["second set", INVENTED_DATE_TRAPS_SECOND],
    ["third set", INVENTED_DATE_TRAPS_THIRD],
    ["fourth set", INVENTED_DATE_TRAPS_FOURTH],
  ] as const)
    it(`gives no meeting a date the text does not give it, and the dated ones right (${name})`, () => {
      const score = shownScore(reports);
      expect(reports.length).toBeGreaterThanOrEqual(20);
      expect(score.invented).toBe(0);
      expect(score.missed).toBe(0);
      expect(score.accuracy).toBe(1);
    });
  // The fifth set (96 reports of the s23 round, later meetings after a dated lead): 115 of 121 dated
  // meetings right and 3 undated ones given a day before its rules ("X today concluded his visit.
  // During the visit, X met Y", "X today ended his visit with talks with Y. X also met Z", and
  // "Afterwards", "After that", "During the day", "... the same day." not carrying the day before).
  // One dated meeting stays undated: a same-day report's lead beside a meeting dated on Tuesday
  // (another day told makes the report's day no evidence). Eleven meetings were not found at all
  // (finders' misses: "after which he held talks with", "; he also met", "and on Tuesday with"); since
  // the second clause's encounter is read (tests/extract/meeting-chains.test.ts), seven, none of them a
  // chain: "has met ... several times", a visit programme's meeting, "was earlier received by", a
  // meeting told only as "His talks with Y focused on ...", and the like.
  it("gives no meeting a date the text does not give it (fifth set, later meetings after a lead)", () => {
    const score = shownScore(INVENTED_DATE_TRAPS_FIFTH);
    expect(INVENTED_DATE_TRAPS_FIFTH.length).toBeGreaterThanOrEqual(80);
    expect(FIFTH_TRAP_COUNTS.withheld).toBeGreaterThanOrEqual(40);
    expect(score.invented).toBe(0);
    expect(score.right).toBeGreaterThanOrEqual(124);
    expect(score.missed).toBeLessThanOrEqual(7);
  });
  it("holds at least 50 reports in all", () => {
    expect(INVENTED_DATE_TRAPS.length + INVENTED_DATE_TRAPS_SECOND.length).toBeGreaterThanOrEqual(50);
  });
  it("holds in its third set at least 40 undated meetings' reports and 20 dated ones", () => {
    expect(THIRD_TRAP_COUNTS.unsupported).toBeGreaterThanOrEqual(40);
    expect(THIRD_TRAP_COUNTS.supported).toBeGreaterThanOrEqual(20);
  });
});

describe("a day without its year, told with 'last year', 'next year' or 'this year'", () => {
  it("takes the year from the publication's", () => {
    expect(days(`${MET} on 20 May last year.`)).toEqual(["2023-05-20"]);
    expect(days(`On May 20 last year, ${MET}.`)).toEqual(["2023-05-20"]);
    expect(days(`${MET} on 12 January, last year.`)).toEqual(["2023-01-12"]);
    expect(days("Orvan Teliko will visit Norland on 3 March next year.", true)).toEqual(["2025-03-03"]);
    expect(days(`${MET} on 10 May this year.`)).toEqual(["2024-05-10"]);
  });
  it("takes it from the words before the day too", () => {
    expect(days(`Last year, on 20 May, ${MET}.`)).toEqual(["2023-05-20"]);
    expect(days(`Next year on 3 March, Orvan Teliko will visit Norland.`, true)).toEqual(["2025-03-03"]);
  });
  it("after 'last' or 'next', is the day's latest occurrence before the report or its first after", () => {
    expect(days(`${MET} last December 12.`)).toEqual(["2023-12-12"]);
    expect(days(`${MET} last March 3.`)).toEqual(["2024-03-03"]);
    expect(days("Orvan Teliko will visit Norland next March 3.", true)).toEqual(["2025-03-03"]);
    expect(days("Orvan Teliko will visit Norland next December 3.", true)).toEqual(["2024-12-03"]);
  });
  it("reads a range of days so too", () => {
    expect(statedDates(`${MET} from 3 to 5 June last year.`, PUBLISHED)[0]).toMatchObject({
      start: "2023-06-03",
      end: "2023-06-05",
    });
  });
  it("leaves a day with its own year and a month alone as they were", () => {
    expect(days(`${MET} on 20 May 2022, last year of his term.`)).toEqual(["2022-05-20"]);
    expect(days(`${MET} last December.`)).toEqual([]);
    expect(days(`${MET} on 10 May.`)).toEqual(["2024-05-10"]);
  });
});

describe("a page's publication line", () => {
  it("is read day first when its first number cannot be a month", () => {
    expect(findDate("Published: 16/05/2024")).toBe("2024-05-16");
    expect(findDate("05/16/2024")).toBe("2024-05-16");
    expect(findDate("05/06/2024")).toBe("2024-05-06"); // ambiguous: month first, as before
  });
  it("is known by its opening word and its date", () => {
    const stamps = [
      "Published: 16/05/2024",
      "Updated 16.05.2024 10:45",
      "Posted on 2024-05-16",
      "Last updated: 16 May 2024, 10:45",
      "Last updated on 16.05.2024 at 10:45",
      "Updated: 2024-05-16T10:45:00+02:00",
      "Date of publication: 16.05.2024",
    ];
    expect(stamps.map(readTimestampLine)).toEqual(stamps.map(() => "2024-05-16"));
    expect(stamps.filter(isPublicationLine)).toEqual(stamps);
    const sentences = [
      "Published in 2019, the report on 16 May 2024 was cited by many.",
      "Updated rules take effect on 1 June 2024 in Korvia for all members.",
    ];
    expect(sentences.filter(isPublicationLine)).toEqual([]);
    // A stamp's words ("on", "at") count against a line that does not open as one.
    expect(readTimestampLine("Talks held on 16 May 2024 at Korvia")).toBeUndefined();
  });
  it("gives the publication date in the head and no sentence in the body", () => {
    const head = parseArticle(
      "Speaker meets envoy\nPublished: 16/05/2024\n\nSpeaker Orvan Teliko met Dilo Marsek.",
      {
        id: "x",
        isKnownCity,
      },
    );
    expect(head.published).toBe("2024-05-16");
    const body = parseArticle(
      " date 2024-05-16 Speaker Orvan Teliko met Dilo Marsek.\n\nUpdated 14.05.2024 10:45\n\nThe sides discussed trade.",
      { id: "x", isKnownCity },
    );
    expect(body.paragraphs.flat().some((s) => s.includes("Updated"))).toBe(false);
    expect(body.paragraphs.flat()).toHaveLength(2);
  });
});

describe("the day of a first encounter, told of the people who meet again", () => {
  it("is not the day of the talks", () => {
    expect(
      days("Orvan Teliko and Dilo Marsek, who first met on 3 March 2019, held talks in Korvia."),
    ).toEqual([]);
    expect(days(`${MET} for the fifth time since they first met in Korvia on 5 May 2020.`)).toEqual([]);
  });
  it("leaves a meeting's own day and a first meeting told as today's alone", () => {
    expect(days(`${MET} on 14 May, and first met his deputy.`)).toEqual(["2024-05-14"]);
    expect(days("Orvan Teliko first met Dilo Marsek on 14 May and then Ivo Brant.")).toEqual(["2024-05-14"]);
  });
});

describe("a day in a clause on the place of the talks, opened by 'where'", () => {
  it("is of what the clause tells", () => {
    expect(
      days("Orvan Teliko met Dilo Marsek in Korvia, where on Monday the two governments signed a deal."),
    ).toEqual([]);
    expect(days("Orvan Teliko met Dilo Marsek in Korvia, where the new bridge opened on 14 May.")).toEqual(
      [],
    );
  });
  it("is the talks' when the clause tells the encounter", () => {
    expect(days("Orvan Teliko arrived in Korvia, where on Tuesday he met Dilo Marsek.")).toEqual([
      "2024-05-14",
    ]);
    expect(days("Orvan Teliko flew to Korvia, where he was received by Dilo Marsek on 15 May.")).toEqual([
      "2024-05-15",
    ]);
  });
});

describe("a document told with 'dated' before its day", () => {
  it("dates the document", () => {
    expect(days(`${MET} to discuss the law No. 112 dated 3 June 2024.`)).toEqual([]);
    expect(days(`${MET} on 14 May to discuss the decree dated 3 May.`)).toEqual(["2024-05-14"]);
  });
});

describe("a visit of the person met, told in the past simple in a clause", () => {
  it("is the person's past, not the talks' day", () => {
    expect(days(`${MET}, who visited Korvia on 3 May 2023.`)).toEqual([]);
    expect(days(`${MET}, who paid an official visit to Korvia on 3 May with the Premier.`)).toEqual([]);
  });
  it("leaves a stay under way and an encounter in the clause dated", () => {
    expect(days(`${MET}, who is in Korvia on a working visit from 12 to 17 May.`)).toEqual(["2024-05-12"]);
    expect(
      days("Dilo Marsek, who visited Korvia and met Orvan Teliko on 14 May, praised the talks."),
    ).toEqual(["2024-05-14"]);
  });
});

describe("'the day before yesterday'", () => {
  it("is two days before the report", () => {
    expect(days(`The day before yesterday, ${MET}.`)).toEqual(["2024-05-14"]);
    expect(days(`Yesterday, ${MET}.`)).toEqual(["2024-05-15"]);
  });
});

describe("a meeting 'on the same day' with no meeting told before it", () => {
  it("takes the one day of the sentence before", () => {
    const [m] = placesAndDatesOf(
      "On Monday, Speaker Orvan Teliko opened an exhibition in Korvia. On the same day, he met Ambassador Dilo Marsek.",
      "2024-05-16",
    );
    expect(m?.date?.start).toBe("2024-05-13");
  });
  it("takes none when that sentence states no day, or the one before is of another paragraph", () => {
    const [m] = placesAndDatesOf(
      "Speaker Orvan Teliko opened an exhibition in Korvia. On the same day, he met Ambassador Dilo Marsek.",
      "2024-05-16",
    );
    expect(m?.date).toBeUndefined();
    const [n] = placesAndDatesOf(
      "On Monday, Speaker Orvan Teliko opened an exhibition in Korvia.\n\nOn the same day, he met Ambassador Dilo Marsek.",
      "2024-05-16",
    );
    expect(n?.date).toBeUndefined();
  });
});

describe("a 'today' that is not the talks' day", () => {
  it("opens words said in the speaker's present, set before the speaker", () => {
    expect(
      days(
        "Today, Valdoria and Norland are reliable partners, said Orvan Teliko at the meeting with Dilo Marsek.",
      ),
    ).toEqual([]);
    // A meeting told as done keeps its "today", whatever follows it.
    expect(days("Today, Orvan Teliko met Dilo Marsek, the press service said.")).toEqual(["2024-05-16"]);
  });
  it("ends a visit whose talks a clause tells", () => {
    expect(
      days("Orvan Teliko today concluded his visit to Korvia, during which he met Dilo Marsek."),
    ).toEqual([]);
    expect(days("Orvan Teliko today concluded his visit to Korvia with talks with Dilo Marsek.")).toEqual([
      "2024-05-16",
    ]);
  });
});

describe("a visit told with a possessive of someone the meeting does not hold", () => {
  it("gives its days to no meeting", () => {
    const [m] = placesAndDatesOf(
      "Speaker Orvan Teliko met Ambassador Dilo Marsek. Marsek thanked him for the welcome given to the Malaysian Prime Minister during his visit to Korvia on 1-2 May.",
      "2024-05-16",
    );
    expect(m?.date).toBeUndefined();
  });
  it("gives them when the possessive is of the meeting's own visitor", () => {
    const [m] = placesAndDatesOf(
      "Speaker Orvan Teliko met Ambassador Dilo Marsek. Marsek was in Korvia during his visit on 14-15 May.",
      "2024-05-16",
    );
    expect(m?.date?.start).toBe("2024-05-14");
  });
});

describe("a meeting placed in a stay of several days", () => {
  it("takes no day from a lead that dates something else", () => {
    const text = (frame: string) =>
      `On Tuesday, the Valdorian delegation laid a wreath at the memorial in Korvia.\n\nSpeaker Orvan Teliko also held talks with Dilo Marsek${frame}.`;
    expect(placesAndDatesOf(text(" during the three-day visit"), "2024-05-16")[0]?.date).toBeUndefined();
    expect(placesAndDatesOf(text(""), "2024-05-16")[0]?.date?.start).toBe("2024-05-14");
  });
});

describe("a vote dated after its name and its place", () => {
  it("is the vote's day, not the talks'", () => {
    expect(
      days(`${MET} and congratulated him on the holding of the presidential elections in Korvia on 9 May.`),
    ).toEqual([]);
    expect(days(`${MET} ahead of the parliamentary polls on Sunday.`)).toEqual([]);
    expect(days(`${MET} on 14 May, after the elections.`)).toEqual(["2024-05-14"]);
  });
});

describe("a day of a visit named by its place in it, for a meeting told later", () => {
  const visit =
    'Speaker Orvan Teliko paid an official visit to Korvia from 9 to 11 May.\n\nOn the final day, Teliko addressed the Diet. "Our ties are strong," he said. He later met Ambassador Dilo Marsek.';
  it("is the day of the meeting told as coming after it in the paragraph", () => {
    expect(placesAndDatesOf(visit, "2024-05-16")[0]?.date?.start).toBe("2024-05-11");
  });
  it("is not given to a meeting not told as later, nor across paragraphs", () => {
    expect(placesAndDatesOf(visit.replace("He later met", "He met"), "2024-05-16")[0]?.date?.start).toBe(
      "2024-05-09",
    );
    expect(
      placesAndDatesOf(visit.replace(" He later met", "\n\nHe later met"), "2024-05-16")[0]?.date?.start,
    ).toBe("2024-05-09");
  });
});
