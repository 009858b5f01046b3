/**
 * Meetings an article implies without a meeting verb between the two names (the article-level
 * pass), on short articles written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { resolveMentions } from "../../src/extract/coref.ts";
import { makeDoc } from "../../src/extract/document.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { proposeImpliedMeetings } from "../../src/extract/implied.ts";
import { extractFacts } from "../../src/extract/index.ts";
import type { Proposal } from "../../src/extract/meetings.ts";
import { findOtherMentions } from "../../src/extract/mentions.ts";
import { findPeople } from "../../src/extract/people.ts";

const meetings = (text: string) => {
  const base = extractFacts([parseArticle(text, { id: "x", file: "x.txt", isKnownCity })]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name;
  return base.meetings.map((m) => ({ ...m, names: m.participants.map(name) }));
};
const pairs = (text: string) => meetings(text).map((m) => [...m.names].sort().join(" + "));
// The pass on its own, given what the sentence finders proposed.
const implied = (text: string, found: (host: number) => Proposal[]) => {
  const doc = makeDoc(parseArticle(text, { id: "x", file: "x.txt", isKnownCity }));
  findPeople(doc);
  findOtherMentions(doc);
  resolveMentions(doc);
  const id = (name: string) => doc.people.findIndex((p) => p.names.includes(name));
  const proposals = found(id("Aidar Kolbayev"));
  const added = proposeImpliedMeetings(doc, proposals);
  return { proposals, added, id };
};

// A Kazakh report whose lead names only the protagonist.
const astana = (...paragraphs: string[]) =>
  ` date 2024-03-04 ASTANA. KAZINFORM – Chairman of the Majilis Aidar Kolbayev discussed prospects of cooperation in education, the press service of the Majilis reports.\n\n${paragraphs.join("\n\n")}`;

describe("the protagonist and an interlocutor who speaks for the other side", () => {
  it.each([
    [
      "'For his part' ties the foreign official to the protagonist",
      astana(
        "Kolbayev noted the growing trade between the two countries.",
        "For his part, Ambassador of Finland to Kazakhstan Mikko Jarvela said that Finland is ready to share its experience.",
      ),
      "Aidar Kolbayev + Mikko Jarvela",
    ],
    [
      "speech alone ties a foreign official when the article speaks of the sides",
      astana(
        "Ambassador of Finland to Kazakhstan Mikko Jarvela noted that Finland is ready to share its experience.",
        "The parties agreed to continue the dialogue.",
      ),
      "Aidar Kolbayev + Mikko Jarvela",
    ],
    [
      "a visit at the invitation of a counterpart",
      "Speaker makes an official visit to Iceland\n\nHungarian House Speaker Tibor Kalmar visited Iceland at the invitation of Gudrun Haraldsdottir, his Icelandic counterpart.\n\nTalks focused on energy and tourism.",
      "Gudrun Haraldsdottir + Tibor Kalmar",
    ],
    [
      "a guest who thanks the host for the warm welcome",
      " date 2024-05-10 TASHKENT – Chairwoman of the Senate of Uzbekistan Dilnoza Rakhimova discussed interparliamentary ties at the Senate today.\n\nRakhimova stressed the importance of regular contacts.\n\nSpeaker of the Parliament of Georgia Levan Beridze thanked her for the warm welcome and invited her to visit Tbilisi.",
      "Dilnoza Rakhimova + Levan Beridze",
    ],
    [
      "'their bilateral meeting' in a quote attributed to the protagonist",
      "Zoltan Varga: 'Dialogue is the only way'\n\n“The participation of the Speaker of the Saeima of Latvia, Inga Ozola, in our conference is very important,” stressed President of the Assembly Zoltan Varga at the end of their bilateral meeting in Strasbourg.\n\n“We discussed migration and security,” Varga said.",
      "Inga Ozola + Zoltan Varga",
    ],
    [
      "'Welcoming the guests, X' when X is the host",
      astana(
        "A delegation of the Seimas of Lithuania led by Speaker of the Seimas Rasa Vaitkute is in Astana on an official visit.",
        "Welcoming the guests, Kolbayev noted the importance of interparliamentary ties.",
      ),
      "Aidar Kolbayev + Rasa Vaitkute",
    ],
    [
      "'Welcoming the guests, X' when the protagonist is the guest",
      " date 2024-05-10 TBILISI – Chairman of the Majilis of Kazakhstan Aidar Kolbayev arrived in Tbilisi on an official visit, the press service of the Majilis reports.\n\nWelcoming the guests, Prime Minister of Georgia Giorgi Lomidze noted the growing trade.\n\nKolbayev stressed the importance of transit routes.",
      "Aidar Kolbayev + Giorgi Lomidze",
    ],
  ])("%s", (_, text, pair) => {
    const m = meetings(text);
    expect(m.map((x) => [...x.names].sort().join(" + "))).toEqual([pair]);
    expect(m[0]?.status).toBe("held");
  });
  it.each([
    [
      "in a report of talks between sides, a foreign official who met someone the sentence does not pair met the protagonist",
      "During the meeting, the parties discussed trade.",
      ["Aidar Kolbayev + Mikko Jarvela"],
    ],
    // The lead's own "met with" is read by the sentence finders; the implied pass adds nothing to it.
    [
      "without talk of sides, only the meeting the lead states",
      "Trade keeps growing.",
      ["Aidar Kolbayev + Mikko Jarvela"],
    ],
  ])("%s", (_, middle, expected) => {
    expect(
      pairs(
        ` date 2024-04-01 Ambassador of Finland to Kazakhstan Mikko Jarvela met with the Head of the parliamentary Finnish-Kazakh friendship group, member of the Committee of the Majilis of the Parliament of Kazakhstan on Education, Science and Culture Aidar Kolbayev.\n\n${middle}\n\nIn his welcoming speech, Kolbayev noted the growing trade.`,
      ),
    ).toEqual(expected);
  });
  it.each([
    [
      "'In his turn, the protagonist' ties the one who spoke just before",
      "Ambassador of Finland to Kazakhstan Mikko Jarvela expressed confidence that the visit will give a new impetus to the dialogue.",
      ["Aidar Kolbayev + Mikko Jarvela"],
    ],
    [
      "not when the one before is quoted from a message",
      "In his message, Ambassador of Finland to Kazakhstan Mikko Jarvela expressed confidence that the visit will give a new impetus to the dialogue.",
      [],
    ],
  ])("%s", (_, before, expected) => {
    expect(
      pairs(astana(`${before} In his turn, Kolbayev focused on the positive moments of cooperation.`)),
    ).toEqual(expected);
  });
  it("the meeting the sentences already report is not proposed twice", () => {
    const m = meetings(
      astana(
        "Kolbayev met with Ambassador of Finland to Kazakhstan Mikko Jarvela.",
        "For his part, Mikko Jarvela said that Finland is ready to share its experience.",
      ),
    );
    expect(m).toHaveLength(1);
  });
});

describe("an unnamed official who takes their turn", () => {
  const japan = (first: string) =>
    meetings(
      astana(
        first,
        "For his part, the Ambassador of Japan said that Japan is ready to share its experience.",
      ),
    );
  it("'For his part, the Ambassador of Japan' is a side of Japan", () => {
    const m = japan("Kolbayev noted the growing trade between the two countries.");
    expect(m).toHaveLength(1);
    expect(m[0]?.names).toEqual(["Aidar Kolbayev"]);
    expect(m[0]?.parties.map((x) => x.country)).toEqual(["Japan"]);
  });
  it("no second side when the named official of that country is already met", () => {
    const m = japan("Kolbayev met with Ambassador of Japan to Kazakhstan Kenji Morita.");
    expect(m).toHaveLength(1);
    expect(m[0]?.parties).toEqual([]);
  });
});

describe("an unnamed side the sentences report, named by who acts for it", () => {
  const metFinns = (host: number): Proposal[] => [
    {
      sentence: 1,
      people: [host],
      parties: [{ country: "Finland", description: "Finnish Ambassador" }],
      planned: false,
      finder: "test",
    },
  ];
  it.each([
    ["a person of that side's country who acts is that side, with no talk of 'the sides'", "Finland", true],
    ["a person of another country who only speaks is not that side", "Estonia", false],
  ])("%s", (_, country, joins) => {
    const { proposals, id } = implied(
      astana(
        "Kolbayev expressed these views at a meeting with the Finnish Ambassador.",
        `Ambassador of ${country} to Kazakhstan Mikko Jarvela warmly expressed his attachment to the people of Kazakhstan.`,
      ),
      metFinns,
    );
    const host = id("Aidar Kolbayev");
    expect(proposals[0]?.people).toEqual(joins ? [host, id("Mikko Jarvela")] : [host]);
  });
  it("one of no known country tied to the host joins the host's only unnamed side", () => {
    const { proposals, id } = implied(
      astana(
        "Kolbayev met with Finnish colleagues in Helsinki.",
        "Mikko Jarvela expressed confidence that the visit will give a new impetus to the dialogue. In his turn, Kolbayev focused on the positive moments of cooperation.",
      ),
      metFinns,
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.people).toEqual([id("Aidar Kolbayev"), id("Mikko Jarvela")]);
  });
});

describe("title lines and first-person reports", () => {
  it("a title naming two people who meet", () => {
    // The body names no encounter, so only the title can tie the two.
    const m = meetings(
      "Kazakh Majilis Speaker Kolbayev, Finnish Ambassador Mikko Jarvela meet\n\nASTANA. KAZINFORM – The Chairman of the Majilis Aidar Kolbayev said that education comes first.",
    );
    expect(m.map((x) => [...x.names].sort())).toEqual([["Aidar Kolbayev", "Mikko Jarvela"]]);
    expect(m[0]?.evidence).toMatch(/meet$/);
  });
  it.each<[string, string, string[]]>([
    [
      "'I had the honour to meet' inside a quote, attributed after it",
      " date 2024-06-02 “I had the honour to meet the Speaker of the Senate of Kazakhstan Nurlan Abenov today,” said Ambassador of Japan to Kazakhstan Hiroshi Tanabe.",
      ["Hiroshi Tanabe + Nurlan Abenov"],
    ],
    [
      "'I was received by' in a paragraph of speech without quote marks, attributed at its end",
      " date 2024-05-21 TURKESTAN. KAZINFORM – Speaker of the Parliament of Georgia Levan Beridze visited the city of Turkestan.\n\nYesterday, I was received by President of Kazakhstan Arman Sadykov. Today I am meeting with you in Turkestan. This heritage binds our states, said Levan Beridze.",
      ["Arman Sadykov + Levan Beridze"],
    ],
    [
      "'We were warmly welcomed by' at the start of a quoted sentence",
      ' date 2024-05-21 "We were warmly welcomed by Chairman of the Majilis Aidar Kolbayev," Speaker of the Parliament of Georgia Levan Beridze said.',
      ["Aidar Kolbayev + Levan Beridze"],
    ],
    [
      "'It was an honour to meet' inside a quote: an impersonal report the speaker owns",
      " date 2024-06-02 “It was an honour to meet the Chairman of the Majilis, Mr. Aidar Kolbayev,” Speaker of the Parliament of Georgia Levan Beridze said at a press conference.",
      ["Aidar Kolbayev + Levan Beridze"],
    ],
    [
      "'We were delighted to welcome' inside a quote, attributed before it",
      ' date 2024-06-02 Chairman of the Majilis Aidar Kolbayev said: "We were delighted to welcome Speaker of the Parliament of Georgia Levan Beridze in Astana."',
      ["Aidar Kolbayev + Levan Beridze"],
    ],
    [
      "speech without quote marks and without an attribution at the paragraph's end is nobody's report",
      " date 2024-05-21 TURKESTAN. KAZINFORM – Speaker of the Parliament of Georgia Levan Beridze visited the city of Turkestan.\n\nYesterday, I was received by President of Kazakhstan Arman Sadykov. This heritage binds our states.",
      [],
    ],
  ])("%s", (_, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  it.each([
    [
      "a first-person report of another year recalls an earlier encounter",
      "“I met Chairman of the Majilis Aidar Kolbayev in Tbilisi in 2019,” said Speaker of the Parliament of Georgia Levan Beridze.",
    ],
  ])("%s", (_, quote) => {
    expect(pairs(` date 2024-05-21 ${quote}`)).toEqual([]);
  });
  it.each([
    ["I had", 1],
    ["When I had", 0],
  ])(
    "'%s the honour to meet X', on its own, is an encounter only as a report, not as a recollection",
    (lead, n) => {
      const { added } = implied(
        ` date 2024-05-21 “${lead} the honour to meet Chairman of the Majilis Aidar Kolbayev, we spoke of trade,” said Speaker of the Parliament of Georgia Levan Beridze.`,
        () => [],
      );
      expect(added.filter((p) => p.finder === "first-person")).toHaveLength(n);
    },
  );
  it("a first-person report of the report's own year is an encounter", () => {
    expect(
      pairs(
        " date 2024-05-21 “I met Chairman of the Majilis Aidar Kolbayev in Tbilisi on 20 May 2024,” said Speaker of the Parliament of Georgia Levan Beridze.",
      ),
    ).toEqual(["Aidar Kolbayev + Levan Beridze"]);
  });
  it("a quote over several sentences, attributed at its end", () => {
    expect(
      pairs(
        'Speaker of the Seimas arrives in Kyiv\n\nSpeaker of the Seimas of Lithuania Rasa Vaitkute arrived in Kyiv, Deputy Speaker of the Verkhovna Rada Oksana Hrytsenko said on Tuesday.\n\n"The Speaker of the Seimas of Lithuania arrived in Ukraine on an official visit. I met her at the railway station. This is an important visit!" Hrytsenko said in a statement.',
      ),
    ).toContain("Oksana Hrytsenko + Rasa Vaitkute");
  });
});

describe("two people as the joint subject of a verb of two sides", () => {
  it.each([
    [
      "signing, with an apposition on the second",
      " date 2024-03-04 ASTANA. KAZINFORM – Chairman of the Majilis of Kazakhstan Aidar Kolbayev and Speaker of the Parliament of Georgia Levan Beridze, who is in Astana on an official visit, signed a memorandum of cooperation.\n\nThe document covers education.",
    ],
    [
      "a handshake in a photo caption",
      " date 2024-03-04 Chairman of the Majilis of Kazakhstan Aidar Kolbayev, right, and Speaker of the Parliament of Georgia Levan Beridze, shake hands during a meeting in Astana on March 3.\n\nKolbayev embarked on a trip to Tbilisi.",
    ],
    [
      "two sides who co-chair a commission",
      " date 2024-03-04 Chairman of the Majilis of Kazakhstan Aidar Kolbayev and Speaker of the Parliament of Georgia Levan Beridze co-chaired the hearing of the joint commission.",
    ],
  ])("%s", (_, text) => {
    expect(pairs(text)).toEqual(["Aidar Kolbayev + Levan Beridze"]);
  });
  it("two colleagues of one country who discuss something together are not two sides", () => {
    expect(
      pairs(
        " date 2024-03-04 Chairman of the Majilis of Kazakhstan Aidar Kolbayev and Deputy Chairman of the Majilis of Kazakhstan Dana Omarova, who chairs the budget committee, discussed the draft budget.",
      ),
    ).toEqual([]);
  });
  it("a clause that recalls what two people signed is no report of their meeting", () => {
    expect(
      pairs(
        " date 2024-03-04 ASTANA. KAZINFORM – The memorandum that Chairman of the Majilis of Kazakhstan Aidar Kolbayev and Speaker of the Parliament of Georgia Levan Beridze, then a deputy, signed in 2019 remains in force, the press service reports.",
      ),
    ).toEqual([]);
  });
  it("two people who only attend something together did not meet by it", () => {
    expect(
      pairs(
        " date 2024-03-04 Chairman of the Majilis of Kazakhstan Aidar Kolbayev and Speaker of the Parliament of Georgia Levan Beridze attended the opening of the exhibition.",
      ),
    ).toEqual([]);
  });
});

describe("people mentioned, not met", () => {
  const lead = astana(
    "For his part, Ambassador of Finland to Kazakhstan Mikko Jarvela said that Finland is ready to share its experience.\n\n",
  );
  it("a leader praised, thanked or whose greetings are conveyed is not an interlocutor", () => {
    const names = meetings(
      `${lead}Kolbayev praised the policy of Finnish President Antti Koskinen. Jarvela conveyed the greetings of Prime Minister of Finland Sanna Virtala to the Speaker and thanked President of Kazakhstan Arman Sadykov for the support.\n\nThe sides discussed energy.`,
    ).flatMap((m) => m.names);
    expect(names).toContain("Mikko Jarvela");
    for (const absent of ["Antti Koskinen", "Sanna Virtala", "Arman Sadykov"])
      expect(names).not.toContain(absent);
  });
  it("a leader quoted from a message or an earlier occasion did not attend", () => {
    const names = meetings(
      `${lead}In his message to the participants, President of Estonia Antti Koskinen said that education unites nations.\n\nLatvian Prime Minister Sanna Virtala noted earlier that the two countries share goals.\n\nIn a statement, Foreign Minister of Norway Erik Solheim said that Norway supports the talks.\n\nThe sides discussed energy.`,
    ).flatMap((m) => m.names);
    expect(names).not.toContain("Antti Koskinen");
    expect(names).not.toContain("Sanna Virtala");
    expect(names).not.toContain("Erik Solheim");
  });
  it("someone of the protagonist's own side is not the other side", () => {
    const names = meetings(
      `${lead}Deputy Chairman of the Majilis Dana Omarova noted that the Majilis supports the initiative.\n\nThe sides discussed energy.`,
    ).flatMap((m) => m.names);
    expect(names).not.toContain("Dana Omarova");
  });
  it("a person a title only speaks of is not tied by it", () => {
    const names = meetings(
      "Majilis Speaker Kolbayev receives Japanese Ambassador, discusses the visit of Mongolian President Batbold Enkhtaivan\n\nASTANA. KAZINFORM – Chairman of the Majilis Aidar Kolbayev received Ambassador of Japan to Kazakhstan Kenji Morita.",
    ).flatMap((m) => m.names);
    expect(names).toContain("Kenji Morita");
    expect(names).not.toContain("Batbold Enkhtaivan");
  });
  it("once the host is found to meet a foreign side, a third country's official who only speaks is not met", () => {
    expect(
      pairs(
        astana(
          "Kolbayev met with Ambassador of Finland to Kazakhstan Mikko Jarvela.",
          "The sides discussed trade. Foreign Minister of Estonia Kadri Tamm noted that the Baltic states support the dialogue.",
        ),
      ),
    ).toEqual(["Aidar Kolbayev + Mikko Jarvela"]);
  });
  it("'In his turn, the protagonist' after a speaker of no known side, at a sitting, ties nobody", () => {
    expect(
      pairs(
        " date 2024-03-04 ASTANA. KAZINFORM – Chairman of the Majilis Aidar Kolbayev chaired the sitting of the Bureau of the Majilis.\n\nDana Omarova noted that the draft law on education is ready. In his turn, Kolbayev stressed the need for public hearings.",
      ),
    ).toEqual([]);
  });
  it("a foreign official who speaks in an article without any encounter is not met", () => {
    expect(
      meetings(
        " date 2024-03-04 ASTANA. KAZINFORM – Chairman of the Majilis Aidar Kolbayev addressed the plenary session of the Majilis.\n\nKolbayev noted the growing trade with Europe.\n\nAmbassador of Finland to Kazakhstan Mikko Jarvela said that Finland welcomes the reforms.",
      ),
    ).toEqual([]);
  });
  it("speech alone at a forum ties nobody, even with 'the parties'", () => {
    expect(
      meetings(
        " date 2024-03-04 ASTANA. KAZINFORM – Chairman of the Majilis Aidar Kolbayev took part in the Eurasian Women's Forum in Almaty.\n\nSpeaker of the Parliament of Georgia Levan Beridze noted the role of women in politics.\n\nThe parties adopted a final declaration.",
      ),
    ).toEqual([]);
  });
  it("speech alone in a report of many voices ties nobody", () => {
    expect(
      meetings(
        " date 2024-03-04 ASTANA. KAZINFORM – Chairman of the Majilis Aidar Kolbayev opened the forum of Eurasian parliaments.\n\nSpeaker of the Parliament of Georgia Levan Beridze noted the role of dialogue. Speaker of the Seimas of Lithuania Rasa Vaitkute stressed security. President of the Senate of Italy Marco Ferri said that trade matters.\n\nThe parties adopted a declaration.",
      ),
    ).toEqual([]);
  });
  it("at an event, 'for her part' and thanks for the welcome take turns in a debate, not in talks with the host", () => {
    for (const text of [
      " date 2024-03-04 VIENNA – Speaker Ivo Markov addressed the plenary session of the Parliamentary Assembly.\n\nSpeaking at the session, Senator Rosa Fuentes of Chile noted the importance of dialogue. For her part, Deputy Anna Berg of Sweden said that the assembly must act.",
      " date 2024-03-04 BAKU – Speaker Ivo Markov took part in the forum of parliaments.\n\nSpeaker of the Parliament of Chile Rosa Fuentes thanked the organizers for the warm welcome.",
    ])
      expect(meetings(text)).toEqual([]);
  });
  it("but at an event whose frame reports a meeting, the other side's turn ties it", () => {
    expect(
      pairs(
        " date 2024-03-04 BAKU – On the sidelines of the forum, Speaker Ivo Markov met with a delegation of Chile.\n\nFor her part, Senator Rosa Fuentes of Chile said that trade is growing.",
      ),
    ).toEqual(["Ivo Markov + Rosa Fuentes"]);
  });
});
