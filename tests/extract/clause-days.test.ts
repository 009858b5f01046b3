/**
 * Days told from another day: within one sentence ("met X on 15 August and Y the following day",
 * "was received on Tuesday by X and later the same day held talks with Y"), where each meeting of the
 * sentence takes the day of its own clause, and across sentences ("In the afternoon, X received Z"
 * after a meeting dated to one day); a sentence naming more people than a meeting dates none of it. Names and places are invented; 2024-05-14 is a Tuesday.
 */
import { describe, expect, it } from "vitest";
import { statedDates } from "../../src/extract/dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const TUESDAY = "2024-05-14";
const days = (sentence: string, published = TUESDAY) => statedDates(sentence, published).map((d) => d.start);
const dated = (text: string, published = TUESDAY) =>
  placesAndDatesOf(text, published)
    .map((m) => `${m.names.join(" + ")}: ${m.date?.start ?? "none"}`)
    .sort();

const OSTRIAN = "Speaker of the Parliament of Moldova Velko Dramin";
const GEORGIAN = "Chairman of the Parliament of Georgia Orvan Teliko";
const ARMENIAN = "President of the National Assembly of Armenia Dilo Marsek";

describe("a day told from an earlier date of the same sentence", () => {
  it("is the day after, the same day or the day before that date", () => {
    expect(days("Dramin met Teliko on 10 May and Marsek the following day.")).toEqual([
      "2024-05-10",
      "2024-05-11",
    ]);
    expect(
      days("Dramin was received on Monday by Teliko and later the same day held talks with Marsek."),
    ).toEqual(["2024-05-13", "2024-05-13"]);
    expect(days("Dramin met Teliko on 10 May, having held talks with Marsek the day before.")).toEqual([
      "2024-05-10",
      "2024-05-09",
    ]);
  });
  it("is no day without a date before it, nor from a span of days", () => {
    expect(days("The following day, Dramin met Marsek.")).toEqual([]);
    expect(days("Dramin met Marsek the next day.")).toEqual([]);
    expect(days("Dramin visited Tbilisi from 8 to 10 May and met Marsek the following day.")).toEqual([
      "2024-05-08",
    ]);
  });
  it("is not 'the day after' an event the sentence names", () => {
    expect(days("Dramin met Teliko on 10 May, the day after the elections.")).toEqual(["2024-05-10"]);
    expect(days("Dramin met Teliko on 10 May, the day after he arrived.")).toEqual(["2024-05-10"]);
    expect(days("Dramin met Teliko on 10 May, the day before the elections.")).toEqual(["2024-05-10"]);
    expect(days("Dramin met Teliko on 10 May and Marsek the day after.")).toEqual([
      "2024-05-10",
      "2024-05-11",
    ]);
  });
  it("is not 'the day before yesterday', which is two days before the report", () => {
    expect(days("Dramin met Teliko on Monday, and Marsek the day before yesterday.")).toEqual([
      "2024-05-13",
      "2024-05-12",
    ]);
  });
});

