/** One meeting per counterpart, and delegations standing for their heads. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { people } from "./people-helpers.ts";

describe("one meeting per counterpart", () => {
  it("heads of the delegations of three countries are three unnamed sides", () => {
    const m = meetingsOf(
      "On the sidelines of the session, Senator Dana Omarova met with the heads of the delegations of Germany, Cyprus and Serbia.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Dana Omarova"], ["Germany"]],
      [["Dana Omarova"], ["Cyprus"]],
      [["Dana Omarova"], ["Serbia"]],
    ]);
  });
  it("a list of presiding officers after a named person, with 'the' before a country", () => {
    const m = meetingsOf(
      "Speaker Ravi Menon met President of the Union Paulo Serra, presiding officers of Chile, Finland, the U.S. and Norway.",
    );
    expect(m.map((x) => x.countries)).toEqual([[], ["Chile"], ["Finland"], ["United States"], ["Norway"]]);
  });
  it("a person 'including' after a list of sides is one more counterpart", () => {
    const m = meetingsOf(
      "On the sidelines of the session Senator Dana Omarova met with heads of national delegations of Germany, Cyprus, Serbia, including new Secretary General of the Assembly Lena Holm.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([
      [["Dana Omarova"], ["Germany"]],
      [["Dana Omarova"], ["Cyprus"]],
      [["Dana Omarova"], ["Serbia"]],
      [["Dana Omarova", "Lena Holm"], []],
    ]);
  });
  it("a second verb for the same subject", () => {
    const m = meetingsOf(
      "Chairman Li Wenhao is expected to meet with President Arman Dosov and hold talks separately with Senate Speaker Bolat Nurlanov and Daniyar Esenov, chairman of the Majilis.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Arman Dosov", "Li Wenhao"],
      ["Bolat Nurlanov", "Li Wenhao"],
      ["Daniyar Esenov", "Li Wenhao"],
    ]);
    expect(m.every((x) => x.status === "planned")).toBe(true);
  });
  it("officials including A and B are A and B", () => {
    const m = meetingsOf(
      "Speaker Karim Haddad arrived in Rome. He is set to meet with other Italian officials including President Marco Bellini and Foreign Minister Sara Conti.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Karim Haddad", "Marco Bellini"],
      ["Karim Haddad", "Sara Conti"],
    ]);
  });
  it("a side that a dash spells out", () => {
    const m = meetingsOf(
      "Chairman Zhou Minghai is expected to hold talks with the Senate and Majilis speakers – Askar Temirov and Erlan Zhaksybek.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Askar Temirov", "Zhou Minghai"],
      ["Erlan Zhaksybek", "Zhou Minghai"],
    ]);
  });
  it("two people with an apposition after the second who sign together", () => {
    const m = meetingsOf(
      "Speaker of Kazakhstan Nurbek Tulegenov and Speaker of Kyrgyzstan Almaz Sydykov, who is in Kazakhstan on an official trip, signed an agreement on cooperation.",
    );
    expect(m.map((x) => x.names)).toEqual([["Almaz Sydykov", "Nurbek Tulegenov"]]);
  });
  it("a meeting was held with X, the host being the article's subject", () => {
    const m = meetingsOf(
      "On 21 September, Chairperson of the Senate Dilfuza Rakhimova visited Bishkek. A meeting was held with the toraga of the Jogorku Kenesh Kubanych Asanov.",
    );
    expect(m.map((x) => x.names)).toEqual([["Dilfuza Rakhimova", "Kubanych Asanov"]]);
  });
  it("'is also set to meet' a list of four", () => {
    const m = meetingsOf(
      "Speaker Levan Gelashvili arrived in Yerevan. The Georgian Speaker is also set to meet President Aram Petrosyan, Prime Minister Davit Hakobyan and Foreign Minister Tigran Sargsyan.",
    );
    expect(m).toHaveLength(3);
    expect(m.every((x) => x.names.includes("Levan Gelashvili") && x.status === "planned")).toBe(true);
  });
});

describe("lists read as one meeting", () => {
  it("a semicolon list of one host's people, after a subject that a preposition hides", () => {
    const m = meetingsOf(
      "On Monday, Dr. Rafael Ortega Vidal, Member of the National Assembly of Cuba, in Japan at the invitation of the House of Representatives of Japan, visited the House and met with Mr. Kenji Tanabe, Speaker; Mr. Hiroshi Morita, Vice-Speaker; and Mr. Taro Ishikawa, Chairman of the Committee.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Hiroshi Morita", "Kenji Tanabe", "Rafael Ortega Vidal", "Taro Ishikawa"],
    ]);
  });
  it("the heads of three states are met together", () => {
    const m = meetingsOf(
      "President Ostap Melnyk has agreed to meet the heads of Belarus, Kazakhstan and Russia in Minsk on August 26.",
    );
    // One side for the three heads together (a side carries one country, the first listed).
    expect(m.map((x) => [x.names, x.status])).toEqual([[["Ostap Melnyk"], "planned"]]);
  });
});

describe("delegations and their heads", () => {
  it("'the delegation' that acts is the one who led it", () => {
    const m = meetingsOf(
      "A parliamentary delegation led by Chairman Pavel Orlov arrived in New Delhi. As part of the trip, the delegation also held a meeting with Lok Sabha Speaker Vikram Rao.",
    );
    expect(m.map((x) => x.names)).toEqual([["Pavel Orlov", "Vikram Rao"]]);
  });
  it("a delegation received by someone, with an acronym before it", () => {
    const m = meetingsOf(
      "Crown Prince Jaber Al-Khalid received a delegation headed by First Deputy Speaker Salem Al Dhaheri. The FNC delegation was also received by Speaker Fahad Al-Mutairi.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Jaber Al-Khalid", "Salem Al Dhaheri"],
      ["Fahad Al-Mutairi", "Salem Al Dhaheri"],
    ]);
  });
});

describe("a post and its holder", () => {
  it("'the UK Ambassador in Kenya X' is X, even when the article gives X another title", () => {
    const m = meetingsOf(
      "Speaker Omar Siddiq said this on Tuesday. He expressed these views during a meeting with UK Ambassador in Kenya Dr. Lars Haugen in the Parliament House. UK High Commissioner Lars Haugen praised the progress of Kenya.",
    );
    expect(m.map((x) => [x.names, x.countries])).toEqual([[["Lars Haugen", "Omar Siddiq"], []]]);
  });
});

describe("a title and its holder", () => {
  it("the name in apposition after a title is the person met", () => {
    const m = meetingsOf(
      "Speaker Leila Mansour of Tunisia said here Wednesday that her country is keen to cooperate. She made the remarks when meeting with the Speaker of the Kenyan parliament, Grace Wanjiru before paying a courtesy call on the President of the Senate Peter Otieno.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Grace Wanjiru", "Leila Mansour"],
      ["Leila Mansour", "Peter Otieno"],
    ]);
  });
});

describe("no one meets themself", () => {
  it("a title repeated word for word is its first bearer, not the last holder of a like office", () => {
    const m = meetingsOf(
      "Valdorian Parliamentary Chairman Teodor Vasko is on a visit to Ostria, where he held talks with Prime Minister Karl Lenz. On Monday, Chamber Speaker Lena Brunner opened a forum on trade in the capital. The Parliamentary Chairman met Senate Speaker Otto Kainz as well.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Karl Lenz", "Teodor Vasko"],
      ["Otto Kainz", "Teodor Vasko"],
    ]);
  });
  it("a title that coreference read as the first person met stands for the visitor", () => {
    const m = meetingsOf(
      "Parliament Speaker Tudor Ciobanu pays a working visit to Riga on 8-10 May. In Riga, the Moldovan parliament speaker will meet Speaker of the Saeima Ilze Berzina, Prime Minister Janis Ozols and Foreign Minister Karlis Liepa.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Ilze Berzina", "Tudor Ciobanu"],
      ["Janis Ozols", "Tudor Ciobanu"],
      ["Karlis Liepa", "Tudor Ciobanu"],
    ]);
  });
});

describe("a list that repeats its preposition", () => {
  it("'with A and with B', 'with A, as well as with B': one meeting each", () => {
    for (const sentence of [
      "Speaker Ivo Markov met with Senator Rosa Fuentes and with Deputy Pavel Ionescu.",
      "Speaker Ivo Markov held talks with Senator Rosa Fuentes, as well as with Deputy Pavel Ionescu, in Sofia.",
      "Speaker Ivo Markov is in Lima for the assembly. Bilateral meetings with Senator Rosa Fuentes, as well as with Deputy Pavel Ionescu, took place today.",
    ])
      expect(meetingsOf(sentence).map((x) => x.names)).toEqual([
        ["Ivo Markov", "Rosa Fuentes"],
        ["Ivo Markov", "Pavel Ionescu"],
      ]);
  });
  it("a later 'with' that starts another clause is not the list's", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov met with Senator Rosa Fuentes. Deputy Pavel Ionescu agreed with the proposal.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Rosa Fuentes"]]);
  });
  it("a list may end with 'and other officials', and an item may start with 'the'", () => {
    const m = meetingsOf(
      "Speaker Ivo Markov met with Ambassador of Chile Rosa Fuentes, the Ambassador of Peru Pavel Ionescu and other diplomats.",
    );
    expect(m.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Rosa Fuentes"],
      ["Ivo Markov", "Pavel Ionescu"],
    ]);
  });
  it("those who welcome an arrival are one party; those who receive a guest may be several audiences", () => {
    const welcomed = meetingsOf(
      "Speaker Ivo Markov was welcomed at the airport by Deputy Speaker Rosa Fuentes, the Senate Secretary Pavel Ionescu and other officials.",
    );
    expect(welcomed.map((x) => x.names)).toEqual([["Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"]]);
    const received = meetingsOf(
      "Speaker Ivo Markov was received by President Tomas Varga and Prime Minister Lucas Oyarzun.",
    );
    expect(received.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Tomas Varga"],
      ["Ivo Markov", "Lucas Oyarzun"],
    ]);
  });
  it("people of one body met together are one meeting; of different bodies, one meeting each", () => {
    const oneBody = meetingsOf(
      "Speaker Ivo Markov held a meeting with Chairwoman of the Federation Council Rosa Fuentes and Deputy Chairman of the Federation Council Pavel Ionescu.",
    );
    expect(oneBody.map((x) => x.names)).toEqual([["Ivo Markov", "Pavel Ionescu", "Rosa Fuentes"]]);
    const twoBodies = meetingsOf(
      "Speaker Ivo Markov held a meeting with Chairwoman of the Federation Council Rosa Fuentes and Chairman of the State Duma Pavel Ionescu.",
    );
    expect(twoBodies.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Rosa Fuentes"],
      ["Ivo Markov", "Pavel Ionescu"],
    ]);
  });
});

describe("lists whose items alternate roles and names", () => {
  const pairs = (text: string) => meetingsOf(text).map((m) => [m.names, m.countries]);
  it("'Chairman of a House A and Vice Chairman B': the deputy's title leaves out the same House", () => {
    const m = meetingsOf(
      "The delegation of Senator Ivo Markov was received by Chairman of the Bundesrat Lena Brunner and Vice Chairman Otto Kainz.",
    );
    expect(m.map((x) => x.names)).toEqual([["Ivo Markov", "Lena Brunner", "Otto Kainz"]]);
    // A deputy of a government is no deputy of the House before it.
    const two = meetingsOf(
      "Senator Ivo Markov held a meeting with Chairman of the Bundesrat Lena Brunner and First Deputy Prime Minister Otto Kainz.",
    );
    expect(two.map((x) => x.names)).toEqual([
      ["Ivo Markov", "Lena Brunner"],
      ["Ivo Markov", "Otto Kainz"],
    ]);
  });
  it("a pair joined by 'and' inside a longer list does not end it when 'and' comes again", () => {
    const m = meetingsOf(
      "Secretary General Ivo Markov met the Speaker Rosa Fuentes this morning. Deputy Speaker Lena Brunner, Ministers Pavel Ionescu and Elena Dragan, MP Pablo Rojas, and MP Karl Tamm also participated.",
    );
    expect(m.map((x) => x.names)).toEqual([
      [
        "Elena Dragan",
        "Ivo Markov",
        "Karl Tamm",
        "Lena Brunner",
        "Pablo Rojas",
        "Pavel Ionescu",
        "Rosa Fuentes",
      ],
    ]);
  });
  it("'held meetings with A; the chair of X, B; and C, head of Y' is one meeting per counterpart", () => {
    const text =
      "Speaker Arvid Holm held meetings with Deputy Speaker Tomas Berg; the chair of the foreign affairs committee, Lina Kov; and Pavel Rusu, head of the friendship group.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual([
      ["Arvid Holm", "Tomas Berg"],
      ["Arvid Holm", "Lina Kov"],
      ["Arvid Holm", "Pavel Rusu"],
    ]);
    // "met" with such a list still seats one host's people at one table.
    expect(
      meetingsOf(
        "Speaker Arvid Holm met with Deputy Speaker Tomas Berg; the chair of the foreign affairs committee, Lina Kov; and Pavel Rusu, head of the friendship group.",
      ).map((m) => m.names),
    ).toEqual([["Arvid Holm", "Lina Kov", "Pavel Rusu", "Tomas Berg"]]);
  });
  it("'and former President of X B' is the list's last item", () => {
    expect(
      meetingsOf(
        "Speaker Arvid Holm met with President of the Assembly Tomas Berg, Secretary General of the Assembly Lina Kov, head of the Bulgarian delegation Mara Petrova and former President of Slovenia Janez Kos.",
      ).map((m) => m.names),
    ).toEqual([
      ["Arvid Holm", "Tomas Berg"],
      ["Arvid Holm", "Lina Kov"],
      ["Arvid Holm", "Mara Petrova"],
      ["Arvid Holm", "Janez Kos"],
    ]);
  });
  it("'the heads of the parliamentary delegations of A and B' are two unnamed sides", () => {
    expect(
      pairs("Speaker Arvid Holm met with the heads of the parliamentary delegations of Japan and Brazil."),
    ).toEqual([
      [["Arvid Holm"], ["Japan"]],
      [["Arvid Holm"], ["Brazil"]],
    ]);
  });
});

describe("a plural title whose countries and names alternate", () => {
  const met = (text: string) => meetingsOf(text).map((m) => m.names);
  it("'the Ministers of Foreign Affairs of A, X, the Republic of B, Y, and the C Republic, Z' is three counterparts", () => {
    expect(
      met(
        "This was stated by Speaker Arvid Holm during a meeting with the Ministers of Foreign Affairs of Poland, Tomas Berg, the Republic of Latvia, Lina Kov, and the Slovak Republic, Pavel Rusu.",
      ),
    ).toEqual([
      ["Arvid Holm", "Tomas Berg"],
      ["Arvid Holm", "Lina Kov"],
      ["Arvid Holm", "Pavel Rusu"],
    ]);
  });
  it("'the speakers of the parliaments of A, X, and B, Y' and 'the foreign ministers of A, X, and B, Y'", () => {
    const two = [
      ["Arvid Holm", "Tomas Berg"],
      ["Arvid Holm", "Lina Kov"],
    ];
    expect(
      met(
        "Speaker Arvid Holm met with the Speakers of the parliaments of Estonia, Tomas Berg, and Latvia, Lina Kov.",
      ),
    ).toEqual(two);
    expect(
      met("Speaker Arvid Holm met with the foreign ministers of Poland, Tomas Berg, and Latvia, Lina Kov."),
    ).toEqual(two);
  });
  it("each name holds the title for the country before it", () => {
    const found = people(
      "Speaker Arvid Holm met with the Speakers of the parliaments of Estonia, Tomas Berg, and Latvia, Lina Kov.",
    );
    expect(found.get("Tomas Berg")).toEqual({ roles: ["Speaker of the parliament"], country: "Estonia" });
    expect(found.get("Lina Kov")).toEqual({ roles: ["Speaker of the parliament"], country: "Latvia" });
  });
  it("such a list with no meeting verb meets no one", () => {
    expect(
      met("Speaker Arvid Holm praised the foreign ministers of Poland, Tomas Berg, and Latvia, Lina Kov."),
    ).toEqual([]);
  });
});

describe("a role after the name stops where the next item's title starts", () => {
  it("'President A of Pakistan and Chairman of the Senate B' is two counterparts with their own roles", () => {
    const text =
      "Speaker Arvid Holm met with President Tomas Berg of Pakistan and Chairman of the Senate Lina Kov.";
    expect(meetingsOf(text).map((m) => m.names)).toEqual([
      ["Arvid Holm", "Tomas Berg"],
      ["Arvid Holm", "Lina Kov"],
    ]);
    const found = people(text);
    expect(found.get("Tomas Berg")?.roles).toEqual(["President of Pakistan"]);
    expect(found.get("Lina Kov")?.roles).toEqual(["Chairman of the Senate"]);
  });
  it("a body whose name has 'and' in it stays whole", () => {
    expect(
      people(
        "Speaker Arvid Holm met with chairman Tomas Berg of the Committee on Foreign Affairs and Defence.",
      ).get("Tomas Berg")?.roles,
    ).toEqual(["chairman of the Committee on Foreign Affairs and Defence"]);
  });
});

describe("a list whose items carry their own day", () => {
  it("'met A on Monday and B on Tuesday' meets both, with or without a comma before 'and'", () => {
    for (const joiner of [" and", ", and"]) {
      const m = meetingsOf(
        `Speaker Tomas Varga of Estonia is on a visit to Chile. Tomas Varga met Chilean Senate President Rosa Fuentes on Monday${joiner} Chamber President Pablo Rios on Tuesday.`,
      );
      expect(m.map((x) => x.names)).toEqual([
        ["Rosa Fuentes", "Tomas Varga"],
        ["Pablo Rios", "Tomas Varga"],
      ]);
    }
  });
});

describe("a list of counterparts that ends in an unnamed person", () => {
  const sides = (text: string) => meetingsOf(text).map((x) => [x.names, x.countries]);
  // Two named people met apart, and the unnamed envoy of Hungary.
  const threeSides = [
    [["Orsolya Maria Kertveny", "Velko Dramin"], []],
    [["Tamas Bereczki", "Velko Dramin"], []],
    [["Velko Dramin"], ["Hungary"]],
  ];
  it("keeps every named person, each with their full name", () => {
    expect(
      sides("Speaker Velko Dramin met Orsolya Maria Kertveny, Tamas Bereczki and the Ambassador of Hungary."),
    ).toEqual(threeSides);
  });
  it("also when a middle name is a country's or a city's name", () => {
    const base = meetingsOf(
      "Speaker Velko Dramin met Anna Georgia Berg, Maria Sofia Lind and the Ambassador of Sweden.",
    );
    expect(base.map((x) => [x.names, x.countries])).toEqual([
      [["Anna Georgia Berg", "Velko Dramin"], []],
      [["Maria Sofia Lind", "Velko Dramin"], []],
      [["Velko Dramin"], ["Sweden"]],
    ]);
  });
  it("also when the last is someone the text gives no side ('the press attaché')", () => {
    expect(
      meetingsOf(
        "Speaker Velko Dramin met Orsolya Maria Kertveny, Tamas Bereczki and the press attaché.",
      ).map((x) => x.names),
    ).toEqual([
      ["Orsolya Maria Kertveny", "Velko Dramin"],
      ["Tamas Bereczki", "Velko Dramin"],
    ]);
  });
  it("reads a Chargé d'Affaires as one envoy, not a group", () => {
    for (const apostrophe of ["'", "’"])
      expect(
        sides(
          `Speaker Velko Dramin met Orsolya Maria Kertveny, Tamas Bereczki and the Chargé d${apostrophe}Affaires of Hungary.`,
        ),
      ).toEqual(threeSides);
  });
  it("near miss: a comma alone before the next clause's subject is no list", () => {
    expect(
      meetingsOf("Speaker Velko Dramin met Orsolya Kertveny, Tamas Bereczki told the press.").map(
        (x) => x.names,
      ),
    ).toEqual([["Orsolya Kertveny", "Velko Dramin"]]);
  });
});
