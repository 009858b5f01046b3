/**
 * Meetings that real agency prose tells in constructions the finders missed whole: each table gives
 * invented sentences in several wordings, the sides they must yield, and the negatives (a mention, a
 * thanks, a call, a plan, a relationship) that must yield no meeting or a planned one.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { agreementsOfSentence } from "../../src/extract/agreements.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { meetingsOf } from "./meeting-helpers.ts";

/** The fact base of one invented article. */
const factsOf = (text: string) =>
  extractFacts([parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity })]);

type Row = [text: string, names: string[], countries?: string[], status?: "held" | "planned"];

/** Runs a table of sentences that tell no meeting. */
function expectNoMeeting(texts: string[]) {
  it.each(texts)("reads no meeting in %s", (text) => {
    expect(meetingsOf(text)).toEqual([]);
  });
}

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
  expectNoMeeting([
    "A telephone conversation was held today between Oleg Pavlov and Leyla Aliyeva.",
    "Relations between Oleg Pavlov and Leyla Aliyeva were discussed today.",
  ]);
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

describe("one side for each country of a list under one plural noun", () => {
  expectOneMeeting([
    [
      "Speaker Omar Haddad held a meeting with the speakers of parliament of Azerbaijan.",
      ["Omar Haddad"],
      ["Azerbaijan"],
    ],
  ]);
  it.each([
    [
      "Speaker Omar Haddad held bilateral meetings with the speakers of the parliaments of Azerbaijan, Kyrgyzstan and Turkey.",
      ["Azerbaijan", "Kyrgyzstan", "Turkey"],
      "held",
    ],
    [
      "Speaker Omar Haddad held bilateral meetings with the heads of the parliaments of Azerbaijan and Kyrgyzstan.",
      ["Azerbaijan", "Kyrgyzstan"],
      "held",
    ],
    [
      "Speaker Omar Haddad held bilateral meetings with the Azerbaijani and Kyrgyz speakers.",
      ["Azerbaijan", "Kyrgyzstan"],
      "held",
    ],
    [
      "Speaker Omar Haddad met his Latvian, Estonian and Finnish counterparts in Riga.",
      ["Estonia", "Finland", "Latvia"],
      "held",
    ],
    [
      "Speaker Omar Haddad will hold meetings with the speakers of the parliaments of Chile and Peru.",
      ["Chile", "Peru"],
      "planned",
    ],
  ])("%s", (text, countries, status) => {
    const found = meetingsOf(text);
    expect(found.flatMap((m) => m.countries).sort()).toEqual(countries);
    expect(found.every((m) => m.names.join() === "Omar Haddad" && m.status === status)).toBe(true);
  });
  expectNoMeeting([
    "Speaker Omar Haddad spoke by phone with the speakers of the parliaments of Azerbaijan and Kyrgyzstan.",
    "Speaker Omar Haddad thanked the speakers of the parliaments of Azerbaijan and Kyrgyzstan for their support.",
    "Speaker Omar Haddad praised the relations with the Azerbaijani and Kyrgyz parliaments.",
    "Speaker Omar Haddad mentioned the Azerbaijani and Kyrgyz speakers in his address.",
  ]);
});

describe("a host left out is the head of the delegation the article follows", () => {
  it("gives the meetings to the head, not to a president the report names more often", () => {
    const text =
      "The delegation of Ostria headed by Speaker Omar Haddad is taking part in the assembly in Baku. President Lev Brandt of Ostria opened the office. The Ostrian parliamentarian has held bilateral meetings with the speakers of the parliaments of Chile and Peru. President Lev Brandt praised the work of the assembly. Brandt will visit Lima.";
    expect(meetingsOf(text)).toEqual([
      { names: ["Omar Haddad"], countries: ["Chile"], status: "held" },
      { names: ["Omar Haddad"], countries: ["Peru"], status: "held" },
    ]);
  });
});

