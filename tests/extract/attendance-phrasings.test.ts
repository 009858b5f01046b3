/**
 * Attendees of a meeting told in the sentences after it, in phrasings beside "The meeting was attended
 * by" (see meeting-attendees.test.ts): the verb after its place, the participation as a phrase of its
 * own, the witnesses of a signing, the members of a delegation told after the meeting, company told in
 * the active voice, and the envoys of "the respective meetings". Also the reverse: taking part in a
 * body's sitting is not attending the meeting told before. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const met = "Speaker of the Storting Ingrid Vik met with Kazakh Senator Bolat Nurlanov in Oslo.";
const pair = ["Bolat Nurlanov", "Ingrid Vik"];

describe("openings that list the attendees", () => {
  it("'Also in the meeting took part A and B, and C': the verb after its place", () => {
    expect(
      names(
        `${met} Also in the meeting took part deputies Ola Nordby and Kari Dahl, and Ambassador Serik Abenov.`,
      ),
    ).toEqual([[...pair, "Kari Dahl", "Ola Nordby", "Serik Abenov"].sort()]);
  });
  it("'With the participation in the meeting of C.'", () => {
    expect(names(`${met} With the participation in the meeting of Deputy Speaker Ola Nordby.`)).toEqual([
      [...pair, "Ola Nordby"].sort(),
    ]);
  });
  it("'Witnessing the signing were A and B', 'The signing was witnessed by A'", () => {
    expect(
      names(`${met} Witnessing the signing were Deputy Speaker Ola Nordby and Ambassador Serik Abenov.`),
    ).toEqual([[...pair, "Ola Nordby", "Serik Abenov"].sort()]);
    expect(names(`${met} The signing ceremony was witnessed by Deputy Speaker Ola Nordby.`)).toEqual([
      [...pair, "Ola Nordby"].sort(),
    ]);
  });
  it("a conference one took part in adds no one", () => {
    expect(names(`${met} Also at the conference took part Deputy Speaker Ola Nordby.`)).toEqual([pair]);
  });
});

// The annotated reports count the head of a delegation, not the members its roster names: "a
// delegation led by X" met as X. Members count where the text has them take part (speak, attend).
describe("members of the delegation told after the meeting", () => {
  const received =
    "Speaker of the Storting Ingrid Vik received a delegation of the Kazakh Senate led by Senator Bolat Nurlanov.";
  it("'A and B were also part of the Kazakh delegation': they sat at the head's meeting", () => {
    expect(
      names(`${received} Senators Aida Tulegen and Serik Abenov were also part of the Kazakh delegation.`),
    ).toEqual([[...pair, "Aida Tulegen", "Serik Abenov"].sort()]);
  });
  it("a delegation met by its side only is its members", () => {
    expect(
      names(
        "Speaker of the Storting Ingrid Vik received a delegation of the Kazakh Senate. The Kazakh delegation included Kazakh Senators Aida Tulegen and Serik Abenov.",
      ),
    ).toEqual([["Aida Tulegen", "Ingrid Vik", "Serik Abenov"]]);
  });
  it("being part of another body is no membership of the delegation", () => {
    expect(names(`${received} Senator Aida Tulegen was also part of the organising committee.`)).toEqual([
      pair,
    ]);
  });
  it("'The delegation included A and B, as well as C': all three sat at the head's meeting", () => {
    expect(
      names(
        `${received} The delegation included senators Aida Tulegen and Serik Abenov, as well as Ambassador Marat Zhunusov.`,
      ),
    ).toEqual([[...pair, "Aida Tulegen", "Marat Zhunusov", "Serik Abenov"].sort()]);
  });
  it("'Members of the delegation, A and B, raised questions': members who spoke at the meeting", () => {
    expect(
      names(
        `${received} Members of the delegation, Aida Tulegen and Serik Abenov, raised questions on trade.`,
      ),
    ).toEqual([[...pair, "Aida Tulegen", "Serik Abenov"].sort()]);
  });
  it("members who went elsewhere were not at the meeting", () => {
    expect(
      names(
        `${received} Members of the delegation, Aida Tulegen and Serik Abenov, visited the national museum.`,
      ),
    ).toEqual([pair]);
  });
});

describe("company told in the active voice", () => {
  it("'C, who accompanied X, proposed ...': X was at the meeting", () => {
    expect(
      names(`${met} Deputy Speaker Ola Nordby, who accompanied Vik, proposed a joint seminar on energy.`),
    ).toEqual([[...pair, "Ola Nordby"].sort()]);
  });
  it("company of someone who was not at the meeting joins nothing", () => {
    expect(
      names(
        `${met} Minister Kari Dahl spoke at a forum. Deputy Speaker Ola Nordby, who accompanied Dahl, proposed a joint seminar.`,
      ),
    ).toEqual([pair]);
  });
  it("envoys at 'the respective meetings' sit at the meetings with the people of their post", () => {
    const text =
      "Chinese legislator Wang Dehai visited Chile and Peru. In Santiago, Wang met with Chilean Senator Pablo Ortiz Garcia. In Lima, Wang met with Peruvian Congressman Luis Paredes Rojas. Chinese Ambassador to Chile Li Weimin and Chinese Ambassador to Peru Zhou Kang accompanied Wang during the respective meetings.";
    expect(names(text)).toEqual([
      ["Li Weimin", "Pablo Ortiz Garcia", "Wang Dehai"],
      ["Luis Paredes Rojas", "Wang Dehai", "Zhou Kang"],
    ]);
  });
});

describe("a body's sitting is not the meeting told before", () => {
  it("'X took part in the meeting of the Council chaired by Y' adds X to nothing", () => {
    expect(
      names(
        `${met} On the same day, Deputy Speaker Ola Nordby took part in the meeting of the Nordic Council chaired by Kari Dahl.`,
      ),
    ).toEqual([pair]);
  });
  it("taking part in the meeting itself still joins it", () => {
    expect(names(`${met} Deputy Speaker Ola Nordby also took part in the meeting.`)).toEqual([
      [...pair, "Ola Nordby"].sort(),
    ]);
  });
});

describe("a roster of the delegation told apart after several meetings", () => {
  const visit = [
    "Kazakh Senator Bolat Nurlanov led a delegation of the Senate to Norway.",
    "On Monday, Nurlanov met with Speaker of the Storting Ingrid Vik.",
    "On Tuesday, Nurlanov held talks with Norwegian Foreign Minister Kari Dahl.",
  ];
  const roster = "The delegation also includes senators Aida Tulegen and Serik Abenov.";
  it("adds its members to no meeting", () => {
    expect(names([...visit, roster].join("\n\n"))).toEqual([
      ["Bolat Nurlanov", "Ingrid Vik"],
      ["Bolat Nurlanov", "Kari Dahl"],
    ]);
  });
  it("told in the paragraph of the last meeting, adds them to that meeting only", () => {
    expect(names([visit[0], visit[1], `${visit[2]} ${roster}`].join("\n\n"))).toEqual([
      ["Bolat Nurlanov", "Ingrid Vik"],
      ["Aida Tulegen", "Bolat Nurlanov", "Kari Dahl", "Serik Abenov"],
    ]);
  });
  it("told after the only meeting of a delegation without a head, names who sat at it", () => {
    const headless = [
      "A delegation of the Kazakh Senate visited Norway.",
      "On Monday, the Kazakh delegation met with Speaker of the Storting Ingrid Vik.",
      "The delegation also includes Kazakh senators Aida Tulegen and Serik Abenov.",
    ];
    expect(names(headless.join("\n\n"))).toEqual([["Aida Tulegen", "Ingrid Vik", "Serik Abenov"]]);
  });
});

describe("the meeting an attendance speaks of is the one told last", () => {
  it("a meal of two who met before, told again, is the one 'Attending the dinner were' speaks of", () => {
    const text = [
      "Speaker of the Storting Ingrid Vik welcomed a delegation of the Kazakh Senate led by Senator Bolat Nurlanov.",
      "On Monday, Vik and Nurlanov held talks at the Storting.",
      "On Tuesday, Nurlanov met with Norwegian Foreign Minister Kari Dahl.",
      "In the evening, Vik hosted a dinner in honour of Nurlanov.",
      "Attending the dinner were Deputy Speaker Ola Nordby and Ambassador Serik Abenov.",
    ].join(" ");
    expect(names(text)).toEqual([
      ["Bolat Nurlanov", "Ingrid Vik", "Ola Nordby", "Serik Abenov"],
      ["Bolat Nurlanov", "Kari Dahl"],
    ]);
  });
});

describe("'members of the delegation, including A and B, met Y'", () => {
  it("the members named met Y, not the delegation's head", () => {
    const text = [
      "Speaker of the Storting Ingrid Vik welcomed a delegation of the Kazakh Senate led by Senator Bolat Nurlanov.",
      "On Tuesday, members of the delegation, including senators Aida Tulegen and Serik Abenov, met with Norwegian Foreign Minister Kari Dahl.",
    ].join(" ");
    expect(names(text)).toEqual([
      ["Bolat Nurlanov", "Ingrid Vik"],
      ["Aida Tulegen", "Kari Dahl", "Serik Abenov"],
    ]);
  });
});

describe("a side of a meeting by video takes part from its seat", () => {
  const held =
    "The Norwegian-Kazakh friendship group of the Storting, headed by Ingrid Vik, held a virtual meeting with its counterpart in the Parliament of Kazakhstan.";
  it("'Members of the Kazakh group, headed by Y, participated from the Kazakh Parliament'", () => {
    expect(
      names(
        `${held} Members of the Kazakh group, headed by Senator Bolat Nurlanov, participated from the Kazakh Parliament.`,
      ),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vik"]]);
  });
  it("at a meeting in person, taking part in a parliament is no attendance", () => {
    const inPerson = held.replace("a virtual meeting", "a meeting");
    expect(
      names(`${inPerson} Senator Bolat Nurlanov participated in the Kazakh Parliament.`).some((m) =>
        m.includes("Bolat Nurlanov"),
      ),
    ).toBe(false);
  });
});

describe("more phrasings of attendance and company", () => {
  const withAll = [[...pair, "Kari Dahl", "Ola Nordby"].sort()];
  it("'hosted a luncheon for Y, which was also attended by A'", () => {
    expect(
      names(
        "Speaker of the Storting Ingrid Vik hosted a luncheon for Kazakh Senator Bolat Nurlanov, which was also attended by Deputy Speaker Ola Nordby and Ambassador Kari Dahl.",
      ),
    ).toEqual(withAll);
    // Every meal of the meetings' list (meals.ts) is an occasion one attends: a banquet as a luncheon.
    expect(
      names(
        "Speaker of the Storting Ingrid Vik hosted a banquet for Kazakh Senator Bolat Nurlanov, which was also attended by Deputy Speaker Ola Nordby and Ambassador Kari Dahl.",
      ),
    ).toEqual(withAll);
  });
  it("'Also on hand were A and B', 'A and B were also on hand'", () => {
    expect(names(`${met} Also on hand were Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`)).toEqual(
      withAll,
    );
    expect(names(`${met} Deputy Speaker Ola Nordby and Ambassador Kari Dahl were also on hand.`)).toEqual(
      withAll,
    );
  });
  it("'The Norwegian side included A and B'", () => {
    expect(
      names(`${met} The Norwegian side included Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`),
    ).toEqual(withAll);
  });
  it("'X was accompanied at the meeting by A and B', 'X was accompanied by A and B during the talks'", () => {
    expect(
      names(
        `${met} Vik was accompanied at the meeting by Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`,
      ),
    ).toEqual(withAll);
    expect(
      names(
        `${met} Vik was accompanied by Deputy Speaker Ola Nordby and Ambassador Kari Dahl during the talks.`,
      ),
    ).toEqual(withAll);
  });
  it("'X is accompanied by A' with no meeting named speaks of the visit", () => {
    expect(names(`${met} Nurlanov is accompanied by Senator Aida Tulegen.`)).toEqual([pair]);
  });
  it("someone thanked after the meeting did not attend it", () => {
    expect(names(`${met} Vik thanked former Speaker Ola Nordby for his work on the treaty.`)).toEqual([pair]);
  });
});

describe("'Also at the meeting were A and B': the place, then a bare 'were'", () => {
  it("lists everyone named after it, titles and all", () => {
    expect(
      names(
        `${met} Also at the meeting were Mr. Ola Nordby, Member of Parliament for Tromso and Chairman of the Energy Committee, and Madam Kari Dahl, the Deputy Clerk of the Storting.`,
      ),
    ).toEqual([[...pair, "Kari Dahl", "Ola Nordby"].sort()]);
    expect(names(`${met} At the talks were also deputies Ola Nordby and Kari Dahl.`)).toEqual([
      [...pair, "Kari Dahl", "Ola Nordby"].sort(),
    ]);
  });
  it("a passive after 'were' tells what was done there, not who came", () => {
    expect(
      names(`${met} At the meeting were discussed the proposals of deputy Ola Nordby on fisheries.`),
    ).toEqual([pair]);
  });
  it("a conference one was at adds no one", () => {
    expect(names(`${met} Also at the conference were deputies Ola Nordby and Kari Dahl.`)).toEqual([pair]);
  });
});

// The guest's sentence of company, before what follows the company: the words spoken, or a journey.
const guestWithCompany = (rest: string) =>
  `Speaker of the Storting Ingrid Vik received a delegation of the Kazakh Senate led by Senator Bolat Nurlanov. Nurlanov, who was accompanied by Senators Aida Tulegen and Serik Abenov, ${rest}`;

describe("'X, who was accompanied by A and B, said ...': company of one who spoke at the meeting", () => {
  // The one accompanied spoke there; the company did not, and came with X: not counted at the table.
  it("the company is not counted at the meeting just told", () => {
    expect(names(guestWithCompany("said Astana was ready to expand trade."))).toEqual([pair]);
  });
  it("without words spoken there, the company may be of the whole visit", () => {
    expect(names(guestWithCompany("arrived in Oslo on Sunday."))).toEqual([pair]);
  });
});
