/**
 * Where a report on the sidelines of a session is set when the session's city is named in a sentence
 * after the lead: "in the spiritual capital of the region – Oldtown city" (a city set apart by a dash),
 * with an initiative or a plan told in a later clause of that sentence; and a session told as over
 * ("wrapped up in X") that frames nothing. Invented reports; the dateline is the fallback.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

describe("the city of a session named after the lead", () => {
  it.each([
    "ASTANA. KAZINFORM – Senate Speaker Aidos Serikov had talks with Ostrian Speaker Marek Dvorak on the sidelines of the plenary session of the Assembly. During the talks, Serikov pointed out the symbolic nature of holding the session in the spiritual capital of the Turkic world – Turkestan city, underlining the city's revival at the initiative of the President.",
    "BISHKEK – Speaker Talant Usenov held talks with Ostrian Speaker Marek Dvorak on the sidelines of the assembly. The assembly is held in the ancient capital of the region – Samarkand, a choice made in the programme of the organisers.",
  ])("places the talks there, not in the dateline's city: %s", (text) => {
    const places = placesAndDatesOf(text).map((m) => m.place);
    expect(places.length).toBe(1);
    expect(places[0]).toMatch(/^(?:Turkestan|Samarkand)$/);
  });
  it("keeps the dateline's city when the session named is over ('wrapped up in X')", () => {
    const text =
      "ASTANA. KAZINFORM – Senate Speaker Aidos Serikov held a meeting with Ostrian Speaker Marek Dvorak. «The anniversary session of the Assembly wrapped up in Turkestan. I am sure that everything went well,» said Serikov.";
    expect(placesAndDatesOf(text).map((m) => m.place)).toEqual(["Astana"]);
  });
  it("keeps the dateline's city when the dash sets apart no place ('– Oldtown' after no 'in the')", () => {
    const text =
      "ASTANA. KAZINFORM – Senate Speaker Aidos Serikov held a meeting with Ostrian Speaker Marek Dvorak. The guest praised the country's pearl – Turkestan, a city he hopes to see.";
    expect(placesAndDatesOf(text).map((m) => m.place)).toEqual(["Astana"]);
  });
});
