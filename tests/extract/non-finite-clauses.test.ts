/**
 * Meetings told only in a non-finite clause whose subject is the main clause's subject ("X said this
 * after receiving a courtesy call from Y", "After meeting Y, he said", "Before meeting Y, X laid a
 * wreath"), the day such an opener gives, and what must stay no meeting or no meeting of today.
 * Names are invented; 2024-05-14 is a Tuesday.
 */
import { describe, expect, it } from "vitest";
import { futureAfterOpener, isNonFiniteOpener } from "../../src/extract/opener-clause.ts";
import { meetingsOf } from "./meeting-helpers.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const HOST = "Speaker of the Parliament of Moldova Ilie Brantu";
const GUEST = "Ambassador of Chile Pedro Alvarado";
const MET = [{ names: ["Ilie Brantu", "Pedro Alvarado"], countries: [], status: "held" }];

describe("an encounter told in a participle clause", () => {
  it("is the main clause subject's, for a courtesy call or visit received", () => {
    expect(meetingsOf(`${HOST} said this after receiving a courtesy call from ${GUEST}.`)).toEqual(MET);
    expect(meetingsOf(`${HOST} spoke to reporters after receiving a farewell visit from ${GUEST}.`)).toEqual(
      MET,
    );
  });
  it("is the pronoun subject's after an opener, not the person the opener names", () => {
    const text = `${HOST} opened the session on Monday. After receiving a courtesy call from ${GUEST}, he said the embassy would expand.`;
    expect(meetingsOf(text)).toEqual(MET);
    const met = `${HOST} opened the session on Monday. After meeting ${GUEST}, she told reporters that trade would grow.`;
    expect(meetingsOf(met)).toEqual(MET);
  });
  it('reads a passive gerund and a sentence-opening "On receiving"', () => {
    const received = `${HOST} arrived in Santiago. After being received by ${GUEST}, he told reporters that ties were strong.`;
    expect(meetingsOf(received)).toEqual(MET);
    expect(meetingsOf(`On receiving ${GUEST}, ${HOST} said investment was growing.`)).toEqual(MET);
    // "On" inside a clause is a wish or a topic, not the time of an encounter.
    expect(meetingsOf(`${HOST} insisted on meeting ${GUEST}.`)).toEqual([]);
  });
  it("is held, or planned when the main clause is told in the future", () => {
    expect(meetingsOf(`Before meeting ${GUEST}, ${HOST} laid a wreath at the monument.`)).toEqual(MET);
    expect(
      meetingsOf(`Before meeting ${GUEST} next week, ${HOST} will lay a wreath at the monument.`),
    ).toEqual([{ ...MET[0], status: "planned" }]);
    // A "will" inside the words reported is no plan of the encounter.
    expect(meetingsOf(`After meeting ${GUEST}, ${HOST} said the sides will sign a treaty.`)).toEqual(MET);
  });
});

describe("a participle clause that tells no encounter", () => {
  it("names no meeting for a thing received, a deadline met or congratulations", () => {
    expect(meetingsOf(`${HOST} said this after receiving the award of the Order of Honour.`)).toEqual([]);
    expect(meetingsOf(`${HOST} said this after receiving a letter from ${GUEST}.`)).toEqual([]);
    expect(meetingsOf(`${HOST} said this after receiving a phone call from ${GUEST}.`)).toEqual([]);
    expect(meetingsOf(`${HOST} thanked the staff after meeting the deadline.`)).toEqual([]);
    expect(
      meetingsOf(`${HOST} said this while receiving congratulations from ${GUEST} on his birthday.`),
    ).toEqual([]);
  });
  it("names no meeting with unnamed people", () => {
    expect(meetingsOf(`Before meeting voters in Cahul, ${HOST} visited a school.`)).toEqual([]);
  });
});

describe("the day of an encounter told in a participle clause", () => {
  it("is the day its opener names", () => {
    const welcome = `Welcoming ${GUEST} in Chisinau on Monday, ${HOST} said ties were growing.`;
    expect(placesAndDatesOf(welcome)[0]?.date).toMatchObject({ start: "2024-05-13" });
    const before = `Before meeting ${GUEST} on Monday, ${HOST} laid a wreath at the monument.`;
    expect(placesAndDatesOf(before)[0]?.date).toMatchObject({ start: "2024-05-13" });
  });
  it("is not the day of the telling for an encounter of an earlier year", () => {
    const lastYear = `After talks with ${GUEST} last year, ${HOST} said on Tuesday that the project was under way.`;
    expect(placesAndDatesOf(lastYear)[0]?.date).toBeUndefined();
    const dated = `${HOST} said on Tuesday, after meeting ${GUEST} in 2019, that ties were strong.`;
    expect(placesAndDatesOf(dated)[0]?.date).toBeUndefined();
    // The same telling of a meeting of its own day keeps the day.
    const today = `${HOST} said on Tuesday, after meeting ${GUEST} in Chisinau, that ties were strong.`;
    expect(placesAndDatesOf(today)[0]?.date).toMatchObject({ start: "2024-05-14" });
  });
});

describe("a non-finite opener", () => {
  it("is a participle or gerund clause closed by a comma, with at least one word after the participle", () => {
    expect(isNonFiniteOpener("After receiving a courtesy call from X ,")).toBe(true);
    expect(isNonFiniteOpener("Speaking after his talks with X ,")).toBe(true);
    expect(isNonFiniteOpener("Having met X ,")).toBe(true);
    expect(isNonFiniteOpener("Beijing ,")).toBe(false);
    expect(isNonFiniteOpener("After X met Y ,")).toBe(false);
    expect(isNonFiniteOpener("After receiving X")).toBe(false);
  });
  it("has a future main clause only when the subject's own verb says so", () => {
    expect(futureAfterOpener("before meeting @m0 next week , @m1 will visit tallinn")).toBe(true);
    expect(futureAfterOpener("before meeting @m0 , @m1 laid a wreath")).toBe(false);
    expect(futureAfterOpener("after meeting @m0 , @m1 said the sides will sign")).toBe(false);
    expect(futureAfterOpener("@m1 will visit tallinn , after @m0 arrives")).toBe(false);
  });
});
