/** People mentioned, not met: congratulated on taking office, named in a relationship, spoken about. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

describe("not meetings", () => {
  it("congratulating on an election is a message, unless a meeting is the setting", () => {
    expect(
      meetingsOf("Speaker Ivo Markov congratulated Senator Elena Dragan on her election as Speaker."),
    ).toEqual([]);
    const m = meetingsOf(
      "Opening the meeting, Speaker Ivo Markov congratulated Ambassador Elena Dragan on her appointment.",
    );
    expect(m.map((x) => x.names)).toEqual([["Elena Dragan", "Ivo Markov"]]);
  });
  it("congratulations on a victory in the elections or on being appointed are a message too", () => {
    for (const on of ["his victory in the parliamentary elections", "being appointed Prime Minister"]) {
      const m = meetingsOf(
        `Senator Rita Molnar held talks with Ambassador Jan Horvat. Molnar also congratulated President Ede Kovacs on ${on}, asking the ambassador to pass this on.`,
      );
      expect(m.map((x) => x.names)).toEqual([["Jan Horvat", "Rita Molnar"]]);
    }
  });
  it("congratulations on a birthday or a holiday with no encounter in the report are a greeting sent", () => {
    for (const on of ["her birthday", "the National Day of Ostria", "the New Year holidays"])
      expect(meetingsOf(`Speaker Ivo Markov congratulated Speaker Elena Dragan on ${on}.`)).toEqual([]);
    // Said at a meeting the report tells, they are said in person.
    const m = meetingsOf(
      "Speaker Ivo Markov held talks with Speaker Elena Dragan in Varna. Markov congratulated Dragan on her birthday.",
    );
    expect(m.map((x) => x.names)).toEqual([["Elena Dragan", "Ivo Markov"]]);
  });
  it("two who discuss something by telephone talk on the line, they do not meet", () => {
    const pair =
      "Speaker of the Saeima of Latvia Ivo Markov and President of the Senate of Chile Elena Dragan";
    for (const tail of ["discussed transit by telephone on Monday", "discussed transit by phone on Tuesday"])
      expect(meetingsOf(`${pair} ${tail}.`)).toEqual([]);
    for (const tail of ["discussed transit in Riga on Monday", "discussed the agenda in Riga"])
      expect(meetingsOf(`${pair} ${tail}.`).map((x) => x.names)).toEqual([["Elena Dragan", "Ivo Markov"]]);
  });
  it("a dialogue between two heads of state is a relationship", () => {
    const m = meetingsOf(
      "Speaker Timur Azimov noted that ties grew thanks to the dialogue between the heads of state Rustam Nazarov and Bekzod Aliyev.",
    );
    expect(m).toEqual([]);
  });
  it("speaking about something another side will see is not speaking with it", () => {
    const m = meetingsOf(
      "Speaker Olena Marchenko spoke about the damage, which members of the European Parliament will be able to see.",
    );
    expect(m).toEqual([]);
  });
  it("an umbrella headline merges into the specific meeting the article reports", () => {
    const m = meetingsOf(
      "Senate Speaker held talks with Italian colleagues\n\nSpeaker of the Senate of Kazakhstan Askar Bekov met with President of the Senate of Italy Giulia Ferraro in Rome.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Askar Bekov", "Giulia Ferraro"], []]]);
  });
  it("greetings conveyed, praise and thanks name a person without meeting them", () => {
    for (const second of [
      "Markov conveyed the greetings of President Tomas Varga to the guest.",
      "Markov praised President Tomas Varga for his leadership.",
      "Markov thanked President Tomas Varga and Prime Minister Lukas Novak for their support.",
    ]) {
      const m = meetingsOf(`Speaker Ivo Markov met Senator Elena Dragan in Sofia. ${second}`);
      expect(m.map((x) => x.names)).toEqual([["Elena Dragan", "Ivo Markov"]]);
    }
  });
  it("an umbrella sentence with two countries merges into the specific meetings that follow", () => {
    const m = meetingsOf(
      "Speaker Aidar Bekov held a number of bilateral meetings with colleagues from Latvia and Chile on the sidelines of the assembly in Geneva. Aidar Bekov met with Speaker of the Saeima Ilze Berzina. He also met with the President of the Senate of Chile Rosa Fuentes.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Aidar Bekov", "Ilze Berzina"],
      ["Aidar Bekov", "Rosa Fuentes"],
    ]);
  });
  it("a letter, an initiative or a statement received or welcomed from someone is not an encounter", () => {
    for (const sentence of [
      "Speaker Levan Kobaidze received a letter from President of the European Parliament Hanna Lindqvist.",
      "Speaker Levan Kobaidze received a message of condolence from Senator Hanna Lindqvist.",
      "Speaker Levan Kobaidze welcomed the initiative of Senator Hanna Lindqvist.",
      "Speaker Levan Kobaidze welcomed the statement made by Senator Hanna Lindqvist.",
    ])
      expect(meetingsOf(sentence)).toEqual([]);
  });
  it("but a visit, a dinner in someone's honour, an audience or a delegation led by someone is", () => {
    for (const sentence of [
      "Speaker Levan Kobaidze received a courtesy visit from Ambassador Hanna Lindqvist.",
      "Speaker Levan Kobaidze hosted a dinner in honour of Senator Hanna Lindqvist.",
      "Senator Hanna Lindqvist was received in audience on Monday by Speaker Levan Kobaidze.",
      "Speaker Levan Kobaidze received the credentials of Ambassador Hanna Lindqvist.",
      "Speaker Levan Kobaidze met with deputies led by Senator Hanna Lindqvist.",
    ])
      expect(meetingsOf(sentence).map((m) => m.names)).toEqual([["Hanna Lindqvist", "Levan Kobaidze"]]);
  });
  it("a title's side merges into the meeting with a person of that side that the article implies", () => {
    const m = meetingsOf(
      "Speaker of the Saeima meets Chilean delegation\n\nA delegation of the Senate of Chile headed by Senator Rosa Fuentes is on a visit to Latvia. Speaker of the Saeima Ilze Berzina welcomed the guests. Rosa Fuentes thanked the Latvian side for the hospitality.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Ilze Berzina", "Rosa Fuentes"], []]]);
  });
  it("the signatories of a document named without a signing reported are not a meeting", () => {
    expect(
      meetingsOf(
        "Speaker Ivo Markov noted that the treaty signed by President Tomas Varga and President Lukas Novak in 1995 remains the basis of relations.",
      ),
    ).toEqual([]);
    expect(
      meetingsOf("The memorandum was signed by President Tomas Varga and President Lukas Novak.").map(
        (m) => m.names,
      ),
    ).toEqual([["Lukas Novak", "Tomas Varga"]]);
  });
  it("congratulations by letter or telephone are a message; in a meeting they are the meeting", () => {
    for (const text of [
      "Speaker Ivo Markov sent a letter to Senator Rosa Fuentes. Markov congratulated Fuentes on Independence Day.",
      "In a telephone conversation, Speaker Ivo Markov congratulated Senator Rosa Fuentes on the national holiday.",
    ])
      expect(meetingsOf(text)).toEqual([]);
    expect(
      meetingsOf(
        "Speaker Ivo Markov received Senator Rosa Fuentes. Markov congratulated Fuentes on Independence Day.",
      ).map((m) => m.names),
    ).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("taking part in an event of many does not join the meeting reported before it", () => {
    const after = (second: string) =>
      meetingsOf(`Speaker Ivo Markov met Senator Rosa Fuentes in Sofia. ${second}`).map((m) => m.names);
    expect(after("Later, Deputy Pavel Ionescu took part in a conference on climate in Geneva.")).toEqual([
      ["Ivo Markov", "Rosa Fuentes"],
    ]);
    expect(after("Deputy Pavel Ionescu also took part in the talks.")).toEqual([
      ["Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"],
    ]);
  });
  it("a conversation or a call by telephone is no encounter", () => {
    for (const text of [
      "Speaker Ivo Markov held a telephone conversation with President of the Senate Rosa Fuentes.",
      "Speaker Ivo Markov received a phone call from President of the Senate Rosa Fuentes.",
      "Speaker Ivo Markov met Ambassador Pavel Ionescu. He recalled his telephone conversation with President of the Senate Rosa Fuentes.",
      "During a telephone conversation with President of the Senate Rosa Fuentes, Speaker Ivo Markov discussed trade.",
    ])
      expect(meetingsOf(text).filter((m) => m.names.includes("Rosa Fuentes"))).toEqual([]);
    // The same sentence with a meeting is a meeting.
    expect(
      meetingsOf("Speaker Ivo Markov held a conversation with President of the Senate Rosa Fuentes.").map(
        (m) => m.names,
      ),
    ).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("officials of one country attending a reception have not met one another", () => {
    expect(
      meetingsOf(
        "Bulgarian Speaker Ivo Markov hosted a reception on the national day. The reception was attended by Bulgarian Vice President Pavel Ionescu and Bulgarian Minister of Culture Elena Dragan.",
      ),
    ).toEqual([]);
  });
  it("a meeting verb pairs only its own subject and object", () => {
    const beside = (second: string) =>
      meetingsOf(`Speaker of the Senate Ivo Markov met with Ambassador of Chile Rosa Fuentes. ${second}`).map(
        (m) => m.names,
      );
    const only = [["Ivo Markov", "Rosa Fuentes"]];
    // The object is a possessor: an initiative, not a person, was welcomed.
    expect(beside("Markov welcomed President Tomas Varga's initiative to hold a summit.")).toEqual(only);
    // Reported speech has its own subject.
    expect(beside("Markov noted that Chile had hosted Prime Minister Lukas Novak in 2019.")).toEqual(only);
    // Another clause stands between the verb and the person.
    expect(
      beside("Markov welcomed Chilean investors and thanked President Tomas Varga for his support."),
    ).toEqual(only);
    // The plain sentences still report meetings.
    expect(beside("Markov also received Prime Minister Lukas Novak.")).toEqual([
      ...only,
      ["Ivo Markov", "Lukas Novak"],
    ]);
    expect(beside("Markov said he had met Prime Minister Lukas Novak.")).toEqual([
      ...only,
      ["Ivo Markov", "Lukas Novak"],
    ]);
    expect(beside("Markov, as the press service reported, received Prime Minister Lukas Novak.")).toEqual([
      ...only,
      ["Ivo Markov", "Lukas Novak"],
    ]);
  });
  it("taking part in something other than the meeting does not join it", () => {
    const after = (second: string) =>
      meetingsOf(`Speaker Ivo Markov met Ambassador of Chile Rosa Fuentes. ${second}`).map((m) => m.names);
    const only = [["Ivo Markov", "Rosa Fuentes"]];
    expect(after("Minister of Economy Pavel Ionescu participated in the drafting of the new law.")).toEqual(
      only,
    );
    expect(after("Fuentes said that President Tomas Varga took part in the founding of the union.")).toEqual(
      only,
    );
    expect(after("Senator Pavel Ionescu was present at the meeting.")).toEqual([
      ["Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"],
    ]);
  });
  it("two people whose sides the article does not tell apart discussing something are colleagues", () => {
    expect(
      meetingsOf(
        "Speaker Ivo Markov addressed the plenary session. Senator Pavel Ionescu and Senator Marta Icaza discussed the draft budget.",
      ),
    ).toEqual([]);
    expect(
      meetingsOf(
        "Speaker of the Senate of Bulgaria Ivo Markov and Speaker of the Chamber of Deputies of Chile Marta Icaza discussed trade.",
      ).map((m) => m.names),
    ).toEqual([["Ivo Markov", "Marta Icaza"]]);
  });
  it("congratulations, greetings or an invitation received from someone are words sent, not a visit", () => {
    for (const sentence of [
      "Speaker Ivo Markov received congratulations from President of the Senate of Peru Rosa Fuentes and Speaker of the Assembly of Ghana Kofi Mensah.",
      "Speaker Ivo Markov receives more congratulations Chairman of the Senate Rosa Fuentes (Photo) Lima - Leaders of foreign parliaments wrote to him.",
      "Speaker Ivo Markov accepted an invitation from President of the Senate Rosa Fuentes to visit Lima.",
    ])
      expect(meetingsOf(sentence)).toEqual([]);
    // A guest received is still met.
    expect(
      meetingsOf("Speaker Ivo Markov received the visiting President of the Senate Rosa Fuentes.").map(
        (m) => m.names,
      ),
    ).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("one more addressee of congratulations sent in writing was not met either", () => {
    const text =
      "Speaker Ivo Markov sent a cable of congratulations to President of the Senate Rosa Fuentes on the national day. Markov wished her success. The Speaker also congratulated the Peruvian Ambassador Pablo Rojas, wishing Peru prosperity.";
    expect(meetingsOf(text)).toEqual([]);
    // Without the written message before it, congratulating the ambassador is still an encounter.
    expect(
      meetingsOf(
        "Speaker Ivo Markov received the Peruvian Ambassador Pablo Rojas. The Speaker also congratulated Ambassador Pablo Rojas, wishing Peru prosperity.",
      ).map((m) => m.names),
    ).toEqual([["Ivo Markov", "Pablo Rojas"]]);
  });
  it("a report of a telephone conversation implies no encounter of those who speak in it", () => {
    const text =
      "Ivo Markov holds telephone conversation with Peruvian Senate President Rosa Fuentes\n\nSpeaker of the Assembly Ivo Markov held a telephone conversation with President of the Senate of Peru Rosa Fuentes. Rosa Fuentes congratulated Markov on his birthday. The interlocutors discussed trade.";
    expect(meetingsOf(text)).toEqual([]);
    // The same report of a visit is a meeting.
    const visit = text
      .replace(/holds telephone conversation with/, "meets")
      .replace(/held a telephone conversation with/, "received");
    expect(meetingsOf(visit).map((m) => m.names)).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("a headline's meeting with an unnamed side, told again in the lead with other words, is one meeting", () => {
    const m = meetingsOf(
      "Speaker Rosa Fuentes meets members of Chilean Senate delegation\n\nSpeaker of the Congress of Peru Rosa Fuentes received a delegation of senators from Chile at the Legislative Palace.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Rosa Fuentes"], ["Chile"]]]);
    // Two sides of one country met on two days of the body stay two meetings.
    expect(
      meetingsOf(
        "Speaker of the Congress of Peru Rosa Fuentes met a delegation of Chilean deputies on Monday. On Tuesday, Rosa Fuentes received a delegation of Chilean ministers.",
      ),
    ).toHaveLength(2);
  });
  it("a headline's pair, told again in the body with more people at the table, is the body's one meeting", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov holds talks with Rosa Fuentes\n\nSpeaker Ivo Markov held a meeting with Chairwoman of the Federation Council Rosa Fuentes and Deputy Chairman of the Federation Council Pavel Ionescu.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"]]);
  });
});