describe("a wrap-up of the meetings told one by one, by their countries", () => {
  const told =
    "Speaker Tomasz Nowak held talks with Jonas Berg, Speaker of the Storting of Norway. He then met Ingrid Solberg, President of the Lagting of Norway.";
  it.each([
    "At meetings with Norwegian colleagues, Nowak stressed his concerns about the war.",
    "During the talks with Norwegian counterparts, Nowak invited them to Warsaw.",
  ])("adds no meeting: %s", (wrapUp) => {
    expect(meetingsOf(`${told} ${wrapUp}`).map((m) => m.names)).toEqual([
      ["Jonas Berg", "Tomasz Nowak"],
      ["Ingrid Solberg", "Tomasz Nowak"],
    ]);
  });
  it("keeps a side of a country no one met was from", () => {
    const found = meetingsOf(`${told} At meetings with Chilean colleagues, Nowak stressed his concerns.`);
    expect(found.map((m) => m.countries)).toContainEqual(["Chile"]);
  });
});

describe("a meeting phrase whose counterpart has a word of time before the title", () => {
  expectOneMeeting([
    [
      "Speaker Hassan Farouk, in a meeting with newly appointed Spanish Ambassador in Cairo Pablo Ortega Tuesday, praised parliamentary cooperation.",
      ["Hassan Farouk", "Pablo Ortega"],
    ],
    [
      "Speaker Hassan Farouk, during his meeting with the new Spanish Ambassador Pablo Ortega, praised parliamentary cooperation.",
      ["Hassan Farouk", "Pablo Ortega"],
    ],
    [
      "At a meeting with recently accredited Ambassador of Chile Tomas Ibarra, Speaker Hassan Farouk discussed trade.",
      ["Hassan Farouk", "Tomas Ibarra"],
    ],
  ]);
  expectNoMeeting([
    "Speaker Hassan Farouk, in a letter to newly appointed Spanish Ambassador Pablo Ortega, praised parliamentary cooperation.",
    "Speaker Hassan Farouk, in a telephone conversation with newly appointed Spanish Ambassador Pablo Ortega, praised cooperation.",
  ]);
});

describe("a side named by the surname alone before its role", () => {
  const arrival = "Speaker Omar Haddad arrived in Moscow on Sunday.";
  it.each([
    "Upon his arrival, Haddad was welcomed by Petrov Chairman of the Committee of the State Duma on International Affairs.",
    "Upon his arrival, Haddad was welcomed by Petrov, Chairman of the Committee of the State Duma on International Affairs.",
    "Haddad then held talks with Petrov, Deputy Speaker of the State Duma.",
    "On Monday, Haddad met Petrov, First Deputy Chairman of the Federation Council.",
  ])("finds the meeting: %s", (sentence) => {
    expect(meetingsOf(`${arrival} ${sentence}`).map((m) => m.names)).toEqual([["Omar Haddad", "Petrov"]]);
  });
  it.each([
    // a compound title, not a surname
    "Haddad then held talks with Special Representative of the OSCE PA on Central Asia.",
    // a place before the sentence's subject
    "Speaking of the war over Ostrovia, the Armenian parliamentary chairperson stressed the need for talks.",
  ])("names no one: %s", (sentence) => {
    expect(meetingsOf(`${arrival} ${sentence}`).flatMap((m) => m.names)).not.toContain("Special");
    expect(meetingsOf(`${arrival} ${sentence}`).flatMap((m) => m.names)).not.toContain("Ostrovia");
  });
  it("reads no meeting where the surname is only thanked", () => {
    const text = `${arrival} Haddad thanked Petrov, Chairman of the Committee of the State Duma, for the invitation.`;
    expect(meetingsOf(text)).toEqual([]);
  });
});

describe("a plan to meet others of a country after a meeting held with one of them", () => {
  it("keeps the plan apart from the welcome", () => {
    const text =
      "Speaker Omar Haddad arrived in Moscow on Sunday. He was welcomed by Ivan Petrov, Chairman of the State Duma Committee on International Affairs. During the visit, Haddad will also meet parliamentary officials of the Russian Federation.";
    expect(meetingsOf(text)).toEqual([
      { names: ["Ivan Petrov", "Omar Haddad"], countries: [], status: "held" },
      { names: ["Omar Haddad"], countries: ["Russia"], status: "planned" },
    ]);
  });
  it("still reads a side told after a held meeting as that meeting", () => {
    const text =
      "Speaker Omar Haddad held talks with Ivan Petrov, Chairman of the State Duma Committee on International Affairs. The Russian side expressed interest in closer ties.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual([["Ivan Petrov", "Omar Haddad"]]);
  });
});

