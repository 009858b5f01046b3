/**
 * A paraphrase probe of mentioned-not-met people: each invented report states one real meeting of
 * two people and mentions a third who was thanked, praised, greeted by proxy, quoted, recalled or
 * named in a relationship; the third must never be paired with anyone.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const MET =
  "Speaker of the Parliament Darius Velkan met with Ambassador of Norway Mirela Ostrova in Belgrade on 12 May.";
const met = [["Darius Velkan", "Mirela Ostrova"]];

/** [family, second and third sentences after the meeting sentence]. */
const cases: [string, string][] = [
  ["thanked", "Velkan thanked President Tobias Kreuner for his support of the parliament."],
  [
    "expressed gratitude",
    "The Speaker expressed gratitude to Prime Minister Tobias Kreuner for the humanitarian aid.",
  ],
  [
    "praised",
    "Velkan praised Foreign Minister Tobias Kreuner for his personal contribution to bilateral ties.",
  ],
  [
    "paid tribute",
    "Ostrova paid tribute to the late President Tobias Kreuner, who laid the foundations of the partnership.",
  ],
  [
    "conveyed greetings",
    "The ambassador conveyed warm greetings from President Tobias Kreuner to the Speaker.",
  ],
  ["on behalf of", "On behalf of President Tobias Kreuner, Ostrova invited the Speaker to visit Norway."],
  [
    "congratulated on election",
    "Velkan also congratulated Tobias Kreuner on his election as President of Norway.",
  ],
  [
    "congratulated on holiday",
    "The Speaker congratulated King Tobias Kreuner and the people of Norway on their National Day.",
  ],
  ["condolences", "Velkan expressed condolences to President Tobias Kreuner over the victims of the floods."],
  [
    "handed over a letter",
    "The ambassador handed over a letter from Prime Minister Tobias Kreuner to the Speaker.",
  ],
  ["sent a message", "Velkan asked her to pass a message to Senate President Tobias Kreuner."],
  ["message read out", "A message from President Tobias Kreuner was read out at the start of the talks."],
  [
    "quoted words",
    "Velkan quoted the words of President Tobias Kreuner that the two nations are bound by friendship.",
  ],
  [
    "recalled visit last year",
    "The Speaker recalled the visit of President Tobias Kreuner to Serbia last year.",
  ],
  [
    "recalled earlier meeting",
    "Ostrova recalled the earlier meeting between Velkan and Senator Tobias Kreuner in 2019.",
  ],
  [
    "dialogue between heads of state",
    "The sides noted that relations are growing thanks to the dialogue between the heads of state Tobias Kreuner and Anton Halvik.",
  ],
  ["at the initiative of", "The friendship group was created at the initiative of Senator Tobias Kreuner."],
  [
    "agreements reached by",
    "They discussed the implementation of the agreements reached by Presidents Tobias Kreuner and Anton Halvik.",
  ],
  ["invitation conveyed", "The invitation of Speaker Tobias Kreuner to visit Norway was conveyed to Velkan."],
  [
    "spoke by phone",
    "Later that day, President Tobias Kreuner spoke by phone with Prime Minister Anton Halvik.",
  ],
  ["video address", "President Tobias Kreuner addressed the forum by video link."],
  [
    "addressed the plenary",
    "On the same day Prime Minister Tobias Kreuner addressed the plenary session of the assembly.",
  ],
  ["author of a law", "They discussed the new energy law drafted by deputy Tobias Kreuner."],
  [
    "author of a strategy",
    "Velkan spoke about the development strategy put forward by President Tobias Kreuner.",
  ],
  ["informed about reforms", "Velkan informed Ostrova about the reforms of President Tobias Kreuner."],
  [
    "informed about reforms 2",
    "The Speaker briefed the guest on the political reforms initiated by Head of State Tobias Kreuner.",
  ],
  ["could not attend", "Senator Tobias Kreuner, who could not attend, sent his regards."],
  [
    "thanks to the support of",
    "Ostrova noted that the embassy opened thanks to the support of Prime Minister Tobias Kreuner.",
  ],
  [
    "highly appreciated",
    "The ambassador highly appreciated the role of President Tobias Kreuner in strengthening the parliament.",
  ],
  ["greetings by proxy 2", "Ostrova conveyed to Velkan the best wishes of Speaker Tobias Kreuner."],
  [
    "message read 2",
    "At the end, the Speaker read out the greetings of President Tobias Kreuner to the delegation.",
  ],
  [
    "condolences 2",
    "Ostrova offered her condolences to Velkan on the death of former Speaker Tobias Kreuner.",
  ],
  ["greetings to, at the talks", "During the talks, Velkan conveyed greetings to President Tobias Kreuner."],
  [
    "congratulated at the meeting",
    "At the meeting, the Speaker congratulated Tobias Kreuner on his election as President.",
  ],
  [
    "phone conversation held jointly",
    "Velkan and President Tobias Kreuner held a phone conversation later that day.",
  ],
  [
    "asked to convey wishes",
    "Velkan asked the ambassador to convey his best wishes to President Tobias Kreuner.",
  ],
  [
    "greetings of one who could not attend",
    "Mirela Ostrova conveyed the greetings of Speaker Tobias Kreuner, who could not attend the meeting.",
  ],
  [
    "video address earlier",
    "Earlier, President Tobias Kreuner addressed the participants of the forum via video.",
  ],
  ["told about reforms", "Velkan told Ostrova about the reforms carried out by President Tobias Kreuner."],
  ["on the instructions of", "The talks took place on the instructions of President Tobias Kreuner."],
  [
    "through her, thanked",
    "Velkan thanked Ostrova and, through her, President Tobias Kreuner for the support.",
  ],
  ["congratulatory message", "President Tobias Kreuner sent a congratulatory message to Velkan."],
  ["recalled talks", "Velkan recalled his talks with Prime Minister Tobias Kreuner in Oslo in 2021."],
];

