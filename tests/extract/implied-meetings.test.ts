/**
 * Meetings an article implies without a meeting verb between the two names (the article-level
 * pass), on short articles written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";

const meetings = (text: string) => {
  const base = extractFacts([parseArticle(text, { id: "x", file: "x.txt", isKnownCity })]);
  const name = (id: string) => base.people.find((p) => p.id === id)?.name;
  return base.meetings.map((m) => ({ ...m, names: m.participants.map(name) }));
};
const pairs = (text: string) => meetings(text).map((m) => [...m.names].sort().join(" + "));

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

describe("title lines and first-person reports", () => {
  it("a title naming two people who meet", () => {
    const m = meetings(
      "Kazakh Majilis Speaker Kolbayev, Finnish Ambassador Mikko Jarvela meet\n\nASTANA. KAZINFORM – The Chairman of the Majilis Aidar Kolbayev discussed cooperation in education with the diplomat.",
    );
    expect(m.map((x) => [...x.names].sort())).toEqual([["Aidar Kolbayev", "Mikko Jarvela"]]);
    expect(m[0]?.evidence).toMatch(/meet$/);
  });
  it("'I had the honour to meet' inside a quote, attributed after it", () => {
    expect(
      pairs(
        " date 2024-06-02 “I had the honour to meet the Speaker of the Senate of Kazakhstan Nurlan Abenov today,” said Ambassador of Japan to Kazakhstan Hiroshi Tanabe.",
      ),
    ).toEqual(["Hiroshi Tanabe + Nurlan Abenov"]);
  });
  it("a quote over several sentences, attributed at its end", () => {
    expect(
      pairs(
        'Speaker of the Seimas arrives in Kyiv\n\nSpeaker of the Seimas of Lithuania Rasa Vaitkute arrived in Kyiv, Deputy Speaker of the Verkhovna Rada Oksana Hrytsenko said on Tuesday.\n\n"The Speaker of the Seimas of Lithuania arrived in Ukraine on an official visit. I met her at the railway station. This is an important visit!" Hrytsenko said in a statement.',
      ),
    ).toContain("Oksana Hrytsenko + Rasa Vaitkute");
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
});
