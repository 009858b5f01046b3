/**
 * A paraphrase probe: one held meeting of two invented people, reported in many wordings of news
 * English. Each report must give exactly that one meeting. Invented names and bodies only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const A = "Velko Dramin";
const B = "Orsolya Kertveny";
const pair = [B, A].sort();

const reports: [string, string][] = [
  [
    "held talks with",
    `Speaker of the Parliament of Moldova ${A} held talks with Chairwoman of the National Assembly of Hungary ${B} in Chisinau.`,
  ],
  [
    "conferred with",
    `Speaker of the Parliament of Moldova ${A} conferred with Chairwoman of the National Assembly of Hungary ${B} on Monday.`,
  ],
  [
    "sat down with",
    `Speaker of the Parliament of Moldova ${A} sat down with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "had a conversation with",
    `Speaker of the Parliament of Moldova ${A} had a conversation with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "exchanged views with",
    `Speaker of the Parliament of Moldova ${A} exchanged views with Chairwoman of the National Assembly of Hungary ${B} on regional security.`,
  ],
  [
    "paid a courtesy call on",
    `Speaker of the Parliament of Moldova ${A} paid a courtesy call on Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "called on",
    `Ambassador of Moldova ${A} called on Chairwoman of the National Assembly of Hungary ${B} at the parliament.`,
  ],
  [
    "was received by",
    `Speaker of the Parliament of Moldova ${A} was received by Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "had an audience with",
    `Ambassador of Moldova ${A} had an audience with Chairwoman of the National Assembly of Hungary ${B}.`,
  ],
  [
    "hosted",
    `Chairwoman of the National Assembly of Hungary ${B} hosted Speaker of the Parliament of Moldova ${A} in Budapest.`,
  ],
  [
    "welcomed ... to the parliament",
    `Chairwoman of the National Assembly of Hungary ${B} welcomed Speaker of the Parliament of Moldova ${A} to the parliament on Tuesday.`,
  ],
  [
    "received a delegation led by",
    `Chairwoman of the National Assembly of Hungary ${B} received a delegation led by Speaker of the Parliament of Moldova ${A}.`,
  ],
  [
    "met on the sidelines of",
    `Speaker of the Parliament of Moldova ${A} met Chairwoman of the National Assembly of Hungary ${B} on the sidelines of the Inter-Parliamentary Union Assembly in Geneva.`,
  ],
  [
    "a bilateral meeting took place between",
    `A bilateral meeting took place between Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "talks between A and B focused on",
    `Talks between Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} focused on energy.`,
  ],
  [
    "A and B discussed",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} discussed energy cooperation in Budapest.`,
  ],
  [
    "at their meeting, A and B",
    `At their meeting in Budapest, Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} reviewed trade ties.`,
  ],
  [
    "during his meeting with",
    `During his meeting with Chairwoman of the National Assembly of Hungary ${B}, Speaker of the Parliament of Moldova ${A} praised the bilateral ties.`,
  ],
  [
    "in talks with",
    `In talks with Chairwoman of the National Assembly of Hungary ${B}, Speaker of the Parliament of Moldova ${A} stressed the importance of trade.`,
  ],
  [
    "A's meeting with B",
    `Speaker of the Parliament of Moldova ${A}'s meeting with Chairwoman of the National Assembly of Hungary ${B} lasted two hours.`,
  ],
  [
    "A and B held consultations",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} held consultations in Budapest.`,
  ],
  [
    "A and B met behind closed doors",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} met behind closed doors in Budapest.`,
  ],
  [
    "A met his counterpart B",
    `Speaker of the Parliament of Moldova ${A} met his Hungarian counterpart ${B} in Budapest.`,
  ],
  [
    "A was welcomed by B",
    `Speaker of the Parliament of Moldova ${A} was welcomed by Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "co-chaired the intergovernmental commission",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} co-chaired the session of the intergovernmental commission in Budapest.`,
  ],
  [
    "held a video conference with",
    `Speaker of the Parliament of Moldova ${A} held a video conference with Chairwoman of the National Assembly of Hungary ${B} on Monday.`,
  ],
  [
    "a working breakfast with",
    `Speaker of the Parliament of Moldova ${A} had a working breakfast with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "B received A at his residence",
    `Chairwoman of the National Assembly of Hungary ${B} received Speaker of the Parliament of Moldova ${A} at her residence.`,
  ],
  [
    "was greeted at the airport by",
    `Speaker of the Parliament of Moldova ${A} was greeted at the airport by Chairwoman of the National Assembly of Hungary ${B}.`,
  ],
  [
    "A and B signed a memorandum",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} signed a memorandum of understanding in Budapest.`,
  ],
  [
    "had a meeting with",
    `Speaker of the Parliament of Moldova ${A} had a meeting with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "attended a luncheon with",
    `Speaker of the Parliament of Moldova ${A} attended a luncheon with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "negotiated with",
    `Speaker of the Parliament of Moldova ${A} negotiated with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "consulted with",
    `Speaker of the Parliament of Moldova ${A} consulted with Chairwoman of the National Assembly of Hungary ${B} in Budapest on Monday.`,
  ],
  [
    "gave a reception for",
    `Chairwoman of the National Assembly of Hungary ${B} gave a reception for Speaker of the Parliament of Moldova ${A} in Budapest.`,
  ],
  [
    "dined with",
    `Speaker of the Parliament of Moldova ${A} dined with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "joined B for talks",
    `Speaker of the Parliament of Moldova ${A} joined Chairwoman of the National Assembly of Hungary ${B} for talks in Budapest.`,
  ],
  [
    "A and B sat down for talks",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} sat down for talks in Budapest.`,
  ],
  [
    "A and B came together",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} came together in Budapest.`,
  ],
  [
    "A and B conferred",
    `Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} conferred in Budapest on Monday.`,
  ],
  [
    "was hosted by",
    `Speaker of the Parliament of Moldova ${A} was hosted by Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "was met by ... at the airport",
    `Speaker of the Parliament of Moldova ${A} was met by Chairwoman of the National Assembly of Hungary ${B} at the airport.`,
  ],
  [
    "had lunch with",
    `Speaker of the Parliament of Moldova ${A} had lunch with Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "talks were held between",
    `Talks were held between Speaker of the Parliament of Moldova ${A} and Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
  ],
  [
    "a pronoun in the next sentence",
    `Speaker of the Parliament of Moldova ${A} arrived in Budapest on Monday. He held talks with Chairwoman of the National Assembly of Hungary ${B} at the parliament.`,
  ],
];

describe("one held meeting, many wordings", () => {
  for (const [wording, text] of reports) {
    it(wording, () => {
      expect(names(text)).toEqual([pair]);
    });
  }
});

// The annotated articles' convention: whoever accompanies someone is on their side, never a
// counterpart; company named in the sentence of a meeting sits at it (a named person as a
// participant, an unnamed group as a party); company named for a whole visit sits at no meeting.
describe("an escort", () => {
  const C = "Ion Caraman";
  it("is no meeting of the escorted and the escort, at home or abroad", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A}, accompanied by Chairwoman of the National Assembly of Hungary ${B}, toured the parliament building in Budapest.`,
      ),
    ).toEqual([]);
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A}, accompanied by Deputy Speaker ${C}, toured the parliament building in Budapest.`,
      ),
    ).toEqual([]);
  });
  it("nor when the next sentence speaks of the sides", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A}, accompanied by Deputy Speaker ${C}, arrived in Budapest on an official visit.\n\nThe sides discussed cooperation.`,
      ),
    ).toEqual([]);
  });
  // Company named in the clause of the meeting verb sat at that table; company of the trip did not.
  it("named in the sentence of a meeting, is counted at that meeting", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A}, accompanied by Deputy Speaker ${C}, met Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
      ),
    ).toEqual([[...pair, C].sort()]);
  });
  it("unnamed in the sentence of a meeting, is no party to it either", () => {
    const ms = meetingsOf(
      `Speaker of the Parliament of Moldova ${A}, accompanied by a group of Moldovan MPs, met Chairwoman of the National Assembly of Hungary ${B} in Budapest.`,
    );
    expect(ms.map((m) => [m.names, m.countries])).toEqual([[pair, []]]);
  });
  it("named for the whole visit, sits at no meeting", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A} met Chairwoman of the National Assembly of Hungary ${B} in Budapest. ${A} is accompanied by Deputy Speaker ${C} during the visit.`,
      ),
    ).toEqual([pair]);
  });
});

describe("near misses of the wordings fixed above", () => {
  it("a video conference still to be held is not a held one", () => {
    const ms = meetingsOf(
      `Speaker of the Parliament of Moldova ${A} will hold a video conference with Chairwoman of the National Assembly of Hungary ${B} next week.`,
    );
    expect(ms.filter((m) => m.status === "held")).toEqual([]);
  });
  it("a press conference on someone's law meets no one", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A} held a press conference on the law drafted by Chairwoman of the National Assembly of Hungary ${B}.`,
      ),
    ).toEqual([]);
  });
  it("a video conference that was postponed meets no one", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A} said the video conference with Chairwoman of the National Assembly of Hungary ${B} had been postponed.`,
      ),
    ).toEqual([]);
  });
  it("a reception attended where the other person was absent", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A} attended a reception at the embassy, where Chairwoman of the National Assembly of Hungary ${B} was not present.`,
      ),
    ).toEqual([]);
  });
  it("a luncheon on a third person's law", () => {
    expect(
      names(
        `Speaker of the Parliament of Moldova ${A} attended a luncheon on the new budget law proposed by Chairwoman of the National Assembly of Hungary ${B}.`,
      ),
    ).toEqual([]);
  });
});

describe("near misses of the verbs added for the probe", () => {
  const a = `Speaker of the Parliament of Moldova ${A}`;
  const b = `Chairwoman of the National Assembly of Hungary ${B}`;
  const none: [string, string][] = [
    [
      "negotiated with a body, over a third person's budget",
      `${a} negotiated with the ministry over the budget proposed by ${b}.`,
    ],
    ["joined a commission someone heads", `${a} joined the commission headed by ${b} in 2019.`],
    [
      "a reception for an anniversary of someone's law",
      `${a} gave a reception for the anniversary of the law drafted by ${b}.`,
    ],
    [
      "parties that came together in a coalition",
      `The parties of ${a} and ${b} came together in a coalition.`,
    ],
    ["consulted with experts on someone's plan", `${a} consulted with experts on the plan of ${b}.`],
    ["dined with students", `${a} dined with students in Budapest, and ${b} stayed in Chisinau.`],
  ];
  for (const [wording, text] of none) {
    it(wording, () => {
      expect(names(text)).toEqual([]);
    });
  }
  it("joining someone for talks next week is not a held meeting", () => {
    const ms = meetingsOf(`${a} will join ${b} for talks next week.`);
    expect(ms.filter((m) => m.status === "held")).toEqual([]);
  });
});
