/**
 * "A delegation headed by X visited Ostria on 14-17 May at the invitation of Y": the one who invited
 * the visitor received them, also when the report also has the visitor received by someone else of
 * that country and tells of talks the two plan for a later trip. That later meeting stays planned and
 * undated: the visit's dates are not its dates once the visit is over.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const REPORT = [
  "Chilean Senate Speaker wraps up visit to Peru",
  "",
  "LIMA. – A delegation of the Senate of Chile headed by Senate Chairman Arman Dosov visited Peru on 14–17 May at the invitation of Speaker of the Congress Ana Ruiz, the Senate press service reports.",
  "",
  "The speakers discussed the development of inter-parliamentary ties. Ana Ruiz, in turn, supported the proposal to set up a forum of young legislators.",
  "",
  "During the visit, the Chilean delegation was also received by Prime Minister of Peru Tomas Vidal.",
  "",
  "Ana Ruiz accepted the invitation to visit Chile next year, where she is expected to hold talks with Dosov.",
].join("\n");

describe("a visit made at someone's invitation", () => {
  it("is a held meeting with the one who invited, beside the planned talks of a later trip", () => {
    expect(meetingsOf(REPORT, "2024-05-18")).toEqual([
      { names: ["Ana Ruiz", "Arman Dosov"], countries: [], status: "held" },
      { names: ["Arman Dosov", "Tomas Vidal"], countries: [], status: "held" },
      { names: ["Ana Ruiz", "Arman Dosov"], countries: [], status: "planned" },
    ]);
  });
  it("dates the visit's meetings by the visit, and the talks planned after it not at all", () => {
    const dates = placesAndDatesOf(REPORT, "2024-05-18").map((m) => m.date?.start);
    expect(dates).toEqual(["2024-05-14", "2024-05-14", undefined]);
  });
  it("a visit recalled in a relative clause is no meeting of the report", () => {
    expect(
      meetingsOf(
        "Senator Arman Dosov, who visited Peru last year at the invitation of Speaker Ana Ruiz, praised the reforms. The Senate adopted the budget.",
      ),
    ).toEqual([]);
  });
  it("a visit to come is a planned meeting, not a held one", () => {
    expect(
      meetingsOf(
        "Senator Arman Dosov will pay an official visit to Peru at the invitation of Speaker Ana Ruiz.",
      ).map((m) => m.status),
    ).toEqual(["planned"]);
  });
  it("an invitation from a body, with a person only thanked later, pairs no one", () => {
    expect(
      meetingsOf(
        "Senator Arman Dosov visited Peru in May at the invitation of the Congress. He later thanked Speaker Ana Ruiz for her letter.",
      ),
    ).toEqual([]);
  });
});
