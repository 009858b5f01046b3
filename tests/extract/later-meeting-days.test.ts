/**
 * The day of a meeting told after another one, with no day of its own: the words that carry the day
 * of the meeting before ("Afterwards", "After that", "Then", "During the day", "... the same day."),
 * and the scenes that keep the lead's day (or its "today") from it: a visit told as a whole ("During
 * the visit, X also met Z", "While in Norland"), another leg of a trip ("In Isfahan, X met Z", a
 * meeting held in another city than the lead's), a time told before ("At that time"), a lead ended by
 * a visit's close ("X today concluded his visit. During the visit, X met Y"), and a speech on the day
 * the lead dates ("On Tuesday, X addressed the session. On the sidelines, X met Y").
 * Names are invented. Thursday 16 May 2024 is the publication date: Monday is the 13th.
 */
import { describe, expect, it } from "vitest";
import { opensOnRecentDayBefore } from "../../src/extract/encounter-days-before.ts";
import { todayFramesMeetings } from "../../src/extract/meeting-dates.ts";
import { toldAsNextOnTheDay } from "../../src/extract/same-day-cues.ts";
import {
  heldAwayFromTheLead,
  opensOnAnotherPlace,
  opensOnThatTime,
  setInAVisitOfOtherDays,
  setInTheVisit,
} from "../../src/extract/scene-of-the-meeting.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const PUBLISHED = "2024-05-16";
/** The date of the meeting whose people include `who`, as a day or "none". */
const dayOf = (text: string, who: string) =>
  placesAndDatesOf(text, PUBLISHED).find((m) => m.names.some((n) => n.includes(who)))?.date?.start ?? "none";
const LEAD = "On Monday, Speaker Orvan Teliko held talks with Speaker of the Senate of Korvia Dilo Marsek.";
const TODAY =
  "Speaker Orvan Teliko today held talks with Speaker of the Senate of Korvia Dilo Marsek in Oslo.";

describe("a sentence told as done next on the day of the meeting before", () => {
  it("opens on what came next, or on the day", () => {
    expect(toldAsNextOnTheDay("Afterwards, Teliko met Ivo Brant.")).toBe(true);
    expect(toldAsNextOnTheDay("After that, Teliko was received by Ivo Brant.")).toBe(true);
    expect(toldAsNextOnTheDay("Then Teliko met Ivo Brant.")).toBe(true);
    expect(toldAsNextOnTheDay("During the day, Teliko also met Ivo Brant.")).toBe(true);
    expect(toldAsNextOnTheDay("Teliko met Ivo Brant the same day.")).toBe(true);
  });
  it("is not a title of the past, a clause's day or a later stretch", () => {
    expect(toldAsNextOnTheDay("Then-Speaker Ivo Brant met Teliko in 2019.")).toBe(false);
    expect(toldAsNextOnTheDay("Teliko met Ivo Brant, who arrived the same day.")).toBe(false);
    expect(toldAsNextOnTheDay("Subsequently, Teliko met Ivo Brant.")).toBe(false);
    expect(toldAsNextOnTheDay("Teliko also met Ivo Brant.")).toBe(false);
  });
  it("carries the day of the meeting before", () => {
    expect(dayOf(`${LEAD}\n\nAfterwards, Teliko met Prime Minister of Korvia Ivo Brant.`, "Brant")).toBe(
      "2024-05-13",
    );
    expect(
      dayOf(`${LEAD}\n\nAfter that, Teliko was received by Prime Minister of Korvia Ivo Brant.`, "Brant"),
    ).toBe("2024-05-13");
    expect(
      dayOf(`${LEAD} During the day, Teliko also met Prime Minister of Korvia Ivo Brant.`, "Brant"),
    ).toBe("2024-05-13");
    expect(dayOf(`${LEAD} Marsek met Prime Minister of Korvia Ivo Brant the same day.`, "Brant")).toBe(
      "2024-05-13",
    );
  });
  it("leaves a meeting told only as one more undated", () => {
    expect(dayOf(`${LEAD}\n\nTeliko also met Prime Minister of Korvia Ivo Brant.`, "Brant")).toBe("none");
  });
});