describe("a decoration handed over in person", () => {
  expectOneMeeting([
    [
      "At the end of the talks, Speaker Anna Berg awarded Tomas Ibarra the Order of Friendship on behalf of the King for his contribution to cooperation.",
      ["Anna Berg", "Tomas Ibarra"],
    ],
    [
      "Speaker Anna Berg presented Tomas Ibarra with the Medal of Honour of the Storting.",
      ["Anna Berg", "Tomas Ibarra"],
    ],
    ["Speaker Anna Berg awarded Ambassador Tomas Ibarra a jubilee medal.", ["Anna Berg", "Tomas Ibarra"]],
  ]);
  expectNoMeeting([
    "President Lev Brandt awarded Tomas Ibarra the Order of Friendship by decree.",
    "Speaker Anna Berg presented Tomas Ibarra's report to the committee.",
    "Speaker Anna Berg presented the draft law on medals to the chamber.",
  ]);
});

describe("what a meeting found in these constructions carries", () => {
  it.each([
    [
      "On the sidelines of the meeting, the Russian State Duma and the Milli Majlis signed an agreement on cooperation.",
      "agreement on cooperation between the Russian State Duma and the Milli Majlis",
    ],
    [
      "The Senate of Chile and the Storting signed a memorandum of understanding on Monday.",
      "memorandum of understanding between the Senate of Chile and the Storting",
    ],
    // people as the subject sign for their houses, which the sentence does not name
    [
      "Speaker Anna Berg and Speaker Tomas Ibarra signed a memorandum of cooperation.",
      "memorandum of cooperation",
    ],
    [
      "The two speakers signed the roadmap for cooperation between the Senate of Chile and the Storting.",
      "roadmap for cooperation between the Senate of Chile and the Storting",
    ],
  ])("names the document of %s", (text, name) => {
    expect(agreementsOfSentence(text, 2024).map((a) => a.text)).toEqual([name]);
  });
  it("names a joint commission by the two houses it joins, taking neither's country", () => {
    const base = factsOf(
      "Speaker Anna Berg met chairman Tomas Ibarra of the Committee on Cooperation between the Senate of Chile and the Storting.",
    );
    const ibarra = base.people.find((p) => p.name === "Tomas Ibarra");
    expect(ibarra?.roles.map((r) => r.title)).toEqual([
      "chairman of the Committee on Cooperation between the Senate of Chile and the Storting",
    ]);
    expect(ibarra?.country).toBeUndefined();
  });
  it("gives the leader joined by ', and led by' the delegation's country", () => {
    const base = factsOf(
      "President Aram Vartan of Armenia received a parliamentary delegation from Russia, and led by deputy chairman Oleg Pavlov of the Inter-Parliamentary Commission.",
    );
    expect(base.people.find((p) => p.name === "Oleg Pavlov")?.country).toBe("Russia");
  });
});

describe("a gathering told by who attended it and who opened it", () => {
  expectOneMeeting([
    [
      "On 9 May, the first inter-parliamentary forum was held in Turkestan. The forum was attended by the Turkmen delegation headed by Deputy Speaker Merdan Orazov. The work of the forum was opened by Chairman of the Senate of Kazakhstan Daulet Serikov, then other heads of parliaments spoke.",
      ["Daulet Serikov", "Merdan Orazov"],
      ["Turkmenistan"],
    ],
    [
      "The conference was officially opened by Speaker Aida Bekova of Kyrgyzstan. The conference was attended by Senator Lina Moraes of Chile and Senator Tomas Ibarra of Peru.",
      ["Aida Bekova", "Lina Moraes", "Tomas Ibarra"],
    ],
    [
      "The summit will be attended by Speaker Lina Moraes of Chile. The summit will be chaired by Speaker Aida Bekova of Kyrgyzstan.",
      ["Aida Bekova", "Lina Moraes"],
      [],
      "planned",
    ],
  ]);
  expectNoMeeting([
    "The forum was opened by Speaker Aida Bekova of Kyrgyzstan. Delegates discussed water security.",
    "The forum was attended by Speaker Lina Moraes of Chile. She praised the organisers of the event.",
    "The forum was attended by Speaker Lina Moraes of Chile. Speaker Aida Bekova of Kyrgyzstan sent a letter to the forum.",
  ]);
});
