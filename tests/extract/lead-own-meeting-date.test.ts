/**
 * A lead that dates its own meeting ("A and his Ostrian counterpart B met on Tuesday 22/3/2022"),
 * told again later ("During the meeting with B, A reviewed ..."), then a meeting the report adds
 * without a day ("A also met with C"): the lead's date is the first meeting's, not the added one's.
 * Invented reports in several wordings.
 */
import { describe, expect, it } from "vitest";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const REPORTS = [
  `Karim El-Sayed, speaker of Egypt's parliament - the House of Representatives - and his Malaysian counterpart Aziz Rahman met on Tuesday 22/3/2022 to discuss bilateral relations between Cairo and Kuala Lumpur.
El-Sayed said "Egypt has distinguished relations with Malaysia."
An official statement said during the meeting with Rahman, El-Sayed reviewed Egypt's efforts in the field of education.
El-Sayed also met with Youssef Bennani, speaker of Morocco's parliament, to discuss relations between Egypt and Morocco.`,
  `Pedro Alvarez, president of Chile's Senate - the upper house - and his Peruvian counterpart Lucia Quispe met on Monday 21/3/2022 to discuss trade between Santiago and Lima.
Alvarez said "Chile and Peru are close partners."
A statement said that at the talks with Quispe, Alvarez stressed the role of the Pacific Alliance.
Alvarez also held talks with Marcos Duarte, speaker of Paraguay's Chamber of Deputies, on regional issues.`,
];

describe("a lead's date told of its own meeting", () => {
  it.each(REPORTS)("stays with that meeting: %s", (text) => {
    const meetings = placesAndDatesOf(text, "2022-03-23");
    const dated = meetings.filter((m) => m.date).map((m) => m.names.length);
    expect(meetings.length).toBe(2);
    expect(meetings.filter((m) => m.date).length).toBe(1);
    expect(dated).toEqual([2]);
    const added = meetings.find((m) => m.names.some((n) => /Bennani|Duarte/.test(n)));
    expect(added?.date).toBeUndefined();
  });
});
