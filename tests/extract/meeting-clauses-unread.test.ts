/**
 * Meeting clauses the finders did not read on articles they were not written from: a conversation
 * told by an opening participle ("Talking to Ambassador X, the Speaker said"), a meeting in an
 * opening phrase whose main clause reports other people, "a meeting on <day> of X and Y", a
 * reception to come or received by a delegation told as "they", two titles shared by one body before
 * two names, and a teller who is no party. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const SPEAKER = "Speaker Omar Haddad received three ambassadors in Parliament House on Thursday.";

describe("an opening participle of conversation", () => {
  it("'Talking to <title> Ms. X, the Speaker said' is a meeting of the Speaker with X", () => {
    expect(
      names(
        `${SPEAKER} Talking to the High Commissioner of Canada Ms. Lena Fairweather, the Speaker said that trade ties matter.`,
      ),
    ).toEqual([["Lena Fairweather", "Omar Haddad"]]);
  });
  it("'While talking to ...' too, and the one met keeps only the title before her name", () => {
    const text = `${SPEAKER} While talking to the Ambassador of Chile Mrs. Rosa Valdes, the Speaker said that his country values Chile.`;
    expect(names(text)).toEqual([["Omar Haddad", "Rosa Valdes"]]);
    expect(people(` date 2024-05-14 ${text}`).get("Rosa Valdes")?.roles).toEqual(["Ambassador of Chile"]);
  });
  it("'Talking about X' is a topic, no meeting", () => {
    expect(
      names(
        `${SPEAKER} Talking about the Ambassador of Chile Mrs. Rosa Valdes, the Speaker said that she had served well.`,
      ),
    ).toEqual([]);
  });
  it("an apposition closed by its comma stays the name's role", () => {
    expect(
      people(
        " date 2024-05-14 On Monday she met with Ion Carp, the President of Ostria describing the talks as useful.",
      ).get("Ion Carp")?.roles,
    ).toEqual(["President of Ostria"]);
  });
});

describe("a meeting in an opening phrase", () => {
  const lead = "Senate Speaker Ana Rusu returned from Ostria on Friday.";
  it("'after a meeting with X, the speaker said that X called W his friend' meets X, not W", () => {
    expect(
      names(
        `${lead} Earlier, after a meeting with Ostrian President Petru Lungu, the speaker of the Senate said that the Ostrian leader called Veldanian President Ion Carp his friend.`,
      ),
    ).toEqual([["Ana Rusu", "Petru Lungu"]]);
  });
  it("'after a meeting of the committee' meets no one", () => {
    expect(
      names(
        `${lead} Earlier, after a meeting of the budget committee, the speaker of the Senate said that Petru Lungu had called Ion Carp his friend.`,
      ),
    ).toEqual([]);
  });
  it("'there was a meeting on <day> of X and Y' is their meeting", () => {
    expect(
      names(
        "There was a meeting on 17 May of Chair of the Senate Ana Rusu and Deputy Speaker of the Ostrian Assembly Petru Lungu who had come to the capital for a conference.",
      ),
    ).toEqual([["Ana Rusu", "Petru Lungu"]]);
  });
});

describe("receptions told in the passive", () => {
  it("'is due to be received by Z' is a planned meeting", () => {
    expect(
      meetingsOf(
        "Ostrian Speaker Ivo Markov arrived in Veldania on Sunday. The speaker is due to be received by Veldanian President Petru Lungu on Monday.",
      ).map((m) => [m.names, m.status]),
    ).toEqual([[["Ivo Markov", "Petru Lungu"], "planned"]]);
  });
  it("'they were received by Z' after a delegation led by X is X's meeting with Z", () => {
    expect(
      names(
        "A delegation led by Ostrian Speaker Ivo Markov arrived in Veldania. They were received by Veldanian Speaker Ana Rusu.",
      ),
    ).toEqual([["Ana Rusu", "Ivo Markov"]]);
    expect(
      names(
        "A delegation led by Ostrian Speaker Ivo Markov has been visiting Veldania since Monday. They met with Veldanian Foreign Minister Ana Rusu on Tuesday.",
      ),
    ).toEqual([["Ana Rusu", "Ivo Markov"]]);
  });
  it("'the deputies met Y' after 'a group of deputies led by X' is X's meeting with Y", () => {
    expect(
      names(
        "A group of deputies led by Ostrian Speaker Ivo Markov visited Veldania on an official trip. In Velgrad, the deputies met with the President of Veldania, Ana Rusu.",
      ),
    ).toEqual([["Ana Rusu", "Ivo Markov"]]);
  });
  it("'was welcomed by A, the <title>, <country>'s envoy in <city> B, and C' lists every welcomer", () => {
    const text =
      "Ostrian Speaker Ivo Markov arrived in Vienna on Sunday. He was welcomed by Ana Rusu, the deputy chairman of the Austrian Assembly, Turkey's envoy in Vienna Petru Lungu, and Austria's envoy in Prague Ion Carp.";
    expect(names(text)).toEqual([["Ana Rusu", "Ion Carp", "Ivo Markov", "Petru Lungu"]]);
    const found = people(` date 2024-05-14 ${text}`);
    expect(found.get("Ana Rusu")?.roles).toEqual(["deputy chairman of the Austrian Assembly"]);
    expect(found.get("Petru Lungu")?.roles).toEqual(["Turkey's envoy in Vienna"]);
  });
  it("a comma inside the next title's field keeps that title whole", () => {
    expect(
      people(
        " date 2024-05-14 He was welcomed by Ana Rusu, the Assembly Secretary for international, security and defence affairs Petru Lungu.",
      ).get("Petru Lungu")?.roles,
    ).toEqual(["Assembly Secretary for international, security and defence affairs"]);
  });
  it("'they' that praises someone meets no one", () => {
    expect(
      names(
        "A delegation led by Ostrian Speaker Ivo Markov arrived in Veldania. They praised Veldanian Speaker Ana Rusu.",
      ),
    ).toEqual([]);
  });
});

describe("two titles of one body, then two names", () => {
  const text =
    " date 2024-05-14 Speaker Ivo Markov has scheduled meetings with the President and Prime Minister of Ostria, Ana Rusu and Petru Lungu.";
  it("are two planned meetings, one per name", () => {
    expect(meetingsOf(text.replace(" date 2024-05-14 ", "")).map((m) => [m.names, m.status])).toEqual([
      [["Ana Rusu", "Ivo Markov"], "planned"],
      [["Ivo Markov", "Petru Lungu"], "planned"],
    ]);
  });
  it("give each name the title at its place in the list", () => {
    const found = people(text);
    expect(found.get("Ana Rusu")?.roles).toEqual(["President of Ostria"]);
    expect(found.get("Petru Lungu")?.roles).toEqual(["Prime Minister of Ostria"]);
  });
  it("a single name after the titles keeps the title next to it", () => {
    expect(
      people(
        " date 2024-05-14 Speaker Ivo Markov met the President and Prime Minister of Ostria, Ana Rusu.",
      ).get("Ana Rusu")?.roles,
    ).toEqual(["Prime Minister of Ostria"]);
  });
});

describe("subjects who met someone 'separately'", () => {
  it("'the ambassadors of A, B and C separately called on Y' are three meetings", () => {
    expect(
      meetingsOf(
        "The ambassadors of Canada, Chile and Peru separately called on Speaker Omar Haddad in Parliament House on Thursday.",
      ).map((m) => [m.names, m.countries]),
    ).toEqual([
      [["Omar Haddad"], ["Canada"]],
      [["Omar Haddad"], ["Chile"]],
      [["Omar Haddad"], ["Peru"]],
    ]);
  });
  it("'A and B separately met Y' are two meetings with Y, and A did not meet B", () => {
    expect(
      names("Speaker Ana Rusu and Senator Ion Carp separately met Ambassador Omar Haddad on Thursday."),
    ).toEqual([
      ["Ana Rusu", "Omar Haddad"],
      ["Ion Carp", "Omar Haddad"],
    ]);
  });
  it("without 'separately' they met Y together", () => {
    expect(names("Speaker Ana Rusu and Senator Ion Carp met Ambassador Omar Haddad on Thursday.")).toEqual([
      ["Ana Rusu", "Ion Carp", "Omar Haddad"],
    ]);
  });
});

describe("names, then their sides in a plural apposition", () => {
  const text =
    "During the session, Speaker Ivo Markov also met Mr Omar Haddad and Mr Ion Carp, speakers of the parliaments of Kazakhstan and Georgia.";
  it("are one meeting per name, and the sides are no further meetings", () => {
    expect(meetingsOf(text).map((m) => [m.names, m.countries])).toEqual([
      [["Ivo Markov", "Omar Haddad"], []],
      [["Ion Carp", "Ivo Markov"], []],
    ]);
  });
  it("give each name the country at its place in the list", () => {
    const found = people(` date 2024-05-14 ${text}`);
    expect(found.get("Omar Haddad")?.country).toBe("Kazakhstan");
    expect(found.get("Ion Carp")?.country).toBe("Georgia");
  });
});

describe("a teller is no party", () => {
  it("'X reported that the parties discussed Z with Y' meets X with no one", () => {
    expect(
      names(
        "Press chief Tom Vale reported that the parties discussed trade with Speaker Lina Berg on Friday.",
      ),
    ).toEqual([]);
  });
  it("nor 'X said that the two sides held talks with Y'", () => {
    expect(
      names("Press chief Tom Vale said that the two sides held talks with Speaker Lina Berg on Friday."),
    ).toEqual([]);
  });
  it("'X said that his talks with Y were useful' is X's meeting", () => {
    expect(
      names(
        "Speaker Tom Vale said that his talks with Speaker Lina Berg of the Ostrian Assembly had been useful.",
      ),
    ).toEqual([["Lina Berg", "Tom Vale"]]);
  });
  it("'X said that he discussed Z with Y' is X's meeting", () => {
    expect(names("Speaker Tom Vale said that he discussed trade with Speaker Lina Berg.")).toEqual([
      ["Lina Berg", "Tom Vale"],
    ]);
  });
});
