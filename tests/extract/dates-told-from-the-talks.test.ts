/**
 * Days a report gives a meeting through the meeting before it, and a day it does not give: "X also
 * met Z in Oldtown the following day" is the day after the meeting told before; a signing told as the
 * close of the talks ("Following the meeting, a memorandum was signed. The document was signed by A
 * and B.") is of the talks' day; a lead that says the traveller "returned to the capital on Monday
 * after visits to ..." dates the return, not the talks of the visit. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const dateOf = (text: string, who: string, published: string) =>
  placesAndDatesOf(text, published).find((m) => m.names.includes(who))?.date?.start;

describe("a day told at the end of the meeting's sentence", () => {
  const text =
    "Tomas Varga returned to Oldtown on Monday after official visits to Chile and Uruguay from April 9 to 17.\n\nIn Valparaiso, Varga held talks on April 12 with President of the Senate Rodrigo Alcalde.\n\nVarga also met with Chilean Foreign Minister Ignacio Montero in Santiago the following day.";
  it("is the day after the meeting before: 'the following day'", () => {
    expect(dateOf(text, "Ignacio Montero", "2025-04-19")).toBe("2025-04-13");
  });
  it("is not the day the lead gives the return home", () => {
    const t =
      "Tomas Varga returned to Oldtown on Monday after official visits to Chile and Uruguay, during which he met parliamentary leaders.\n\nIn Montevideo, Varga met with Vice-President of Uruguay Ana Ruiz.";
    expect(dateOf(t, "Ana Ruiz", "2025-04-19")).toBeUndefined();
  });
  it("is not the day of a clause of its own ('who had arrived the day before')", () => {
    const t =
      "On May 3, Speaker Lina Ostrova held talks with Senator Pavel Drum.\n\nShe also received Ambassador Karl Weiss, who had arrived in the capital the day before.";
    expect(dateOf(t, "Karl Weiss", "2024-05-10")).not.toBe("2024-05-02");
  });
});

describe("a signing told as the close of the talks", () => {
  it("is of the talks' day", () => {
    const t =
      "On October 5, Speaker Dilmurod Asqarov received a delegation led by Deputy Chairman Pavel Drum.\n\nFollowing the meeting, a memorandum between the committees was signed. The document was signed by the chairmen of the committees Aziz Nuriddinov and Serik Oralov.";
    expect(dateOf(t, "Serik Oralov", "2023-10-07")).toBe("2023-10-05");
  });
  it("takes no day when nothing before it is dated", () => {
    const t =
      "Speaker Dilmurod Asqarov received a delegation led by Deputy Chairman Pavel Drum.\n\nFollowing the meeting, a memorandum between the committees was signed. The document was signed by the chairmen of the committees Aziz Nuriddinov and Serik Oralov.";
    expect(dateOf(t, "Serik Oralov", "2023-10-07")).toBeUndefined();
  });
});