describe("mentioned-not-met people, in paraphrase", () => {
  for (const [family, rest] of cases)
    it(`${family}: the only meeting is the one of the first sentence`, () => {
      expect(meetingsOf(`${MET} ${rest}`).map((m) => m.names)).toEqual(met);
    });
  it("thanks for the welcome during their talks is the meeting itself", () => {
    const m = meetingsOf(
      "Speaker Darius Velkan thanked Ambassador Mirela Ostrova for the warm welcome during their talks in Belgrade.",
    );
    expect(m.map((x) => x.names)).toEqual(met);
  });
  it("congratulating the host on the anniversary of their parliament, on a visit to them, is said in person", () => {
    const m = meetingsOf(
      "In Vilnius, the Moldovan deputies met the leadership of the Seimas. Deputy Speaker Radu Ciobanel congratulated Speaker Ausra Petrauskiene on the 30th anniversary of the Seimas.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ausra Petrauskiene", "Radu Ciobanel"]]);
  });
  it("an aside naming the one represented is no side of the meeting", () => {
    for (const text of [
      "Speaker Darius Velkan, on behalf of President Tobias Kreuner, met with Ambassador of Norway Mirela Ostrova.",
      "Speaker Darius Velkan met with Ambassador of Norway Mirela Ostrova on behalf of President Tobias Kreuner.",
      "Speaker Darius Velkan received Ambassador of Norway Mirela Ostrova, who handed over a letter from President Tobias Kreuner.",
      "Speaker Darius Velkan met with Ambassador of Norway Mirela Ostrova, who conveyed greetings from President Tobias Kreuner.",
    ])
      expect(meetingsOf(text).map((m) => m.names)).toEqual(met);
  });
  it("congratulations or greetings at the meeting go to the one met there", () => {
    for (const rest of [
      "At the meeting, the Speaker congratulated Ostrova on her appointment.",
      "During the talks, Velkan conveyed the greetings of President Tobias Kreuner to Ostrova.",
    ])
      expect(meetingsOf(`${MET} ${rest}`).map((m) => m.names)).toEqual(met);
  });
});
