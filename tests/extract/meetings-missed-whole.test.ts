/**
 * Meetings that real agency prose tells in constructions the finders missed whole: each table gives
 * invented sentences in several wordings, the sides they must yield, and the negatives (a mention, a
 * thanks, a call, a plan, a relationship) that must yield no meeting or a planned one.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

type Row = [text: string, names: string[], countries?: string[], status?: "held" | "planned"];

/** Runs a table: each sentence must yield exactly one meeting with these sides. */
function expectOneMeeting(rows: Row[]) {
  it.each(rows)("%s", (text, names, countries = [], status = "held") => {
    expect(meetingsOf(text)).toEqual([
      { names: [...names].sort(), countries: [...countries].sort(), status },
    ]);
  });
}

describe("a delegation whose leader is joined by ', and led by'", () => {
  expectOneMeeting([
    [
      "President Aram Vartan of Armenia on Thursday received a parliamentary delegation from Russia, and led by deputy chairman Oleg Pavlov of the Commission.",
      ["Aram Vartan", "Oleg Pavlov"],
      ["Russia"],
    ],
    [
      "Speaker Lina Moraes received a delegation of the Senate of Chile, and headed by its vice-president Tomas Ibarra.",
      ["Lina Moraes", "Tomas Ibarra"],
      ["Chile"],
    ],
    [
      "Prime Minister Aziz Karimov met a group of Japanese lawmakers, and led by Kenji Watanabe.",
      ["Aziz Karimov", "Kenji Watanabe"],
      ["Japan"],
    ],
    [
      "Speaker Lina Moraes will receive a delegation from Ghana, and led by Kwame Asante, on Friday.",
      ["Kwame Asante", "Lina Moraes"],
      ["Ghana"],
      "planned",
    ],
  ]);
  it("reads no meeting where the delegation is only thanked", () => {
    const text =
      "Speaker Lina Moraes thanked a delegation from Ghana, and led by Kwame Asante, for its letter.";
    expect(meetingsOf(text)).toEqual([]);
  });
});

describe("a meeting held on a day 'between' two people", () => {
  expectOneMeeting([
    [
      "A meeting was held today between speaker of the Russian State Duma Oleg Pavlov and speaker of Milli Majlis (Azerbaijani Parliament) Leyla Aliyeva.",
      ["Leyla Aliyeva", "Oleg Pavlov"],
    ],
    [
      "Talks took place on Monday in Vilnius between Speaker Rasa Petraitė and Kenji Sato, Speaker of the House of Representatives of Japan.",
      ["Kenji Sato", "Rasa Petraitė"],
    ],
    [
      "A meeting was held yesterday between Chairman Omar Haddad and the delegation of Kenya.",
      ["Omar Haddad"],
      ["Kenya"],
    ],
    [
      "A meeting will be held tomorrow between Oleg Pavlov and Leyla Aliyeva.",
      ["Leyla Aliyeva", "Oleg Pavlov"],
      [],
      "planned",
    ],
  ]);
  it.each([
    "A telephone conversation was held today between Oleg Pavlov and Leyla Aliyeva.",
    "Relations between Oleg Pavlov and Leyla Aliyeva were discussed today.",
  ])("reads no meeting in %s", (text) => {
    expect(meetingsOf(text)).toEqual([]);
  });
});

describe("a thing dated by its participle does not make the meeting an earlier one", () => {
  const lead =
    "Speaker Amara Diallo held bilateral meetings in Geneva with the heads of delegations from Norway and Chile. At a meeting with Ingrid Solberg, President of the Storting of Norway, the parties discussed trade.";
  it.each([
    "At the meeting with Tomas Ibarra, chairman of the Senate of Chile, both sides exchanged views on the Commission on Parliamentary Cooperation established last year.",
    "At the meeting with Tomas Ibarra, chairman of the Senate of Chile, both sides reviewed the memorandum signed in 2019.",
    "During the talks with Tomas Ibarra, chairman of the Senate of Chile, the sides praised the friendship group set up two years ago.",
  ])("keeps the meeting of %s", (second) => {
    expect(meetingsOf(`${lead} ${second}`, "2024-05-14").map((m) => m.names)).toEqual([
      ["Amara Diallo", "Ingrid Solberg"],
      ["Amara Diallo", "Tomas Ibarra"],
    ]);
  });
  it("still drops a meeting the sentence tells as last year's", () => {
    const second = "Diallo met Tomas Ibarra, chairman of the Senate of Chile, last year in Santiago.";
    const names = meetingsOf(`${lead} ${second}`).flatMap((m) => m.names);
    expect(names).toContain("Ingrid Solberg");
    expect(names).not.toContain("Tomas Ibarra");
  });
});
