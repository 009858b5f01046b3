/**
 * Titles and countries that agency reports write in ways the other tables do not: one seat title before
 * a list of names ("Kuwaiti MP A, B and C"). Invented reports, each with the people the text makes
 * plain and their country and title; and negatives where the title stays with the one name.
 */
import { describe, expect, it } from "vitest";
import { type PeopleReport, people, peopleErrors } from "./people-helpers.ts";

/** "Kuwaiti MP A, B, C and D": one seat title of a country before a list of names with no title of their own. */
const SEAT_TITLE_BEFORE_A_LIST: PeopleReport[] = [
  [
    "ANKARA: The meeting was attended by Kuwaiti MP Salem Al-Rashidi, Nawaf Al-Hajeri, Dr Talal Al-Fadhli and Mubarak Al-Azmi, and the Kuwaiti Ambassador to Turkey Bader Al-Qattan.",
    [
      ["Salem Al-Rashidi", "Kuwait", "Kuwaiti MP"],
      ["Nawaf Al-Hajeri", "Kuwait", "Kuwaiti MP"],
      ["Talal Al-Fadhli", "Kuwait", "Kuwaiti MP"],
      ["Mubarak Al-Azmi", "Kuwait", "Kuwaiti MP"],
      ["Bader Al-Qattan", "Kuwait", "Kuwaiti Ambassador to Turkey"],
    ],
  ],
  [
    "BUDAPEST - Speaker Laszlo Farkas received Polish senator Anna Wierzbicka, Tomasz Zielinski and Marek Nowakowski on Monday.",
    [
      ["Anna Wierzbicka", "Poland", "Polish senator"],
      ["Tomasz Zielinski", "Poland", "Polish senator"],
      ["Marek Nowakowski", "Poland", "Polish senator"],
    ],
  ],
  [
    "NAIROBI - The talks were also attended by Ugandan lawmaker Grace Namukasa, Peter Okello, and Ruth Atim.",
    [
      ["Grace Namukasa", "Uganda", "Ugandan lawmaker"],
      ["Peter Okello", "Uganda", "Ugandan lawmaker"],
      ["Ruth Atim", "Uganda", "Ugandan lawmaker"],
    ],
  ],
];

