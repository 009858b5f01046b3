/**
 * Who the subject of a meeting is when the sentence names it by a pronoun, a bare title or a group
 * word ("He also met ...", "The Ostrian speaker is due to be received ...", "the deputies met ...",
 * "They met ..."). Names are invented; each rule has a near miss beside it.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => [...m.names, ...m.countries].join(" + "));

describe("a pronoun after 'X received Y' is X", () => {
  const report = [
    "Kuwait hosts diplomats",
    "",
    "KUWAIT: His Highness the Amir Sheikh Faisal Al-Rumaih received yesterday National Assembly Speaker Hamad Al-Qattan and Speaker of the Latvian Saeima Ilze Berzina.",
    "Berzina also met separately with Al-Qattan.",
    "Also yesterday, His Highness the Amir received the visiting President of the Estonian Riigikogu Toomas Kask and his accompanying delegation.",
    "He also met with the outgoing Omani Ambassador Salim Al-Harthy.",
  ].join("\n");
  it("'the Amir' is the receiving subject, and 'He' the next sentence is he, not his guest", () => {
    const met = names(report);
    expect(met).toContain("Faisal Al-Rumaih + Toomas Kask");
    expect(met).toContain("Faisal Al-Rumaih + Salim Al-Harthy");
    expect(met).not.toContain("Salim Al-Harthy + Toomas Kask");
  });
  it("a given name 'Amir' (no 'the' before it) stays part of the name", () => {
    expect(
      names("Speaker Amir Karimi met with the Ambassador of Italy Marco Bellini in Tehran on Sunday."),
    ).toEqual(["Amir Karimi + Marco Bellini"]);
  });
});

describe("'the Turkish speaker' is the Speaker, not the head of a friendship group", () => {
  it("goes to the speaker named later without a title, not to the group head with one", () => {
    const met = names(
      [
        "The Turkish parliament speaker arrived in Baku on a three-day visit.",
        "Speaking to reporters at the airport, Kemal Aydinoglu praised the ties.",
        '"We came with a broad committee," Aydinoglu said.',
        "He was welcomed by Rasim Guliyev, head of the Azerbaijan-Turkey Inter-Parliamentary Friendship Group.",
        "The Turkish speaker is due to be received by Azerbaijani President Elnur Mammadli on Monday.",
      ].join(" "),
    );
    expect(met).toContain("Elnur Mammadli + Kemal Aydinoglu");
    expect(met).not.toContain("Elnur Mammadli + Rasim Guliyev");
  });
  it("with no speaker named, the speaker stays an unnamed Turkish side", () => {
    const met = names(
      "Rasim Guliyev, head of the Azerbaijan-Turkey Inter-Parliamentary Friendship Group, met with Turkish MPs in Baku. The Turkish speaker is due to be received by Azerbaijani President Elnur Mammadli on Monday.",
    );
    expect(met).toContain("Elnur Mammadli + Turkey");
    expect(met).not.toContain("Elnur Mammadli + Rasim Guliyev");
  });
  it("a title in front of a name with only its post between is that name's at once", () => {
    const found = people(
      " date 2025-01-01 He was welcomed by Turkey's envoy in Baku Mert Kaya. The Turkish speaker is due to be received by President Elnur Mammadli. Speaker Kemal Aydinoglu arrived on Sunday.",
    );
    // The title keeps the city of the posting ("envoy in Baku" is one title).
    expect(found.get("Mert Kaya")?.roles).toContain("Turkey's envoy in Baku");
    expect(found.get("Mert Kaya")?.roles).not.toContain("Turkish speaker");
  });
});

describe("a title that opens the main clause after a list with no comma", () => {
  it("is the one who held the talks, not one more side listed", () => {
    expect(
      names(
        "Chairman of the Senate of Kazakhstan Aidos Berikov discussed cooperation with foreign parliamentarians on the sidelines of a conference. During the talks with parliamentarians from Georgia, Armenia, and Moldova the Senate Speaker underlined the importance of inter-parliamentary dialogue.",
      ),
    ).toEqual(["Aidos Berikov + Georgia", "Aidos Berikov + Armenia", "Aidos Berikov + Moldova"]);
  });
  it("names right after a side still spell it out", () => {
    expect(
      names("Speaker Aidos Berikov met with members of the Norwegian Storting Ola Berg and Kari Lund."),
    ).toEqual(["Aidos Berikov + Kari Lund + Ola Berg"]);
  });
});

describe("a delegation told by its members or 'they' acts through its leader", () => {
  it("'a group of deputies led by X ... the deputies met Z' is X's meeting, not the host's", () => {
    const met = names(
      "At the invitation of the Speaker of the National Assembly of Hungary, Zoltan Farkas, a group of deputies led by the Chairman of the Mazhilis of Kazakhstan, Nurbek Sarsenov, visited Hungary. In Budapest, the deputies met with the President of Hungary, Gabor Toth. Sarsenov also met with Zoltan Farkas.",
    );
    expect(met).toContain("Gabor Toth + Nurbek Sarsenov");
    expect(met).not.toContain("Gabor Toth + Zoltan Farkas");
  });
  it("'They met Z' right after 'a delegation led by X has been visiting' is X's meeting", () => {
    expect(
      names(
        "As reported previously, the parliamentary delegation of Azerbaijan led by Chair of the Milli Majlis Leyla Huseynova has been visiting Russia since 21 September. They met with the Minister of Foreign Affairs of Russia Pavel Orlov as part of their visit on 23 September.",
      ),
    ).toEqual(["Leyla Huseynova + Pavel Orlov"]);
  });
  it("a 'they' that does not open its clause is not the delegation", () => {
    const met = names(
      "A delegation of Latvia led by Speaker Ilze Berzina arrived in Vilnius on Monday. Lithuanian Speaker Rimas Jonaitis said they met with President Darius Kazlauskas.",
    );
    expect(met).not.toContain("Darius Kazlauskas + Ilze Berzina");
  });
  it("deputies whose leader the article never names stand for no one", () => {
    expect(
      names(
        "In Budapest, the deputies met with the President of Hungary, Gabor Toth. Zoltan Farkas, Speaker of the National Assembly, said the talks went well.",
      ),
    ).toEqual([]);
  });
});

describe("'He made the remarks in a meeting with Z' opening a report", () => {
  it("is the one who speaks in the report, named by the surname alone, never Z", () => {
    expect(
      names(
        "He made the remarks in a meeting with Russian Ambassador to Tehran Igor Sablin on Monday and said that cooperation should be prioritized. Appreciating Russia's position, Velidaf stated that ties should grow. The sanctions are not legal, Velidaf emphasized. For his part, Russian Ambassador to Tehran Igor Sablin said that ties will be promoted.",
      ),
    ).toEqual(["Igor Sablin + Velidaf"]);
  });
  it("with no one else in the report, no one: not a meeting of Z with Z", () => {
    expect(names("He met with Russian Ambassador to Tehran Igor Sablin on Monday.")).toEqual([]);
  });
  it("a lone word that speaks once is no name", () => {
    const found = people(
      " date 2025-01-01 He met with Russian Ambassador to Tehran Igor Sablin on Monday. The sanctions are not legal, Velidaf emphasized.",
    );
    expect([...found.keys()]).toEqual(["Igor Sablin"]);
  });
});

describe("'The meeting with Z discussed ...' with no subject", () => {
  const report = [
    "Senate Speaker Saule Amanova has held a number of meetings with foreign parliamentary delegations in Astana.",
    "Chairman of the Japanese Inter-Parliamentary Friendship League Hiroshi Tanaka congratulated Saule Amanova on the assumption of the office of the Kazakh Senate Speaker.",
    "Saule Amanova invited the Japanese deputy to visit the Senate.",
    "The meeting with Chairman of the OSCE Parliamentary Assembly Marek Nowicki discussed the international agenda.",
    "Saule Amanova highlighted cooperation with the OSCE PA.",
  ].join(" ");
  it("an office one is congratulated on assuming is that person's, not anyone's named later", () => {
    const found = people(` date 2025-01-01 ${report}`);
    expect(found.get("Saule Amanova")?.roles).toContain("Kazakh Senate Speaker");
    expect(found.get("Marek Nowicki")?.roles).not.toContain("Kazakh Senate Speaker");
    expect(found.get("Marek Nowicki")?.country).toBeUndefined();
  });
  it("is the protagonist's meeting", () => {
    expect(names(report)).toContain("Marek Nowicki + Saule Amanova");
  });
  it("'on his appointment as' still gives the title to the one congratulated", () => {
    const found = people(
      " date 2025-01-01 Speaker Ivo Markov congratulated Rosa Fuentes on her appointment as Speaker of the Senate of Chile.",
    );
    expect(found.get("Rosa Fuentes")?.roles.join(" ")).toContain("Speaker");
    expect(found.get("Ivo Markov")?.roles.join(" ")).not.toContain("Chile");
  });
});
