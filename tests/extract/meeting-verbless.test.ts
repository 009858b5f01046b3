/**
 * Meetings reported without a meeting verb between the sides (photo captions, "Having met Y, X
 * said"), and the list shapes that say how many meetings a sentence reports. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("photo captions", () => {
  it("A and B during the meeting", () => {
    expect(
      names(
        "Speaker of the Senate Marta Kowalczyk-Rein and Ambassador of Chile to Poland Ignacio Ferraz during the meeting at the Senate.",
      ),
    ).toEqual([["Ignacio Ferraz", "Marta Kowalczyk-Rein"]]);
  });
  it("A, with an apposition, with B at the talks", () => {
    expect(
      names(
        "Photo: Oskar Lindqvar, Speaker of the Riksdag, with Speaker of the Parliament of Ghana Kojo Amankwa at the talks in Stockholm.",
      ),
    ).toEqual([["Kojo Amankwa", "Oskar Lindqvar"]]);
  });
  it("two people at a conference are not met by a caption", () => {
    expect(
      names(
        "Speaker of the Senate Marta Kowalczyk-Rein and Speaker of the Parliament of Ghana Kojo Amankwa at the opening of the conference.",
      ),
    ).toEqual([]);
  });
});

describe("participle clauses", () => {
  it("Having met Y, X said", () => {
    expect(
      names(
        "Having met Speaker of the National Assembly of Laos Phonsay Vilavong, Chairman of the Senate Arman Duisenov said the two chambers would sign a memorandum.",
      ),
    ).toEqual([["Arman Duisenov", "Phonsay Vilavong"]]);
  });
  it("Having held talks with Y, X noted", () => {
    expect(
      names(
        "Having held talks with President of the Senate of Uruguay Lucia Sarandi, Speaker Tomas Ekwall noted the growth of trade.",
      ),
    ).toEqual([["Lucia Sarandi", "Tomas Ekwall"]]);
  });
  it("Meeting with a delegation led by Y, X said: the leader is the side met", () => {
    expect(
      meetingsOf(
        "Meeting with a delegation of the Parliament of Chile led by Deputy Speaker Lucia Sarandi at the Senate on Monday, Chairman of the Senate Arman Duisenov said trade had doubled.",
      ).map((m) => [m.names, m.countries]),
    ).toEqual([[["Arman Duisenov", "Lucia Sarandi"], ["Chile"]]]);
  });
  it("having met voters is no meeting of two sides", () => {
    expect(
      names("Having met voters in the north, Speaker Tomas Ekwall said the reform was popular."),
    ).toEqual([]);
  });
});

describe("a meal its host gave, named in an opening phrase", () => {
  // "After a dinner hosted by Y, X will be received by Z" (two planned encounters) is in meeting-subjects.test.ts.
  it("At a luncheon given by Y in honour of Z, X spoke: the host met the one honoured", () => {
    expect(
      names(
        "At a luncheon given by Speaker Tomas Ekwall in honour of Speaker of the Parliament of Ghana Kojo Amankwa, Senator Martha Quill spoke of trade.",
      ),
    ).toContainEqual(["Kojo Amankwa", "Tomas Ekwall"]);
  });
  it("a dinner hosted by Y for the conference's delegates is no meeting of the one who speaks after it", () => {
    expect(
      names(
        "After a dinner hosted by the organisers, Speaker Tomas Ekwall said the conference had gone well.",
      ),
    ).toEqual([]);
  });
});

describe("how many meetings a list reports", () => {
  it("a semicolon list of counterparts from three countries: one meeting each", () => {
    expect(
      names(
        "During the session, President of the National Council Gerold Weissach met the Speaker of the Parliament of Montenegro, Milo Radanovic; the President of the Saeima of Latvia, Anda Kalnite; and the Speaker of the Riigikogu, Rein Saarmets.",
      ),
    ).toEqual([
      ["Gerold Weissach", "Milo Radanovic"],
      ["Anda Kalnite", "Gerold Weissach"],
      ["Gerold Weissach", "Rein Saarmets"],
    ]);
  });
  it("A, with an apposition that leaves its comma, and B held talks", () => {
    expect(
      names(
        "Qian Yunfei, chairman of the Standing Committee of the National People's Congress, and Speaker of the Parliament of Samoa Tuilagi Fa'asalele held talks in Beijing on Monday.",
      ),
    ).toEqual([["Qian Yunfei", "Tuilagi Fa'asalele"]]);
  });
  it("members of a friendship group of a chamber led by X", () => {
    expect(
      names(
        "Speaker of the State Great Khural D.Oyunchimeg met with members of the Mongolia-Peru parliamentary friendship group of the Congress of Peru led by Congresswoman Rosa Quispe Allende.",
      ),
    ).toEqual([["D.Oyunchimeg", "Rosa Quispe Allende"]]);
  });
  it("a conversation with a delegation headed by X is one meeting", () => {
    expect(
      names(
        "Deputy Speaker of the Milli Majlis Farid Gasimzade had a conversation with the delegation of the Parliament of Croatia headed by Deputy Speaker Ivana Boric.",
      ),
    ).toHaveLength(1);
  });
});
