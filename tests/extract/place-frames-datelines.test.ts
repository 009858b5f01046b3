/**
 * Where a meeting was when its own sentence names no city: not where a programme still to come
 * takes the guest, nor where an event now over was held, nor the country a non-participant is
 * visiting; a later sentence's arrival says where the delegation is; and a city that is the
 * dateline's under another name is written as the dateline writes it. Names and towns are invented
 * (real countries and capitals give the gazetteer something to know).
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const placesOf = (text: string) => placesAndDatesOf(text, "2024-05-14").map((m) => m.place);
const MET =
  "Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek.";

describe("a later sentence", () => {
  it("that tells a programme or a plan does not place the meeting held", () => {
    for (const plan of [
      "The programme of the Armenian delegation also includes a trip to Batumi, where on Thursday Marsek will see the port.",
      "The delegation also travels to Batumi, where on Thursday Marsek is expected to meet the governor.",
    ])
      expect(placesOf(`TBILISI, May 14 (Wire) – ${MET}\n\n${plan}`)[0]).toBe("Tbilisi");
  });
  it("that tells an arrival places the meeting where the delegation arrived", () => {
    expect(
      placesOf(
        `${MET}\n\nThey discussed trade.\n\nThey also discussed energy.\n\nThe delegation of Armenia arrived in Tbilisi to take part in the forum.`,
      ),
    ).toEqual(["Tbilisi"]);
  });
  it("that tells a next stop of the trip does not", () => {
    expect(
      placesOf(
        `${MET}\n\nThey discussed trade.\n\nThey also discussed energy.\n\nThe delegation then arrived in Batumi to see the port.`,
      ),
    ).toEqual([undefined]);
  });
});

describe("a sentence that frames the report", () => {
  it("is not one about an event that is over", () => {
    const text = [
      "ISLAMABAD, May 14 (Wire): Speaker Orvan Teliko of Georgia on Tuesday sent a letter to Dilo Marsek.",
      "Teliko also thanked the Speaker of Malta, Ivo Camilleri, for hosting the recent conference of Speakers in Valletta.",
      "Later in the day, Teliko received the Ambassador of Armenia to Pakistan, Aram Petrosyan, at Parliament House.",
    ].join("\n\n");
    expect(placesOf(text)).toEqual(["Islamabad"]);
  });
});

describe("a visit abroad", () => {
  it("of someone who meets no one does not move the meeting from the dateline's city", () => {
    const text = [
      `YEREVAN, May 14. ${MET.replace(".", " on May 13.")}`,
      "They discussed trade.",
      "Chairman of the Senate Aram Petrosyan, who is on a working visit to Paris, had earlier sent a letter to the Georgian Parliament.",
    ].join("\n\n");
    expect(placesOf(text)).toEqual(["Yerevan"]);
  });
});

describe("a city under two names", () => {
  it("keeps the spelling of the sentence that places the meeting, not the dateline's", () => {
    const text = `KYIV, May 14 (Wire) – ${MET.replace(".", " in Kiev.")}`;
    expect(placesOf(text)).toEqual(["Kiev"]);
  });
});