describe("each meeting of a sentence that tells several with their days", () => {
  it("takes the day of the clause that names its people", () => {
    expect(
      dated(`${OSTRIAN} met ${GEORGIAN} on 10 May, and the following day Dramin received ${ARMENIAN}.`),
    ).toEqual(["Dilo Marsek + Velko Dramin: 2024-05-11", "Orvan Teliko + Velko Dramin: 2024-05-10"]);
    expect(
      dated(`${OSTRIAN} met ${GEORGIAN} on Monday, and on Tuesday Dramin received ${ARMENIAN}.`),
    ).toEqual(["Dilo Marsek + Velko Dramin: 2024-05-14", "Orvan Teliko + Velko Dramin: 2024-05-13"]);
  });
  it("'A was received on Monday by B, and on Tuesday by C': a second agent with its own day, the verb left out", () => {
    expect(dated(`${OSTRIAN} was received on 10 May by ${GEORGIAN}, and on 11 May by ${ARMENIAN}.`)).toEqual([
      "Dilo Marsek + Velko Dramin: 2024-05-11",
      "Orvan Teliko + Velko Dramin: 2024-05-10",
    ]);
    expect(
      dated(
        `${OSTRIAN} was received on Monday, 13 May, by ${GEORGIAN}, and on Tuesday, 14 May, by ${ARMENIAN}.`,
      ),
    ).toEqual(["Dilo Marsek + Velko Dramin: 2024-05-14", "Orvan Teliko + Velko Dramin: 2024-05-13"]);
  });
  it("reads no second agent after 'and' that is no passive's ('met B, and was thanked by C')", () => {
    expect(dated(`${OSTRIAN} met ${GEORGIAN} on 10 May, and was later praised by ${ARMENIAN}.`)).toEqual([
      "Orvan Teliko + Velko Dramin: 2024-05-10",
    ]);
  });
  it("keeps the sentence's one day when only one clause states it", () => {
    expect(dated(`On Monday, ${OSTRIAN} met ${GEORGIAN} and ${ARMENIAN}.`)).toEqual([
      "Dilo Marsek + Velko Dramin: 2024-05-13",
      "Orvan Teliko + Velko Dramin: 2024-05-13",
    ]);
  });
  // Across sentences the clause's day is not trusted: a sentence that names more people than the
  // meeting dates nothing of it, as an invented date is worse than none.
  it("gives a meeting told again in a later sentence no day from a sentence naming more people", () => {
    const text = [
      `${OSTRIAN} met ${GEORGIAN} on 10 May and ${ARMENIAN} the following day, on the sidelines of the Caspian Forum.`,
      "The meeting with Dilo Marsek focused on the border.",
    ].join("\n\n");
    expect(dated(text)).toEqual([
      "Dilo Marsek + Velko Dramin: none",
      "Orvan Teliko + Velko Dramin: 2024-05-10",
    ]);
  });
});

describe("a sentence that opens on a part of the day", () => {
  const opening = `On Monday morning, ${OSTRIAN} hosted a working breakfast with ${GEORGIAN}.`;
  it("goes on with the day of the meeting told before it", () => {
    const text = [opening, "They discussed energy.", `In the afternoon, Dramin received ${ARMENIAN}.`].join(
      "\n\n",
    );
    expect(dated(text)).toEqual([
      "Dilo Marsek + Velko Dramin: 2024-05-13",
      "Orvan Teliko + Velko Dramin: 2024-05-13",
    ]);
  });
  it("gives a plan no day of a meeting done", () => {
    const text = [opening, `In the morning, Dramin will meet ${ARMENIAN}.`].join("\n\n");
    expect(dated(text)).not.toContain("Dilo Marsek + Velko Dramin: 2024-05-13");
  });
  it("goes on with that day when it opens on 'The same day'", () => {
    const text = [
      `${OSTRIAN} held a bilateral meeting with ${GEORGIAN} on 10 May.`,
      `The same day, Dramin attended a working luncheon hosted by ${ARMENIAN}.`,
    ].join("\n\n");
    expect(dated(text)).toContain("Dilo Marsek + Velko Dramin: 2024-05-10");
  });
  it("gives no day after a meeting dated to a span of days, or to none", () => {
    const span = `From 8 to 10 May, ${OSTRIAN} held talks with ${GEORGIAN} in Tbilisi.`;
    const after = `In the evening, Dramin received ${ARMENIAN}.`;
    expect(dated([span, after].join("\n\n"))).toContain("Dilo Marsek + Velko Dramin: none");
    const undated = `${OSTRIAN} held talks with ${GEORGIAN} in Tbilisi.`;
    expect(dated([undated, after].join("\n\n"), TUESDAY)).toContain("Dilo Marsek + Velko Dramin: none");
  });
});
