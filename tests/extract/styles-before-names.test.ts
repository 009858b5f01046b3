/**
 * Styles and titles that stand before names in reports from other parts of the world: a chain of
 * honorifics around a title ("His Highness the Prime Minister Sheikh A B", "His Excellency the Speaker
 * Dr. A B"), a style of rank between a title and a name ("Ambassador Prince A B"), two titles of one
 * person joined by "and", and a plural title before a list of names ("MPs A, B, C and D",
 * "Congressmen A and B"). The person is the name; the title is the role; the style is neither. Every
 * name is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { namesIn, type PeopleReport, peopleErrors, roleOf } from "./people-helpers.ts";

describe("a chain of honorifics around a title", () => {
  it("gives the title after 'His Highness the' or 'His Excellency the' to the name", () => {
    const cases: [string, string, string][] = [
      [
        "His Highness the Prime Minister Sheikh Jassim Al-Fahad received the guest.",
        "Jassim Al-Fahad",
        "Prime Minister",
      ],
      [
        "Earlier, His Highness the Prime Minister Sheikh Jassim Al-Fahad received the guest.",
        "Jassim Al-Fahad",
        "Prime Minister",
      ],
      ["Earlier, His Excellency the Speaker Dr. Amran Tesh met the guest.", "Amran Tesh", "Speaker"],
      ["The guest met His Excellency the Speaker Dr. Amran Tesh.", "Amran Tesh", "Speaker"],
    ];
    for (const [sentence, name, title] of cases) expect(roleOf(sentence, name)?.title, sentence).toBe(title);
  });
  it("keeps a royal style before a name out of the role ('His Highness Sheikh A B' has none)", () => {
    expect(
      roleOf("His Highness Sheikh Jassim Al-Fahad received the guest.", "Jassim Al-Fahad"),
    ).toBeUndefined();
    expect(
      roleOf("President His Highness Sheikh Jassim Al-Fahad received the guest.", "Jassim Al-Fahad")?.title,
    ).toBe("President");
  });
  it("leaves a style of rank after a title out of the role, but not the title 'Crown Prince'", () => {
    const envoy = roleOf(
      "Ostrian Ambassador to Velland Prince Faisal bin Omar Al-Naimi attended.",
      "Faisal bin Omar Al-Naimi",
    );
    expect(envoy?.title).toBe("Ostrian Ambassador to Velland");
    expect(roleOf("Crown Prince Faisal bin Omar Al-Naimi attended.", "Faisal bin Omar Al-Naimi")?.title).toBe(
      "Crown Prince",
    );
  });
  it("joins two titles of one person written with 'and' before a title of a body", () => {
    const role = roleOf(
      "The talks were attended by Deputy Prime Minister and Minister of Foreign Affairs Sheikh Nawaf Al-Qadri.",
      "Nawaf Al-Qadri",
    );
    expect(role?.title).toBe("Deputy Prime Minister and Minister of Foreign Affairs");
  });
  it("binds the title to the name in an article, not to a person named earlier", () => {
    const wrong = peopleErrors([
      [
        "VELLAND CITY: Speaker Faris Al-Munawer met the visiting Chairman of the Shura Council of Ostria Dr Salim bin Hamad Al-Harthi. The meeting was attended by MP Dr Nasser Al-Qattan. Earlier, His Highness the Prime Minister Sheikh Jassim Al-Fahad Al-Sabah received the Chairman of the Shura Council.",
        [
          ["Nasser Al-Qattan", "", "MP"],
          ["Jassim Al-Fahad Al-Sabah", "", "Prime Minister"],
        ],
      ],
    ]);
    expect(wrong).toEqual([]);
  });
});

describe("a plural title before a list of names", () => {
  const REPORTS: PeopleReport[] = [
    [
      "ASTANA. KAZINFORM - Speaker Erlan Bekov met the Speaker of the Parliament of Latvia Ilze Berzina. The meeting was attended by Mazhilis deputies Aidar Omarov, Gulnar Seitova and Askar Zhunusov.",
      [
        ["Aidar Omarov", "Kazakhstan", "Mazhilis deputy"],
        ["Gulnar Seitova", "Kazakhstan", "Mazhilis deputy"],
        ["Askar Zhunusov", "Kazakhstan", "Mazhilis deputy"],
      ],
    ],
    [
      "ASTANA. KAZINFORM - Speaker Erlan Bekov met the Speaker of the Parliament of Latvia Ilze Berzina. Also present were MPs Dr Nurlan Sadykov, Marat Ospanov, Dana Kairatova and Timur Abenov.",
      [
        ["Nurlan Sadykov", "Kazakhstan", "MP"],
        ["Marat Ospanov", "Kazakhstan", "MP"],
        ["Dana Kairatova", "Kazakhstan", "MP"],
        ["Timur Abenov", "Kazakhstan", "MP"],
      ],
    ],
    [
      "RIGA - Speaker Ilze Berzina received members of the Seimas Rokas Valaitis, Egle Juodyte and Paulius Maciulis.",
      [
        ["Rokas Valaitis", "Lithuania", "member of the Seimas"],
        ["Egle Juodyte", "Lithuania", "member of the Seimas"],
        ["Paulius Maciulis", "Lithuania", "member of the Seimas"],
      ],
    ],
  ];
  it("gives every name of the list the singular title", () => {
    const wrong = peopleErrors(REPORTS);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("still splits 'the Senate and Majilis speakers A and B' one modifier each", () => {
    const wrong = peopleErrors([
      [
        "ASTANA. KAZINFORM - On Monday, the Senate and Majilis speakers Maulen Ospanov and Erlan Bekov met the guests.",
        [
          ["Maulen Ospanov", "Kazakhstan", "Senate speaker"],
          ["Erlan Bekov", "Kazakhstan", "Majilis speaker"],
        ],
      ],
    ]);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("stops the list at a name with a title of its own", () => {
    const wrong = peopleErrors([
      [
        "ASTANA. KAZINFORM - Speaker Erlan Bekov received the guests with senators Aidar Omarov, Gulnar Seitova, and Ambassador of Chile Pablo Ruiz.",
        [
          ["Gulnar Seitova", "Kazakhstan", "senator"],
          ["Pablo Ruiz", "Chile", "Ambassador of Chile"],
        ],
      ],
    ]);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("seats the members of one body a plural title lists at one table, a pair as well", () => {
    for (const list of ["Henrik Dahl and Sofie Berg", "Henrik Dahl, Sofie Berg and Lars Holm"]) {
      const met = meetingsOf(`Senate Speaker Bolat Nurlanov held a meeting with Danish MPs ${list}.`);
      expect(met.length, list).toBe(1);
    }
    // Presidents of two countries are two sides: each meeting apart.
    expect(
      meetingsOf("Senate Speaker Bolat Nurlanov held a meeting with Presidents Henrik Dahl and Sofie Berg.")
        .length,
    ).toBe(2);
  });
  it("never takes a plural title into a name ('Congressmen A B and C D')", () => {
    expect(namesIn("The guests heard remarks from Congressmen Robert Aldwin and Frank Pellow.")).toEqual([
      "Robert Aldwin",
      "Frank Pellow",
    ]);
    const meetings = meetingsOf(
      "WASHINGTON - Speaker Erlan Bekov met Congressmen Robert Aldwin and Frank Pellow on Monday.",
    );
    expect([...new Set(meetings.flatMap((m) => m.names))].sort()).toEqual([
      "Erlan Bekov",
      "Frank Pellow",
      "Robert Aldwin",
    ]);
  });
});

describe("a title written short before a name", () => {
  it("reads 'Sen.' and 'Rep.' as the titles they stand for", () => {
    const sentence = "The Speaker was joined by Sen. Marta Ilves, Sen. Tomas Rebane and Rep. Ode Kask.";
    expect(roleOf(sentence, "Tomas Rebane")?.title).toBe("Senator");
    expect(roleOf(sentence, "Ode Kask")?.title).toBe("Representative");
  });
  it("reads 'Gov.', 'Pres.', 'Cong.' and 'Sec.' as the titles they stand for", () => {
    const cases: [string, string, string][] = [
      ["The Speaker met Gov. Lida Vask in the capital.", "Lida Vask", "Governor"],
      ["The Speaker met Pres. Oren Talvik in the capital.", "Oren Talvik", "President"],
      ["The Speaker met Cong. Arvo Pihl in the capital.", "Arvo Pihl", "Congressman"],
      ["The Speaker met Sec. Maret Loo in the capital.", "Maret Loo", "Secretary"],
    ];
    for (const [sentence, name, title] of cases) expect(roleOf(sentence, name)?.title, sentence).toBe(title);
  });
  it("leaves a surname before a full stop alone ('… Sen. Marta Ilves spoke')", () => {
    expect(roleOf("The lecture by Arun Sen. Marta Ilves spoke next.", "Marta Ilves")).toBeUndefined();
  });
});

describe("the head of a delegation of people", () => {
  it("keeps their own title: 'a delegation of Ostrian senators led by Senate President X'", () => {
    const wrong = peopleErrors([
      [
        "TOKYO - A delegation of Philippine senators led by Senate President Ramon Dizon met Speaker Kenji Aso.",
        [["Ramon Dizon", "Philippines", "Senate President"]],
      ],
    ]);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});

describe("a dateline before a title", () => {
  it("is no part of the role: an agency's web name or a slash ends it", () => {
    for (const sentence of [
      "Tbilisi. 3 May. NEWS.GE/ Speaker of the Ostrian Parliament Ivo Markov met the guests.",
      "Tbilisi. 3 May. NEWS.GE / Speaker of the Ostrian Parliament Ivo Markov met the guests.",
    ])
      expect(roleOf(sentence, "Ivo Markov")?.title, sentence).toBe("Speaker of the Ostrian Parliament");
  });
  it("leaves a slash between two words of a title in it", () => {
    expect(
      roleOf("The Secretary for Judicial/Legal Affairs Ivo Markov met the guests.", "Ivo Markov")?.title,
    ).toBe("Secretary for Judicial/Legal Affairs");
  });
});
