/**
 * A meeting's date told in another sentence than the one that reports it: a sentence naming all its
 * people, and no one else, at an encounter with a day ("X said at a joint briefing with Y on
 * Thursday"), and a "today" said of an encounter in the meeting's own city. Names are invented;
 * 2024-05-16 is a Thursday, 2024-05-21 a Tuesday.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { makeDoc } from "../../src/extract/document.ts";
import { todayInPlace } from "../../src/extract/named-together.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const dated = (text: string, published: string) =>
  placesAndDatesOf(text, published).map((m) => `${m.names.join(" + ")}: ${m.date?.start ?? "none"}`);

const briefing = (when: string) =>
  [
    "Teliko hopes the Ostrian Assembly will keep its support",
    "Chairman of the Parliament of Georgia Orvan Teliko hopes that the new Ostrian Assembly will continue to support Georgia.",
    `"I hope the support will remain as strong," Teliko said at a joint briefing with President of the Parliament of Armenia Dilo Marsek${when}.`,
    "In turn, Marsek recalled that the new term of the assembly will begin in July.",
  ].join("\n\n");

// A reception told without a day, then a sentence about the same two people.
const RECEIVED =
  "Speaker of the Parliament of Georgia Orvan Teliko received Speaker of the Parliament of Armenia Dilo Marsek.\n\nThey discussed trade.";
const receivedThen = (sentence: string) => `${RECEIVED}\n\n${sentence}`;

describe("a sentence naming all the meeting's people at an encounter", () => {
  it("gives its day to the meeting another sentence reports", () => {
    expect(dated(briefing(" on Thursday"), "2024-05-16")).toEqual(["Dilo Marsek + Orvan Teliko: 2024-05-16"]);
  });
  it("gives no day of an encounter long before the report, told as history", () => {
    // Told as a meeting of the same two (merged into the reception), or as an encounter at a briefing.
    for (const history of [
      "Teliko met with Marsek in Paris on 5 March 2019, when both were deputies.",
      "Teliko said at a briefing with Marsek in Paris on 5 March 2019 that trade grew.",
    ])
      expect(dated(receivedThen(history), "2024-05-16")).toEqual(["Dilo Marsek + Orvan Teliko: none"]);
  });
  it("gives no day when it states none", () => {
    expect(dated(briefing(""), "2024-05-16")).toEqual(["Dilo Marsek + Orvan Teliko: none"]);
  });
  it("gives no day when it names a third person, whose encounter the day may be", () => {
    const text = receivedThen(
      "Marsek met with Prime Minister of Georgia Temur Ablani on Monday, followed by the talks with Teliko earlier in the day.",
    );
    expect(dated(text, "2024-05-16")).not.toContain("Dilo Marsek + Orvan Teliko: 2024-05-13");
  });
  it("gives no day from an encounter it foresees or recalls", () => {
    // The talks foreseen are a meeting of their own, dated as planned; the reception keeps no day.
    const foreseen = placesAndDatesOf(
      receivedThen("Teliko will hold talks with Marsek on Friday as well."),
      "2024-05-16",
    );
    expect(foreseen.map((m) => m.date?.start)).toEqual([undefined, "2024-05-17"]);
    const recalled = receivedThen("Teliko recalled his previous talks with Marsek on Monday.");
    expect(dated(recalled, "2024-05-16")).toEqual(["Dilo Marsek + Orvan Teliko: none"]);
  });
});

const visit = (city: string) =>
  [
    "Speaker of the Parliament of Georgia Orvan Teliko and Speaker of the Parliament of Armenia Dilo Marsek visited the city of Kutaisi.",
    "The official visit of Marsek to Georgia continued in Kutaisi.",
    "Teliko and Marsek toured the old town of Kutaisi.",
    "Speaking to students, Marsek said his visit was productive.",
    "On Monday, Marsek held talks with President of Georgia Temur Ablani in Tbilisi.",
    `Today, I am meeting with you in ${city}.`,
  ].join("\n\n");

// The sentences of the visit, as a document's body.
const visitBody = (city: string) =>
  makeDoc(parseArticle(` date 2024-05-21 ${visit(city)}`, { id: "v" })).sentences;

describe("a 'today' said of an encounter in a city", () => {
  it("dates a meeting held in that city, among several of the report", () => {
    expect(dated(visit("Kutaisi"), "2024-05-21")).toEqual([
      "Dilo Marsek + Orvan Teliko: 2024-05-21",
      "Dilo Marsek + Temur Ablani: 2024-05-20",
    ]);
    const [inCity] = placesAndDatesOf(visit("Kutaisi"), "2024-05-21");
    expect(inCity?.date?.basis).toBe("today");
  });
  it("knows the city of a place named with its building", () => {
    const saysToday = (text: string) => /\btoday\b/i.test(text);
    expect(todayInPlace(visitBody("Kutaisi"), "Golden Fleece Hall, Kutaisi", saysToday)).toBe(true);
    expect(todayInPlace(visitBody("Batumi"), "Golden Fleece Hall, Kutaisi", saysToday)).toBe(false);
  });
  it("dates no meeting held in another city", () => {
    expect(dated(visit("Batumi"), "2024-05-21")).toContain("Dilo Marsek + Orvan Teliko: none");
  });
});

describe("a headline foreseeing a planned meeting", () => {
  const body = `Speaker of the Parliament of Georgia Orvan Teliko will hold talks with Speaker of the Parliament of Armenia Dilo Marsek in Tbilisi.`;
  it("gives the plan its day, the next such weekday on or after the report", () => {
    // 2024-05-15 is a Wednesday.
    expect(
      dated(`Georgian Speaker Teliko to meet Armenian Speaker Marsek on Friday\n\n${body}`, "2024-05-15"),
    ).toEqual(["Dilo Marsek + Orvan Teliko: 2024-05-17"]);
  });
  it("gives no day from a headline that names someone else or foresees nothing", () => {
    expect(
      dated(`Georgian Speaker Teliko to meet Prime Minister Ablani on Friday\n\n${body}`, "2024-05-15"),
    ).toContain("Dilo Marsek + Orvan Teliko: none");
    expect(
      dated(`Georgian Speaker Teliko and Armenian Speaker Marsek on Friday\n\n${body}`, "2024-05-15"),
    ).toEqual(["Dilo Marsek + Orvan Teliko: none"]);
  });
});