describe("a meeting told 'there' after a journey dated in the sentence before", () => {
  it("is of the journey's day", () => {
    const journey = "On Tuesday, Speaker Orvan Teliko travelled to Oldtown.";
    expect(dayOf(`${journey} There he met with Mayor of Oldtown Ivo Brant.`, "Brant")).toBe("2024-05-14");
    expect(dayOf(`${journey} He met with Mayor of Oldtown Ivo Brant.`, "Brant")).not.toBe("2024-05-14");
  });
});

describe("a meeting set in a visit as a whole", () => {
  it("is told so by a frame of the visit or the stay", () => {
    expect(setInTheVisit("During the visit, Teliko also met Ivo Brant.")).toBe(true);
    expect(setInTheVisit("In the course of his official visit, Teliko met Ivo Brant.")).toBe(true);
    expect(setInTheVisit("While in Korvia, Teliko also met Ivo Brant.")).toBe(true);
    expect(setInTheVisit("On his visit, Teliko also met Ivo Brant.")).toBe(true);
    expect(setInTheVisit("Teliko met Ivo Brant, who is on the official visit to Korvia.")).toBe(false);
    expect(setInTheVisit("During the meeting, Teliko thanked Ivo Brant.")).toBe(false);
  });
  it("is of other days than the lead's unless the lead tells that visit on one day", () => {
    const alsoMet = "While in Oldtown, Teliko also met Ivo Brant.";
    expect(setInAVisitOfOtherDays(alsoMet, LEAD)).toBe(true);
    expect(setInAVisitOfOtherDays(alsoMet, "Orvan Teliko visited Oldtown on Tuesday.")).toBe(false);
    expect(setInAVisitOfOtherDays(alsoMet, "The delegation of Korvia is visiting Valdoria.")).toBe(false);
    expect(
      setInAVisitOfOtherDays(alsoMet, "On Monday, Teliko, on a three-day visit to Oldtown, met Dilo Marsek."),
    ).toBe(true);
  });
  it("takes neither the lead's day nor its today, nor the publication day", () => {
    const later = "\n\nDuring the visit, Teliko also met Prime Minister of Korvia Ivo Brant.";
    expect(dayOf(`${LEAD}${later}`, "Brant")).toBe("none");
    expect(dayOf(`OSLO – ${TODAY}${later}`, "Brant")).toBe("none");
    expect(
      dayOf(`OSLO – ${TODAY}\n\nWhile in Norway, Teliko also met Prime Minister Ivo Brant.`, "Brant"),
    ).toBe("none");
  });
  it("keeps the lead's own meeting and its guest's visit told in it", () => {
    expect(dayOf(`OSLO – ${TODAY}\n\nDuring the visit, Teliko also met Ivo Brant.`, "Marsek")).toBe(
      "2024-05-16",
    );
    expect(
      dayOf(
        "OSLO – Speaker Orvan Teliko received Speaker of the Senate of Korvia Dilo Marsek, who is on an official visit to Norway.",
        "Marsek",
      ),
    ).toBe("2024-05-16");
  });
});

describe("a meeting of another leg of a trip", () => {
  it("is told by a sentence that opens on a place the lead does not name", () => {
    expect(opensOnAnotherPlace("In Isfahan, Teliko met Ivo Brant.", LEAD)).toBe("Isfahan");
    expect(opensOnAnotherPlace("In Oslo, Teliko met Ivo Brant.", TODAY)).toBeUndefined();
    expect(opensOnAnotherPlace("In March, Teliko met Ivo Brant.", LEAD)).toBeUndefined();
    expect(opensOnAnotherPlace("In Bergen, Teliko met Ivo Brant.", LEAD, "Bergen")).toBe("Bergen");
  });
  it("is a meeting held in another city than the lead tells of, or than the dateline's", () => {
    expect(heldAwayFromTheLead("Copenhagen", TODAY, undefined)).toBe(true);
    expect(heldAwayFromTheLead("Oslo", TODAY, undefined)).toBe(false);
    expect(heldAwayFromTheLead("Copenhagen", LEAD, "Oslo")).toBe(true);
    expect(heldAwayFromTheLead("Oslo", LEAD, "OSLO")).toBe(false);
    expect(heldAwayFromTheLead("Copenhagen", LEAD, undefined)).toBe(false);
    // A city named in passing ("Seoul officials said") is not where the lead's news happened.
    expect(
      heldAwayFromTheLead("Astana", "The two signed a memorandum, Seoul officials said.", "ASTANA"),
    ).toBe(false);
  });
  it("takes neither the lead's day nor its today", () => {
    expect(dayOf(`${LEAD}\n\nIn Isfahan, Teliko met Governor of Isfahan Province Ivo Brant.`, "Brant")).toBe(
      "none",
    );
    expect(
      dayOf(
        `OSLO – ${TODAY}\n\nTeliko also held talks with Speaker of the Folketing Ivo Brant in Copenhagen.`,
        "Brant",
      ),
    ).toBe("none");
  });
});

