/**
 * Participant lists that a report gives beside the encounter: attendees of the meeting just
 * reported, the people who spell out a delegation, and lists whose items carry a role apposition
 * with commas of its own. Every name below is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);

describe("attendees of the meeting just reported", () => {
  const met = "Speaker Ingrid Vik met with Speaker Bolat Nurlanov.";
  const all = [["Bolat Nurlanov", "Ingrid Vik", "Kari Dahl", "Ola Nordby"]];
  it("'Taking part in the talks were' and 'Participating in the meeting were'", () => {
    expect(
      names(`${met} Taking part in the talks were Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`),
    ).toEqual(all);
    expect(
      names(`${met} Participating in the meeting were Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`),
    ).toEqual(all);
    expect(names(`${met} Also taking part were Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`)).toEqual(
      all,
    );
  });
  it("'A and B were also present at the meeting'", () => {
    expect(
      names(`${met} Deputy Speaker Ola Nordby and Ambassador Kari Dahl were also present at the meeting.`),
    ).toEqual(all);
  });
  it("other openings that list those who attended", () => {
    for (const opening of [
      "Also in attendance were",
      "Those present included",
      "Attending the meeting from the Norwegian side were",
      "Present at the talks from the Norwegian side were",
      "Also attending were",
      "Joining the talks were",
      "Participants in the meeting also included",
      "The talks also involved",
    ])
      expect(names(`${met} ${opening} Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`)).toEqual(all);
  });
  it("'The Norwegian side was represented by A and B'", () => {
    expect(
      names(
        `${met} The Norwegian side was represented by Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`,
      ),
    ).toEqual(all);
    // A country represented at some event is no side of the meeting told before.
    expect(
      names(
        `${met} Norway was represented at the forum by Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`,
      ),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vik"]]);
  });
  it("'The talks involved' a topic adds no one", () => {
    expect(names(`${met} The talks involved a discussion of trade with Deputy Speaker Ola Nordby.`)).toEqual([
      ["Bolat Nurlanov", "Ingrid Vik"],
    ]);
  });
  it("taking part in an event of many is no attendance of the meeting", () => {
    expect(
      names(`${met} Taking part in the conference were Deputy Speaker Ola Nordby and Ambassador Kari Dahl.`),
    ).toEqual([["Bolat Nurlanov", "Ingrid Vik"]]);
  });
});

describe("the people who spell out a delegation sit at one table", () => {
  const trio = [["Aida Tulegen", "Bolat Nurlanov", "Ingrid Vik", "Serik Abenov"]];
  it("'received a delegation consisting of / comprising / composed of A, B and C'", () => {
    for (const verb of ["consisting of", "comprising", "composed of", "made up of"])
      expect(
        names(
          `Speaker of the Storting Ingrid Vik received a delegation of the Kazakh Senate ${verb} Bolat Nurlanov, Serik Abenov and Aida Tulegen.`,
        ),
      ).toEqual(trio);
  });
  it("'a delegation including senators A, B and C' is one meeting, not three", () => {
    expect(
      names(
        "Speaker Ingrid Vik received a delegation of the Kazakh Senate including senators Bolat Nurlanov, Serik Abenov and Aida Tulegen.",
      ),
    ).toEqual(trio);
  });
  it("members of one body named right after it ('members of the Senate A, B and C')", () => {
    expect(
      names(
        "Speaker Ingrid Vik received members of the Kazakh Senate Bolat Nurlanov, Serik Abenov and Aida Tulegen.",
      ),
    ).toEqual(trio);
    expect(
      names(
        "Senate Speaker Bolat Nurlanov held a meeting with Danish MPs Henrik Dahl, Sofie Berg and Lars Holm.",
      ),
    ).toEqual([["Bolat Nurlanov", "Henrik Dahl", "Lars Holm", "Sofie Berg"]]);
  });
  // The annotated reports count a delegation's leader, not the members its clause names.
  it("a delegation's leader and the members the clause of the meeting names after the leader", () => {
    const all = ["Aida Tulegen", "Bolat Nurlanov", "Ingrid Vik", "Serik Abenov"];
    expect(
      names(
        "A delegation led by Speaker Bolat Nurlanov, including Senator Serik Abenov and Ambassador Aida Tulegen, met with Speaker Ingrid Vik.",
      ),
    ).toEqual([all]);
    expect(
      names(
        "Speaker Ingrid Vik held a meeting with the Kazakh delegation led by Bolat Nurlanov, which included Serik Abenov and Aida Tulegen.",
      ),
    ).toEqual([all]);
  });
  it("'received A and members of his delegation, B and C'", () => {
    expect(
      names(
        "Speaker Ingrid Vik received Speaker Bolat Nurlanov and members of his delegation, senators Serik Abenov and Aida Tulegen.",
      ),
    ).toEqual(trio);
  });
  it("a delegation whose first member carries a role with commas", () => {
    expect(
      names(
        "The Kazakh delegation, comprising Senator Serik Abenov, chair of the committee on foreign affairs, defence and security, Senator Aida Tulegen and Senator Bolat Nurlanov, met with Speaker Ingrid Vik.",
      ),
    ).toEqual(trio);
  });
  it("officials spelled out may still have met one by one", () => {
    expect(
      names(
        "Speaker Karim Haddad is set to meet with other Italian officials including President Marco Bellini and Foreign Minister Sara Conti.",
      ),
    ).toEqual([
      ["Karim Haddad", "Marco Bellini"],
      ["Karim Haddad", "Sara Conti"],
    ]);
  });
});

describe("lists whose items carry a role with commas of its own", () => {
  it("a committee's lower-case field does not break the list", () => {
    expect(
      names(
        "Senate Speaker Bolat Nurlanov held a meeting with Henrik Dahl, deputy chairman of the Folketing, Sofie Berg, chairman of the committee on foreign affairs, and Lars Holm.",
      ).flat(),
    ).toEqual(expect.arrayContaining(["Henrik Dahl", "Sofie Berg", "Lars Holm"]));
  });
  it("a title with a field listed by commas before its holder, in the list of those who welcomed a guest", () => {
    expect(
      names(
        "Bolat Nurlanov was welcomed at the airport by Deputy Speaker of the Storting Ola Nordby, the Storting Secretary for international, security and defence affairs Kari Dahl, Ambassador of Kazakhstan to Norway Serik Abenov, and other officials.",
      ),
    ).toEqual([["Bolat Nurlanov", "Kari Dahl", "Ola Nordby", "Serik Abenov"]]);
  });
  it("a semicolon list whose last item has a role of its own", () => {
    expect(
      names(
        "Senate Speaker Bolat Nurlanov met with Henrik Dahl, deputy chairman of the Folketing; Sofie Berg, chairwoman of the committee on foreign affairs; and Lars Holm, a member of the Folketing.",
      ).flat(),
    ).toEqual(expect.arrayContaining(["Henrik Dahl", "Sofie Berg", "Lars Holm"]));
  });
  it("a semicolon list in which a role ends a run of names ('C, D and E, directors of the committee;')", () => {
    expect(
      names(
        "Speaker Ingrid Vik met at her residence with Mr. Bolat Nurlanov, Speaker of the Senate; Mr. Serik Abenov, Vice-Speaker; Mr. Arman Dosov, Mr. Daniyar Esenov, and Mr. Erlan Zhaksybek, directors of the committee; and Mr. Aidar Sapar, chairman of the friendship group.",
      ),
    ).toEqual([
      [
        "Aidar Sapar",
        "Arman Dosov",
        "Bolat Nurlanov",
        "Daniyar Esenov",
        "Erlan Zhaksybek",
        "Ingrid Vik",
        "Serik Abenov",
      ],
    ]);
  });
  it("a plural apposition after a run of names is each name's role", () => {
    const p = people(
      "Speaker Ingrid Vik met with Mr. Bolat Nurlanov, Speaker of the Senate; Mr. Arman Dosov, Mr. Daniyar Esenov, and Mr. Erlan Zhaksybek, directors of the committee; and Mr. Aidar Sapar.",
    );
    for (const name of ["Arman Dosov", "Daniyar Esenov", "Erlan Zhaksybek"])
      expect(p.get(name)?.roles).toEqual(["director of the committee"]);
    expect(p.get("Aidar Sapar")?.roles ?? []).toEqual([]);
  });
  it("a lower-case plural title heads the rest of a list ('A, head of the group, deputies B and C')", () => {
    expect(
      names(
        "Speaker Ingrid Vik met with Ola Nordby, head of the Norway-Kazakhstan friendship group, deputies Kari Dahl and Sofie Berg.",
      ).flat(),
    ).toEqual(expect.arrayContaining(["Ola Nordby", "Kari Dahl", "Sofie Berg"]));
  });
  it("a committee's lower-case field written before it ('the national security and defence committee')", () => {
    expect(
      names(
        "Speaker Ingrid Vik met with Ola Nordby, the head of the national security and defence committee, Kari Dahl, and the head of the economy committee Sofie Berg.",
      ).flat(),
    ).toEqual(expect.arrayContaining(["Ola Nordby", "Kari Dahl", "Sofie Berg"]));
    expect(
      people("Speaker Ingrid Vik met the head of the economy committee Sofie Berg.").get("Sofie Berg")?.roles,
    ).toEqual(["head of the economy committee"]);
  });
  it("a committee 'of' its field ('a member of the committee of economic policy and trade, B')", () => {
    expect(
      names(
        "Speaker Ingrid Vik met with Ola Nordby, a member of the committee of economic policy and trade, Kari Dahl, the ambassador of Kazakhstan to Norway, and Sofie Berg.",
      ).flat(),
    ).toEqual(expect.arrayContaining(["Ola Nordby", "Kari Dahl", "Sofie Berg"]));
  });
  it("the field belongs to the role, before or after the name", () => {
    const p = people(
      "Speaker Ingrid Vik met the Storting Secretary for international, security and defence affairs Kari Dahl and Sofie Berg, chairwoman of the committee on foreign affairs.",
    );
    expect(p.get("Kari Dahl")?.roles).toContain(
      "Storting Secretary for international, security and defence affairs",
    );
    expect(p.get("Sofie Berg")?.roles).toContain("chairwoman of the committee on foreign affairs");
  });
  it("a title after the apposition of the name before it is the next name's own", () => {
    const p = people(
      "The delegation comprised Senator Serik Abenov, chair of the committee, Senator Aida Tulegen and Senator Bolat Nurlanov.",
    );
    expect(p.get("Aida Tulegen")?.roles).toEqual(["Senator"]);
    expect(p.get("Serik Abenov")?.roles).toContain("chair of the committee");
  });
});

describe("who met a list told after a clause of its own", () => {
  it("a title's residence is a place, and a person after 'for' in an earlier clause is not the subject", () => {
    expect(
      names(
        "On Friday, Speaker Ingrid Vik visited the Senate with her delegation, where they heard a eulogy for former President Arman Dosov at the sitting, and then met at the Speaker's Official Residence with Mr. Bolat Nurlanov, Speaker of the Senate; Mr. Serik Abenov, Vice-Speaker; and Mr. Aidar Sapar.",
      ),
    ).toEqual([["Aidar Sapar", "Bolat Nurlanov", "Ingrid Vik", "Serik Abenov"]]);
  });
  it("a semicolon list of hosts of two stated countries is still one meeting per country", () => {
    expect(
      names(
        "Speaker Ingrid Vik met with Bolat Nurlanov, Speaker of the Senate of Kazakhstan; and Kwame Mensah, Speaker of the Parliament of Ghana.",
      ),
    ).toEqual([
      ["Bolat Nurlanov", "Ingrid Vik"],
      ["Ingrid Vik", "Kwame Mensah"],
    ]);
  });
});

describe("a delegation named by its members and no head acts as its members", () => {
  const members = ["Aida Tulegen", "Bolat Nurlanov", "Serik Abenov"];
  it("a meeting whose subject the text leaves out is the members'", () => {
    const m = names(
      "A delegation of the Kazakh Parliament arrived in Oslo. In Oslo, the Kazakh delegation, represented by deputies Bolat Nurlanov, Serik Abenov and Aida Tulegen, studied the work of the Storting. During the meetings with representatives Ola Nordby and Kari Dahl, the sides discussed trade.",
    );
    expect(m).toContainEqual([...members, "Ola Nordby"].sort());
    expect(m).toContainEqual([...members, "Kari Dahl"].sort());
  });
  it("a delegation with a head acts as its head, whatever members are listed", () => {
    const m = names(
      "A delegation headed by Speaker Arman Dosov arrived in Oslo. The delegation, consisting of deputies Bolat Nurlanov, Serik Abenov and Aida Tulegen, studied the work of the Storting. During the meetings with representatives Ola Nordby and Kari Dahl, the sides discussed trade.",
    );
    expect(m.flat()).not.toContain("Serik Abenov");
  });
  it("the people listed for a delegation of a country are of that country", () => {
    const p = people(
      "In Oslo, the Kazakh delegation, represented by deputies Bolat Nurlanov, Serik Abenov and Aida Tulegen, studied the work of the Storting.",
    );
    for (const name of ["Bolat Nurlanov", "Serik Abenov", "Aida Tulegen"]) {
      expect(p.get(name)?.roles).toContain("deputy of the Kazakh delegation");
      expect(p.get(name)?.country).toBe("Kazakhstan");
    }
    // A list that no delegation opens gives no such role.
    const q = people(
      "In Oslo, the officials, including Bolat Nurlanov and Serik Abenov, studied the work of the Storting.",
    );
    expect(q.get("Serik Abenov")?.roles ?? []).toEqual([]);
  });
});

describe("an unnamed side among the attendees", () => {
  const met = "Speaker of the Storting Ingrid Vik met with Speaker of the Majilis Bolat Nurlanov.";
  it("joins the meeting just reported as a party", () => {
    const ms = meetingsOf(`${met} The meeting was also attended by members of the Georgian delegation.`);
    expect(ms.map((m) => [m.names, m.countries])).toEqual([[["Bolat Nurlanov", "Ingrid Vik"], ["Georgia"]]]);
  });
  it("but not when it heads a list of named people of its country", () => {
    const ms = meetingsOf(
      `${met} The meeting was attended by members of the Norwegian delegation, Deputy Speaker Ola Nordby and MP Kari Dahl of Norway.`,
    );
    expect(ms.map((m) => m.countries)).toEqual([[]]);
  });
});
