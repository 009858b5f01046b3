/**
 * One subject, several people named in one coordinated object: one meeting each, unless they sit at one
 * table (people of one body, those who welcome an arrival). The convention is the annotated reports'.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

describe("talks between a host with two counterparts", () => {
  it("deputy speakers of two countries are two meetings", () => {
    const m = meetingsOf(
      "Speaker Arman Dosov visited Ankara. Cooperation was discussed at the talks between Dosov with Rauf Mammadli, Deputy Speaker of the Milli Majlis of Azerbaijan, and Kemal Ozturk, Deputy Speaker of the Grand National Assembly of Turkey.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Arman Dosov", "Rauf Mammadli"],
      ["Arman Dosov", "Kemal Ozturk"],
    ]);
  });
  it("talks between two people joined by 'and' stay one meeting", () => {
    const m = meetingsOf(
      "Talks were held today between Speaker Arman Dosov and Deputy Speaker of the Milli Majlis of Azerbaijan Rauf Mammadli.",
    );
    expect(m.map((x) => x.names)).toEqual([["Arman Dosov", "Rauf Mammadli"]]);
  });
});

describe("members of one body named by an 'of' phrase after the list", () => {
  it("two members of one committee are one meeting", () => {
    const m = meetingsOf(
      "Senator Lena Holm visited Berlin. On the same day, Senator Holm met Jonas Weber and Klaus Brandt of the EU Affairs Committee.",
    );
    expect(m.map((x) => x.names)).toEqual([["Jonas Weber", "Klaus Brandt", "Lena Holm"]]);
  });
  it("each name of the list is a member of that body", () => {
    const p = people(
      "Senator Lena Holm met Jonas Weber, Klaus Brandt and Peter Lang of the Committee on Foreign Affairs.",
    );
    for (const name of ["Jonas Weber", "Klaus Brandt", "Peter Lang"])
      expect(p.get(name)?.roles).toContain("member of the Committee on Foreign Affairs");
  });
  it("an 'of' phrase naming a country is no body: one meeting each", () => {
    const m = meetingsOf("Senator Lena Holm met Jonas Weber and Klaus Brandt of Germany.");
    expect(m).toHaveLength(2);
  });
});

describe("a side spelled out by its members, their party between", () => {
  it("deputies of one assembly from a party, named after it, are one meeting", () => {
    const m = meetingsOf(
      'Azerbaijani deputies Rauf Mammadli and Leyla Huseynova held discussions with deputies of the Grand National Assembly of Turkey from "Unity Party" Kemal Ozturk and Ahmet Yilmaz via a teleconference.',
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Ahmet Yilmaz", "Kemal Ozturk", "Leyla Huseynova", "Rauf Mammadli"], []],
    ]);
  });
});

describe("people in apposition to the offices they hold, one per side", () => {
  it("speakers of the parliaments of two countries are two meetings and no unnamed side", () => {
    const m = meetingsOf(
      "During the session, President Marko Vukic also met Mr Daniyar Esenov and Mr Levan Beridze, speakers of the parliaments of Kazakhstan and Georgia.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Daniyar Esenov", "Marko Vukic"], []],
      [["Levan Beridze", "Marko Vukic"], []],
    ]);
  });
  it("each speaker is of the country in the same place of the list", () => {
    const p = people(
      "President Marko Vukic met Mr Daniyar Esenov and Mr Levan Beridze, speakers of the parliaments of Kazakhstan and Georgia.",
    );
    expect(p.get("Daniyar Esenov")?.country).toBe("Kazakhstan");
    expect(p.get("Levan Beridze")?.country).toBe("Georgia");
  });
});

describe("a welcome by a list of hosts and envoys", () => {
  it("those who welcome an arrival are one meeting, envoys posted in a city included", () => {
    const m = meetingsOf(
      "Speaker Arman Dosov arrived in Baku on a visit. He was welcomed by Rauf Mammadli, head of the Azerbaijan-Kazakhstan Inter-Parliamentary Friendship Group, Kazakhstan’s envoy in Baku Daniyar Esenov, and Azerbaijan’s envoy in Astana Elchin Aliyev.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Arman Dosov", "Daniyar Esenov", "Elchin Aliyev", "Rauf Mammadli"],
    ]);
  });
  it("the city a diplomat is posted in is part of the title, after another name's apposition too", () => {
    const p = people(
      "He was welcomed by Rauf Mammadli, head of the Friendship Group, Kazakhstan’s envoy in Baku Daniyar Esenov.",
    );
    expect(p.get("Daniyar Esenov")?.roles).toEqual(["Kazakhstan’s envoy in Baku"]);
  });
  it("'in' followed by no place is no posting", () => {
    const p = people(
      "Welcoming the Ambassador in Parliament, Hayk Sargsyan expressed conviction that the groups will work well.",
    );
    expect(p.get("Hayk Sargsyan")?.roles ?? []).not.toContain("Ambassador in Parliament");
  });
});