describe("a meeting told at a time the sentences before it told", () => {
  it("opens on that time", () => {
    expect(opensOnThatTime("At that time, Marsek also met Ivo Brant.")).toBe(true);
    expect(opensOnThatTime("Back then, Marsek met Ivo Brant.")).toBe(true);
    expect(opensOnThatTime("At the meeting, Marsek thanked Ivo Brant.")).toBe(false);
  });
  it("takes no day from the lead", () => {
    expect(
      dayOf(
        "On Monday, Speaker Orvan Teliko held meetings in Oslo.\n\nTeliko met with Speaker of the Senate of Korvia Dilo Marsek.\n\nThe two had met in Stockholm in 2023, when Marsek visited Sweden. At that time, Marsek also met with the Prime Minister of Sweden Ivo Brant.",
        "Brant",
      ),
    ).toBe("none");
  });
});

describe("a 'today' told of a visit's close", () => {
  it("frames none of the visit's meetings", () => {
    expect(todayFramesMeetings("Orvan Teliko today concluded his four-day visit to Korvia.", PUBLISHED)).toBe(
      false,
    );
    expect(todayFramesMeetings("Orvan Teliko today held talks with Dilo Marsek.", PUBLISHED)).toBe(true);
  });
  it("leaves the visit's meetings undated, and a meeting told in its own sentence today's", () => {
    const ended =
      "Speaker Orvan Teliko today concluded his four-day visit to Korvia.\n\nDuring the visit, Teliko met Speaker of the Senate of Korvia Dilo Marsek and Prime Minister Ivo Brant.";
    expect(dayOf(ended, "Marsek")).toBe("none");
    const withTalks =
      "Speaker Orvan Teliko today ended his visit to Korvia with talks with Speaker of the Senate Dilo Marsek.\n\nTeliko also met Prime Minister of Korvia Ivo Brant.";
    expect(dayOf(withTalks, "Marsek")).toBe("2024-05-16");
    expect(dayOf(withTalks, "Brant")).toBe("none");
  });
});

describe("a lead that dates a speech or an opening", () => {
  it("gives its day to no meeting held on the event's margins", () => {
    expect(
      dayOf(
        "On Tuesday, Speaker Orvan Teliko addressed the Nordic Council session in Oslo.\n\nOn the sidelines, Teliko met with Speaker of the Senate of Korvia Dilo Marsek.",
        "Marsek",
      ),
    ).toBe("none");
  });
  it("nor the publication day, nor does a lead that opens on an opening's day", () => {
    expect(
      opensOnRecentDayBefore("On Monday, Speaker Orvan Teliko opened the Nordic forum.", PUBLISHED),
    ).toBe(true);
    expect(
      opensOnRecentDayBefore("Speaker Orvan Teliko met Dilo Marsek, elected on Monday.", PUBLISHED),
    ).toBe(false);
    expect(opensOnRecentDayBefore("On 3 March 2019, Orvan Teliko opened the forum.", PUBLISHED)).toBe(false);
    expect(
      dayOf(
        "On Monday, Speaker Orvan Teliko opened the Nordic forum in Stockholm. Teliko met with Speaker of the Senate of Korvia Dilo Marsek.",
        "Marsek",
      ),
    ).toBe("none");
  });
  it("keeps the lead's day for the talks it frames", () => {
    expect(
      dayOf(
        "OSLO – On Monday, Speaker Orvan Teliko held a series of meetings in Oslo.\n\nTeliko met with Speaker of the Senate of Korvia Dilo Marsek.",
        "Marsek",
      ),
    ).toBe("2024-05-13");
  });
});
