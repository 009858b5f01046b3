/**
 * Dates of meetings told the way news prose tells them off the meeting's own words: a list of people
 * met on one occasion the sentence dates once ("held separate meetings with A, B and C on the
 * sidelines of the session held yesterday"); a meeting "on the sidelines" of an event whose days the
 * report's opening gives; a day of a visit counted from the visit's length and end ("The two-day
 * visit ended yesterday ... On the second day of the visit"); a meeting dated before its noun after a
 * possessive ("the trip comes after X's Sept. 22 meeting with Y"). Beside each, variants where the
 * date must stay null. Names are invented.
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

const SIDELINES_OF_DATED_EVENT: Variant[] = [
  [
    "ASTANA. KAZINFORM – The delegation headed by Deputy Chairman of the Majilis Aigul Serikova took part in the 151st Assembly of the Inter-Parliamentary Union, which was held in Geneva on October 13-17.\n\nOn the sidelines of the Assembly, Serikova held bilateral meetings with the Speaker of the Dewan Rakyat of Malaysia Razak bin Hamid and the President of the Senate of Paraguay Julio Acosta Rivas.",
    "Razak bin Hamid",
    "2024-10-18",
    "2024-10-13",
  ],
  [
    "VIENNA, 10 December. OSCE PA President Ramaz Kvaratskhelia welcomed closer dialogue at the Ministerial Council taking place in the Austrian capital on 7-8 December.\n\nOn the margins of the Ministerial Council, Kvaratskhelia met with Foreign Minister Livia Petrescu.",
    "Livia Petrescu",
    "2017-12-10",
    "2017-12-07",
  ],
];

// The opening gives no days of that event, or of another one, or dates the meetings one by one.
const SIDELINES_NOT_DATED: Variant[] = [
  [
    "ASTANA. KAZINFORM – Deputy Chairman Aigul Serikova took part in the summer session of the Assembly held in Vienna, the press service reports.\n\nOn the sidelines of the plenary session, Serikova met with the Speaker of the Dewan Rakyat of Malaysia Razak bin Hamid.",
    "Razak bin Hamid",
    "2024-10-18",
    undefined,
  ],
  [
    "ASTANA. KAZINFORM – The Eurasian Economic Forum was held in Almaty on October 13-17. Deputy Chairman of the Majilis Aigul Serikova is in Geneva.\n\nOn the sidelines of the Assembly, Serikova met with the Speaker of the Dewan Rakyat of Malaysia Razak bin Hamid.",
    "Razak bin Hamid",
    "2024-10-18",
    undefined,
  ],
  [
    "ASTANA. KAZINFORM – The delegation headed by Deputy Chairman of the Majilis Aigul Serikova took part in the 151st Assembly of the Union, which was held in Geneva on October 13-17.\n\nOn October 14, Serikova was received by the President of the Union Lars Berggren.\n\nOn the sidelines of the Assembly, Serikova also met with the Speaker of the Dewan Rakyat of Malaysia Razak bin Hamid.",
    "Razak bin Hamid",
    "2024-10-18",
    undefined,
  ],
];

const DAY_OF_A_VISIT_THAT_ENDED: Variant[] = [
  [
    "The two-day visit to Warsaw of the Chairman of the Verkhovna Rada of Ukraine, Taras Melnyk, ended yesterday.\n\nOn the second day of the visit Taras Melnyk was received by the Marshal of the Senate, Jerzy Kowalczyk.",
    "Jerzy Kowalczyk",
    "2022-06-08",
    "2022-06-07",
  ],
  [
    "The President of the Riigikogu, Mart Kivisild, concluded yesterday a three-day official visit to Norway.\n\nOn the second day of the visit, Kivisild held talks with the President of the Storting, Sigrid Haugland.",
    "Sigrid Haugland",
    "2023-06-16",
    "2023-06-14",
  ],
  [
    "BRATISLAVA, 12 May. Speaker Oskar Dvorak wrapped up on Friday a four-day working visit to Slovakia.\n\nDuring the visit, Dvorak met with Prime Minister Marek Hudak.",
    "Marek Hudak",
    "2023-05-13",
    "2023-05-09",
  ],
];

// The end is not the only day told, or the visit ended long before the report: no day of it.
const DAY_OF_A_VISIT_NOT_COUNTED: Variant[] = [
  [
    "The three-day visit of Speaker Mart Kivisild to Norway, which began on Monday, ended yesterday.\n\nOn the second day of the visit, Kivisild held talks with the President of the Storting, Sigrid Haugland.",
    "Sigrid Haugland",
    "2023-06-16",
    undefined,
  ],
  [
    "Speaker Mart Kivisild recalled that his three-day visit to Norway ended on 2 March.\n\nOn the second day of the visit, Kivisild held talks with the President of the Storting, Sigrid Haugland.",
    "Sigrid Haugland",
    "2023-06-16",
    undefined,
  ],
];

const POSSESSIVE_DAY: Variant[] = [
  [
    "The trip comes after Speaker Han Min-ho's Sept. 22 meeting with Kazakh Senate Chairman Nurlan Temirbek in Seoul, during which the two agreed on a parliamentary forum.",
    "Nurlan Temirbek",
    "2025-09-30",
    "2025-09-22",
  ],
  [
    "The agreement follows Chairman Aliyu Bello's June 4 talks with Foreign Minister Kofi Mensah in Accra.",
    "Kofi Mensah",
    "2024-06-20",
    "2024-06-04",
  ],
];

// "Earlier in the day" after a flashback is the day of the story, not of the flashback.
const AFTER_A_FLASHBACK: Variant[] = [
  [
    "SEOUL, Sept. 30 (Yonhap) -- Speaker Han Min-ho met Uzbek President Timur Rashidov in Tashkent on Monday.\n\nThe trip comes after Han's Sept. 22 meeting with Kazakh Senate Chairman Nurlan Temirbek in Seoul.\n\nEarlier in the day, Han met with Foreign Minister Dilshod Karimov.",
    "Dilshod Karimov",
    "2025-09-30",
    "2025-09-29",
  ],
];

// The date names another event the meeting is placed after: no day of the meeting.
const POSSESSIVE_DAY_NOT: Variant[] = [
  [
    "After the Sept. 22 meeting of the Council in Geneva, Speaker Han Min-ho received Ambassador of Peru Diego Salazar.",
    "Diego Salazar",
    "2025-09-30",
    undefined,
  ],
  [
    "After the Sept. 22 elections, Speaker Han Min-ho received Ambassador of Peru Diego Salazar.",
    "Diego Salazar",
    "2025-09-30",
    undefined,
  ],
];

describe("news prose dating a meeting off its own words", () => {
  const all: [string, Variant[]][] = [
    ["list", LIST_ONE_OCCASION],
    ["list-not", LIST_NOT_ONE_OCCASION],
    ["sidelines", SIDELINES_OF_DATED_EVENT],
    ["sidelines-not", SIDELINES_NOT_DATED],
    ["visit-end", DAY_OF_A_VISIT_THAT_ENDED],
    ["visit-end-not", DAY_OF_A_VISIT_NOT_COUNTED],
    ["possessive", POSSESSIVE_DAY],
    ["possessive-not", POSSESSIVE_DAY_NOT],
    ["flashback", AFTER_A_FLASHBACK],
  ];
  for (const [family, variants] of all)
    for (const [i, [text, who, published, want]] of variants.entries())
      it(`${family} ${i + 1}: ${who} -> ${want ?? "no date"}`, () => {
        expect(dateOf(text, who, published)).toBe(want);
      });
});
