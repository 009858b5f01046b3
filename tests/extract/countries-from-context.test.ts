/**
 * Countries that a report's frame gives its people: a dateline printed on a line of its own, a
 * country standing in the dateline's place ("Ostria: ..."), the nearest country before a delegation
 * ("X welcomes US House delegation led by Y"), a headline title in short form ("Prez"). Every name
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { type PeopleReport, peopleErrors } from "./people-helpers.ts";

const REPORTS: PeopleReport[] = [
  // The dateline alone on the line above the first paragraph: bare titles are of its country.
  [
    "NAIROBI\n\nSpeaker Jomo Wekesa met with party leader Amani Otieno before the vote.",
    [
      ["Jomo Wekesa", "Kenya"],
      ["Amani Otieno", "Kenya"],
    ],
  ],
  // A country in the dateline's place, closed by a colon.
  [
    "Egypt: President Karim Mansour received a delegation led by Minister of Foreign Affairs Tarek Hamdi.",
    [["Karim Mansour", "Egypt"]],
  ],
  // The delegation's country is the one nearest "delegation", not the host's named first.
  [
    "Egyptian President Karim Mansour welcomes US House delegation led by Daniel Whitfield.",
    [
      ["Karim Mansour", "Egypt"],
      ["Daniel Whitfield", "United States"],
    ],
  ],
  // "Talking to" frames the name: the role starts after it, and the envoy is of the country that owns the title.
  [
    "Talking to Austria’s Ambassador to Kenya Lena Varga, who called on him, the speaker said that ties were strong.",
    [["Lena Varga", "Austria", "Austria’s Ambassador to Kenya"]],
  ],
  // A party in brackets between the name and its apposition: the apposition is still the name's.
  [
    "During the visit, Jari Lehto met with Riigikogu Speaker Mart Kask (Centre) in Tallinn. The meeting was also attended by Peeter Tamm (Eesti 200), chair of Estonia's National Defense Committee.",
    [
      ["Mart Kask", "Estonia", "Riigikogu Speaker"],
      ["Peeter Tamm", "Estonia", "chair of Estonia's National Defense Committee"],
    ],
  ],
  // A country named with "of" after a chamber name several countries use says whose chamber it is.
  [
    "Speaker Kamran Haidar met Chairman of Majlis-e-Shura of Kingdom of Saudi Arabia Faisal Al-Qahtani.",
    [["Faisal Al-Qahtani", "Saudi Arabia", "Chairman of Majlis-e-Shura of Kingdom of Saudi Arabia"]],
  ],
  // A friendship group "with" a country: the partner is part of the role, not the member's country.
  [
    "CHISINAU – Speaker Ion Rusu met the guests. Attending the meeting was the head of the parliamentary group of friendship with Romania, Elena Ciobanu.",
    [["Elena Ciobanu", "Moldova", "head of the parliamentary group of friendship with Romania"]],
  ],
  // Whoever leads a delegation the sentence gives a country is of it, wherever the trip goes; the
  // hosts of a visit "On their visit to Tokyo" are of the country visited.
  [
    "On their parliamentary visit to Tokyo, Japan, Senate President Ramon Dizon led a delegation of Philippine senators in meetings with the leadership of the Diet. The delegation was received by Speaker Tanaka Hiroshi.",
    [
      ["Ramon Dizon", "Philippines", "Senate President"],
      ["Tanaka Hiroshi", "Japan", "Speaker"],
    ],
  ],
  // "Prez" is a headline's President: a title, not part of the name.
  ["Egyptian Prez Karim Mansour met the guests.", [["Karim Mansour", "Egypt", "Egyptian Prez"]]],
];

describe("countries the frame of a report gives its people", () => {
  it("gives each person the country the dateline, the delegation or the title implies", () => {
    expect(peopleErrors(REPORTS)).toEqual([]);
  });

  it("does not take a sentence that opens on a country for a dateline", () => {
    const wrong = peopleErrors([
      ["Kenya and Uganda held talks. Speaker Jomo Wekesa spoke.", [["Jomo Wekesa", ""]]],
    ]);
    expect(wrong).toEqual([]);
  });

  it("records an envoy's formal rank also in its short form", () => {
    const text =
      "Speaker Bold Gantulga received Yuki Tanaka-Mori, Ambassador Extraordinary and Plenipotentiary of Japan to Mongolia.";
    expect(
      peopleErrors([
        [
          text,
          [
            [
              "Yuki Tanaka-Mori",
              "Japan",
              "Ambassador Extraordinary and Plenipotentiary of Japan to Mongolia",
            ],
          ],
        ],
        [text, [["Yuki Tanaka-Mori", "Japan", "Ambassador of Japan to Mongolia"]]],
      ]),
    ).toEqual([]);
  });
});
