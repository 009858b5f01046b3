/**
 * A report that leads with what someone said on a day, then says the words were said at a meeting
 * ("X stated today that ... . X made that statement at the meeting with Y"): the meeting is of that
 * day. Invented reports in several wordings; negatives where nothing ties the saying to the meeting.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

// Each report's one meeting, with the day it must have (undefined: none).
const REPORTS: [text: string, day: string | undefined][] = [
  [
    "TBILISI - Chairman of the Parliament of Ostria Davit Beridze stated today that relations with Veldania should be brotherly. The press service informed that Davit Beridze made that statement at the meeting with his Veldanian counterpart Aram Petrosyan, who is on an official visit.",
    "2024-05-14",
  ],
  [
    "RIGA - Speaker Ilze Kalnina said on Monday that the two parliaments would set up a working group. Ilze Kalnina said this during talks with Lithuanian Seimas Speaker Jonas Petraitis.",
    "2024-05-13",
  ],
  [
    "NAIROBI - Speaker Wanjiru Kamau told reporters yesterday that trade must double. The remarks were made at a meeting with Tanzanian Speaker Amani Mushi.",
    "2024-05-13",
  ],
  // Nothing ties the saying to the meeting: the meeting keeps no day.
  [
    "TBILISI - Chairman of the Parliament of Ostria Davit Beridze stated today that relations with Veldania should be brotherly. Earlier Davit Beridze held a meeting with his Veldanian counterpart Aram Petrosyan.",
    undefined,
  ],
  // The statement's day is one the sentence does not give to the saying.
  [
    "Speaker Ilze Kalnina said that the working group founded on 3 March would meet again. Ilze Kalnina said this during talks with Lithuanian Seimas Speaker Jonas Petraitis.",
    undefined,
  ],
];

describe("a saying of a stated day placed at a meeting", () => {
  it.each(REPORTS)("%s", (text, day) => {
    const meetings = placesAndDatesOf(text);
    expect(meetings.length).toBe(1);
    expect(meetings[0]?.date?.start).toBe(day);
  });
});
