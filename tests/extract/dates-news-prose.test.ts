/**
 * Dates of meetings told the way news prose tells them off the meeting's own words: a list of
 * people met on one occasion the sentence dates once ("held separate meetings with A, B and C on
 * the sidelines of the session held yesterday"). Beside each, variants where the date must stay
 * null. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

/** The first day of the meeting with `who`: undefined when it has no date, "no meeting" when none is found. */
const dateOf = (text: string, who: string, published: string) => {
  const meeting = placesAndDatesOf(text, published).find((m) => m.names.includes(who));
  return meeting ? meeting.date?.start : "no meeting";
};

type Variant = [text: string, who: string, published: string, want: string | undefined];

const LIST_ONE_OCCASION: Variant[] = [
  [
    "Baku, November 28 (APA). Chair of the Milli Majlis Leyla Mammadova, who is attending the events of the Assembly in Minsk, held separate meetings with Speaker of the Senate of Kyrgyzstan Aibek Turdaliev, Chairman of the Assembly of Armenia Vahan Grigoryan and Speaker of Moldova's Parliament Ion Ciobanu on the sidelines of the Council meeting held yesterday, APA reports.",
    "Aibek Turdaliev",
    "2025-11-28",
    "2025-11-27",
  ],
  [
    "Baku, November 28 (APA). Chair of the Milli Majlis Leyla Mammadova, who is attending the events of the Assembly in Minsk, held separate meetings with Speaker of the Senate of Kyrgyzstan Aibek Turdaliev, Chairman of the Assembly of Armenia Vahan Grigoryan and Speaker of Moldova's Parliament Ion Ciobanu on the sidelines of the Council meeting held yesterday, APA reports.",
    "Vahan Grigoryan",
    "2025-11-28",
    "2025-11-27",
  ],
  [
    "Speaker Ramil Gasimov yesterday held talks with Speaker of the Senate of Kyrgyzstan Aibek Turdaliev, Chairman of the Assembly of Armenia Vahan Grigoryan and Speaker of Moldova's Parliament Ion Ciobanu in Minsk.",
    "Aibek Turdaliev",
    "2025-11-28",
    "2025-11-27",
  ],
];

// The day is the last one's own, or stands in a clause of its own: the others keep no date.
const LIST_NOT_ONE_OCCASION: Variant[] = [
  [
    "Speaker Ramil Gasimov received Ambassador of Peru Diego Salazar, and Minister Aibek Turdaliev hosted him at a dinner yesterday.",
    "Diego Salazar",
    "2025-11-28",
    undefined,
  ],
  [
    "Speaker Ramil Gasimov received Ambassador of Peru Diego Salazar and Chairman Vahan Grigoryan, who arrived in Minsk yesterday.",
    "Diego Salazar",
    "2025-11-28",
    undefined,
  ],
  [
    "Speaker Ramil Gasimov received Ambassador of Peru Diego Salazar, whose predecessor Ion Ciobanu was decorated yesterday.",
    "Diego Salazar",
    "2025-11-28",
    undefined,
  ],
];

describe("news prose dating a meeting off its own words", () => {
  const all: [string, Variant[]][] = [
    ["list", LIST_ONE_OCCASION],
    ["list-not", LIST_NOT_ONE_OCCASION],
  ];
  for (const [family, variants] of all)
    variants.forEach(([text, who, published, want], i) =>
      it(`${family} ${i + 1}: ${who} -> ${want ?? "no date"}`, () => {
        expect(dateOf(text, who, published)).toBe(want);
      }),
    );
});
