/**
 * A report that tells of a day gone by beside its meeting is not the day's own report of that meeting:
 * "X, who addressed the forum on Tuesday, also met Y", "during the visit that began on Monday": the stay
 * has lasted days. (A day of something else, "Y, elected on 2 May", says nothing of that.) And a lead that dates someone's speech or part in an event
 * ("On Tuesday, X addressed the plenary session") does not date a meeting told as one more ("X also
 * held meetings with A and B"), which may be of any day of the event. Names and places are invented.
 * The report is of Thursday 16 January 2025.
 */
import { describe, expect, it } from "vitest";
import { leadTellsTakingPart, stayUnderWayDaysBefore } from "../../src/extract/meeting-dates.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const PUBLISHED = "2025-01-16";
const SPEAKER = "Chairman of the Mazhilis Arman Teliyev";
const GUEST = "Speaker of the Parliament of Norland Pavel Zemlak";
const OTHER = "President of the Senate of Ostria Marco Bellanti";
// A same-day report from the meeting's city: without words of time, the publication's day stands.
const wire = (body: string) => placesAndDatesOf(`VELTBURG. NORINFORM – ${body}`, PUBLISHED);
const dateWith = (body: string, surname: string) =>
  wire(body).find((m) => m.names.some((n) => n.endsWith(surname)))?.date?.start;

describe("a day gone by told in the meeting's sentence", () => {
  it("is read whatever it dates", () => {
    expect(
      stayUnderWayDaysBefore(`${GUEST}, who addressed the forum on Tuesday, also met ${SPEAKER}.`, PUBLISHED),
    ).toBe(true);
    expect(
      stayUnderWayDaysBefore(
        `${SPEAKER} received ${GUEST}, who arrived on a visit on 12 January.`,
        PUBLISHED,
      ),
    ).toBe(true);
  });
  it("is not a day of something else than a stay or an event", () => {
    expect(
      stayUnderWayDaysBefore(`${SPEAKER} congratulated ${GUEST}, elected on 12 January.`, PUBLISHED),
    ).toBe(false);
    expect(
      dateWith(`${SPEAKER} congratulated ${GUEST}, elected on 12 January, at their meeting.`, "Zemlak"),
    ).toBe(PUBLISHED);
  });
  it("is not a day more than a week back, nor one to come", () => {
    expect(
      stayUnderWayDaysBefore(`${SPEAKER} received ${GUEST} recalling his visit of 3 May 2019.`, PUBLISHED),
    ).toBe(false);
    expect(
      stayUnderWayDaysBefore(`${SPEAKER} received ${GUEST} ahead of the session on 2 February.`, PUBLISHED),
    ).toBe(false);
  });
  it("leaves the meeting without the report's day", () => {
    expect(
      dateWith(`${GUEST}, who addressed the forum on Tuesday, also met with ${SPEAKER}.`, "Zemlak"),
    ).toBeUndefined();
    expect(
      dateWith(`During the visit that began on Monday, ${GUEST} met with ${SPEAKER}.`, "Zemlak"),
    ).toBeUndefined();
  });
  it("keeps the report's day when nothing else is dated, and a day the sentence gives the meeting", () => {
    expect(dateWith(`${SPEAKER} met with ${GUEST}.`, "Zemlak")).toBe(PUBLISHED);
    expect(dateWith(`${SPEAKER} met with ${GUEST} on Tuesday.`, "Zemlak")).toBe("2025-01-14");
    expect(dateWith(`${SPEAKER} today met with ${GUEST}, who arrived on Monday.`, "Zemlak")).toBe(PUBLISHED);
  });
});

describe("a stay of several days framing the meeting", () => {
  it("gives a same-day wire from the meeting's city no day of its own", () => {
    const meetings = placesAndDatesOf(
      `VELTBURG, January 16 (Norinform) – During his three-day visit to Ostria, ${SPEAKER} met with ${OTHER}.`,
      PUBLISHED,
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.date).toBeUndefined();
  });
  it("keeps the wire's day for a meeting not framed so", () => {
    const meetings = placesAndDatesOf(
      `VELTBURG, January 16 (Norinform) – ${SPEAKER} met with ${OTHER}.`,
      PUBLISHED,
    );
    expect(meetings[0]?.date?.start).toBe(PUBLISHED);
  });
});

describe("a lead dating a speech or a part taken in an event", () => {
  it("is told apart from a lead of meetings", () => {
    expect(leadTellsTakingPart(`On Tuesday, ${SPEAKER} addressed the plenary session of the Assembly.`)).toBe(
      true,
    );
    expect(leadTellsTakingPart(`On Tuesday, ${SPEAKER} took part in the forum in Veltburg.`)).toBe(true);
    expect(leadTellsTakingPart(`On Tuesday, ${SPEAKER} attended the forum and met ${GUEST}.`)).toBe(false);
  });
  it("does not date a meeting told as one more", () => {
    const meetings = placesAndDatesOf(
      `Speaker at the Assembly\n\nOn Tuesday, ${SPEAKER} addressed the plenary session of the Parliamentary Assembly in Veltburg.\n\nTeliyev also held bilateral meetings with ${GUEST} and ${OTHER}.`,
      PUBLISHED,
    );
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    for (const m of meetings) expect(m.date).toBeUndefined();
  });
  it("still dates the meeting the next sentence ties to the event's day", () => {
    const meetings = placesAndDatesOf(
      `Speaker at the forum\n\nOn Tuesday, ${SPEAKER} attended the Eurasian Forum in Veltburg.\n\nDuring the forum, Teliyev met with ${GUEST}. He also met with ${OTHER}.`,
      PUBLISHED,
    );
    const dateOf = (surname: string) =>
      meetings.find((m) => m.names.some((n) => n.endsWith(surname)))?.date?.start;
    expect(dateOf("Zemlak")).toBe("2025-01-14");
    expect(dateOf("Bellanti")).toBeUndefined();
  });
  it("dates the meetings of a lead that tells of meetings", () => {
    const meetings = placesAndDatesOf(
      `Speaker receives envoys\n\nOn Tuesday, ${SPEAKER} held a series of meetings with foreign envoys.\n\nTeliyev received Ambassador of Egypt Tarek Mansouri. He also met Ambassador of Japan Hiroshi Tamaki.`,
      PUBLISHED,
    );
    expect(meetings.map((m) => m.date?.start)).toEqual(["2025-01-14", "2025-01-14"]);
  });
});