describe("one seat title of a country before a list of names", () => {
  it("is the title and country of every name of the list that has none of its own", () => {
    const wrong = peopleErrors(SEAT_TITLE_BEFORE_A_LIST);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("is not given to a name with a title of its own, nor to one the list does not join", () => {
    const p = people(
      " date 2025-01-01 HANOI - Vietnamese deputy Tran Van Minh, Ambassador Nguyen Thi Lan and his wife Le Thi Hoa attended the talks. Kenyan MP Mary Wanjiku met Omar Hassan.",
    );
    expect(p.get("Tran Van Minh")?.roles).toEqual(["Vietnamese deputy"]);
    expect(p.get("Nguyen Thi Lan")?.roles).toEqual(["Ambassador"]);
    expect(p.get("Le Thi Hoa")?.roles ?? []).not.toContain("Vietnamese deputy");
    expect(p.get("Omar Hassan")?.roles ?? []).not.toContain("Kenyan MP");
  });
  it("is not given by a title that is no seat ('Kuwaiti Ambassador A, B and C')", () => {
    const p = people(
      " date 2025-01-01 KUWAIT - Speaker Fahad Al-Sabah met Kuwaiti Ambassador Jasem Al-Budaiwi, Ali Al-Mutairi and Hamad Al-Ajmi.",
    );
    expect(p.get("Ali Al-Mutairi")?.roles ?? []).not.toContain("Kuwaiti Ambassador");
  });
});

/** "her counterpart from the National Assembly of X, Y": the owner's title, held in the body or country named. */
const COUNTERPART_FROM: PeopleReport[] = [
  [
    "KAMPALA - The Speaker of Parliament Rose Achieng has welcomed her counterpart from the National Assembly of Zambia Rt Hon Mary Phiri who is on a study trip to Uganda. The Zambian speaker who arrived in the morning was guided by Achieng on a tour of the chambers.",
    [
      ["Rose Achieng", "Uganda", "Speaker of Parliament"],
      ["Mary Phiri", "Zambia", "Speaker of the National Assembly of Zambia"],
    ],
  ],
  [
    "ACCRA - Ghanaian Speaker Kofi Mensah received his counterpart from Malawi Grace Banda in Accra on Monday.",
    [
      ["Kofi Mensah", "Ghana", "Ghanaian Speaker"],
      ["Grace Banda", "Malawi", "Speaker of Malawi"],
    ],
  ],
  [
    "HANOI - National Assembly Vice Chairman Tran Van Binh held talks with his counterpart from the Lao National Assembly Somsak Vongsa.",
    [["Somsak Vongsa", "Laos", "Vice Chairman of the Lao National Assembly"]],
  ],
];

describe("a counterpart said to come from a body or a country", () => {
  it("holds the owner's title in that body or country", () => {
    const wrong = peopleErrors(COUNTERPART_FROM);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("does not take words across a comma as the place the counterpart comes from", () => {
    const p = people(
      " date 2025-01-01 SANTIAGO - Senator Maria Lopez met her counterpart from Chile, Senator Pablo Rojas.",
    );
    expect(p.get("Pablo Rojas")?.roles).toEqual(["Senator"]);
  });
});

/** "the group's chair X": the title's body is the one of that noun named before, in the sentence or before it. */
const POSSESSIVE_BODY: PeopleReport[] = [
  [
    "ASTANA - An official delegation of the German Bundestag, including members of the «Germany-Mongolia» Parliamentary Group, is visiting Kazakhstan. During the visit the group's chair Helmut Krause was received by the Speaker of the Majilis Aidos Serikov.",
    [["Helmut Krause", "Germany", "chair of the «Germany-Mongolia» Parliamentary Group"]],
  ],
  [
    "VILNIUS - A delegation of the Polish Sejm and members of the Poland-Lithuania Friendship Group arrived on Monday. The group's head Jan Wisniewski met the Speaker of the Seimas Rasa Jonaitiene.",
    [["Jan Wisniewski", "Poland", "head of the Poland-Lithuania Friendship Group"]],
  ],
];

/** "X, together with colleagues A, B and C": X's colleagues sit in X's parliament. */
const COLLEAGUES: PeopleReport[] = [
  [
    "ASTANA - An official delegation of the German Bundestag, including members of the «Germany-Mongolia» Parliamentary Group, is visiting Kazakhstan. During the visit the group's chair Helmut Krause, together with colleagues Anna Vogt, Peter Brandt and Karl Meier, was received by the Speaker of the Majilis Aidos Serikov.",
    [
      ["Anna Vogt", "Germany", "member of the Bundestag"],
      ["Peter Brandt", "Germany", "member of the Bundestag"],
      ["Karl Meier", "Germany", "member of the Bundestag"],
      ["Aidos Serikov", "Kazakhstan", "Speaker of the Majilis"],
    ],
  ],
  [
    "OTTAWA - Jean Tremblay, a member of the House of Commons of Canada, and his colleagues Marie Gagnon and Luc Roy met the Speaker of the Storting Kari Nilsen.",
    [
      ["Marie Gagnon", "Canada", "member of the House of Commons"],
      ["Luc Roy", "Canada", "member of the House of Commons"],
    ],
  ],
];

describe("a body said by a possessive, and colleagues", () => {
  it("completes 'the group's chair' with the group named before", () => {
    const wrong = peopleErrors(POSSESSIVE_BODY);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("finds the body in the same sentence, before the title", () => {
    const p = people(
      " date 2025-01-01 SEOUL - A delegation of the House Foreign Affairs Committee, led by the committee's chairman Michael Torres, arrived here on Tuesday.",
    );
    expect(p.get("Michael Torres")?.roles).toContain("chairman of the House Foreign Affairs Committee");
  });
  it("seats the colleagues listed after a member in the member's body", () => {
    const wrong = peopleErrors(COLLEAGUES);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("leaves a possessive with no body of that noun named before, and colleagues of a person with no body", () => {
    const p = people(
      " date 2025-01-01 ROME - The group's chair Marco Bianchi met Speaker Anna Rossi. Journalist Luca Verdi, together with colleagues Paolo Neri and Sara Blu, attended.",
    );
    expect(p.get("Marco Bianchi")?.roles).toEqual(["chair"]);
    expect(p.get("Paolo Neri")?.roles ?? []).toEqual([]);
  });
});

describe("a body named after 'with' in a title", () => {
  it("is the partner's, not the body the title is held in", () => {
    const p = people(
      " date 2025-01-01 VILNIUS - Speaker Rasa Jonaitiene met a delegation of the Kazakh Senate. Member of the Majilis group for cooperation with the Seimas deputy Aigerim Sadykova also took part in the meeting. Member of the Senate group for cooperation with the Bundestag Nurlan Abenov attended too.",
    );
    expect(p.get("Aigerim Sadykova")?.country).toBe("Kazakhstan");
    expect(p.get("Nurlan Abenov")?.country).not.toBe("Germany");
  });
});

/** "X, the assembly's host and president of Y": a first noun that is no title, "and", then the title. */
const NOUN_AND_TITLE: PeopleReport[] = [
  [
    "MADRID - Speaker Kemal Aydin met with Lucia Ferrer, the assembly's host and president of Spain's lower legislative chamber, the Congress of Deputies.",
    [["Lucia Ferrer", "Spain", "president of Spain's lower legislative chamber, the Congress of Deputies"]],
  ],
  [
    "ROME - Speaker Kemal Aydin held talks with Marco Conti, the forum's organiser and president of the Italian Senate, on Friday.",
    [["Marco Conti", "Italy", "president of the Italian Senate"]],
  ],
];

describe("an apposition that opens with a noun that is no title", () => {
  it("gives the title after 'and'", () => {
    const wrong = peopleErrors(NOUN_AND_TITLE);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("gives nothing when no title follows the 'and'", () => {
    const p = people(
      " date 2025-01-01 ROME - Speaker Kemal Aydin met Marco Conti, the forum's organiser and a keen sailor.",
    );
    expect(p.get("Marco Conti")?.roles ?? []).toEqual([]);
  });
});

/** "a delegation from the Pan-African Parliament led by the Clerk X": the title is held in that international body. */
const LED_BY_THE_TITLE_OF_AN_ORGANISATION: PeopleReport[] = [
  [
    "KAMPALA - Speaker Rose Achieng has this afternoon met a delegation from the Pan African Parliament led by the Clerk Mr Idrissa Maiga at her residence.",
    [["Idrissa Maiga", "Pan-African Parliament", "Clerk of the Pan African Parliament"]],
  ],
  [
    "ACCRA - Speaker Kofi Mensah received a delegation of the Inter-Parliamentary Union led by the Secretary General Martin Ruiz.",
    [["Martin Ruiz", "Inter-Parliamentary Union", "Secretary General of the Inter-Parliamentary Union"]],
  ],
];

describe("a delegation of an international body led by 'the' title", () => {
  it("holds the title in that body", () => {
    const wrong = peopleErrors(LED_BY_THE_TITLE_OF_AN_ORGANISATION);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
  it("keeps a title said with 'its' completed once", () => {
    const p = people(
      " date 2025-01-01 ACCRA - Speaker Kofi Mensah received a delegation of the Inter-Parliamentary Union led by its Secretary General Martin Ruiz.",
    );
    expect(p.get("Martin Ruiz")?.roles).toEqual(["Secretary General of the Inter-Parliamentary Union"]);
  });
});

describe("'his counterpart' in a 'that' clause", () => {
  it("is the counterpart of the clause's first person, not of the sentence's", () => {
    const p = people(
      " date 2025-01-01 ANKARA - Speaker Ahmet Demir noted that Ostria's President Lena Varga had a productive meeting in September with her Burundian counterpart Pierre Nkurunziza.",
    );
    expect(p.get("Pierre Nkurunziza")?.roles).toEqual(["Burundian counterpart of Ostria's President"]);
  });
  it("stays the sentence's first person's outside such a clause", () => {
    const p = people(
      " date 2025-01-01 ANKARA - Speaker Ahmet Demir held talks with his Hungarian counterpart Laszlo Kovacs.",
    );
    expect(p.get("Laszlo Kovacs")?.roles).toEqual(["Hungarian counterpart of the Speaker"]);
  });
});

describe("a title set as the speaker between two sayings of one person", () => {
  const between = (middle: string) =>
    people(
      ` date 2025-01-01 HANOI - Vietnam's top legislator Tran Van Binh, during talks with Chilean Senate President Andrea Soto on Monday, said he regarded Ostria as an important partner. ${middle} "Vietnam values its ties with Ostria," Tran Van Binh said.`,
    ).get("Tran Van Binh")?.roles ?? [];
  it("is that person's other title", () => {
    expect(
      between(
        "Vietnam is Ostria's largest trading partner, the chairman of the Standing Committee of the National Assembly said.",
      ),
    ).toContain("chairman of the Standing Committee of the National Assembly");
  });
  it("is not when the title says another country, or the next sentence is someone else's", () => {
    expect(between("Chile is ready to help, the Chilean Foreign Minister said.")).not.toContain(
      "Ostrian Foreign Minister",
    );
    const p = people(
      ' date 2025-01-01 HANOI - Vietnam\'s top legislator Tran Van Binh, during talks with Chilean Senate President Andrea Soto on Monday, said he regarded Ostria as an important partner. Trade will grow, the deputy minister of trade said. "We welcome it," Andrea Soto said.',
    );
    expect(p.get("Tran Van Binh")?.roles ?? []).not.toContain("deputy minister of trade");
  });
});
