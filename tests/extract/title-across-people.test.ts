/**
 * A title binds to the name it belongs to, never to another person's: a headline or a phrase that joins
 * two posts with "and" ("the Ostrian Senate Chairman and the British Ambassador") is two people; "the
 * King and Egyptian President X" gives X only the second title; a style right before a name is that
 * name's; a role read ahead onto someone named only later holds only when it names their country; an
 * office taken "on his appointment as" is the appointee's, and the congratulation stays no meeting.
 * Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";
import { type PeopleReport, people, peopleErrors } from "./people-helpers.ts";

const REPORTS: PeopleReport[] = [
  [
    "Kazakh Senate Chairman and British Ambassador discuss trade\n\nASTANA. KAZINFORM - Chairman of the Senate Aidos Bekmurat received the British Ambassador to Kazakhstan Helen Crowther in Astana. Bekmurat noted the efforts of the Kazakh President to settle the crisis. The website of Ukraine's President said that Taras Hnatyuk has agreed to meet the heads of Belarus and Russia.",
    [
      ["Aidos Bekmurat", "Kazakhstan", "Chairman of the Senate"],
      ["Helen Crowther", "United Kingdom", "British Ambassador to Kazakhstan"],
      ["Taras Hnatyuk", "Ukraine", "Ukraine's President"],
    ],
  ],
  [
    "CAIRO - The Speaker praised relations between Bahrain and Egypt thanks to the wise leadership of HM the King and Egyptian President Omar Fathy. Speaker Nabil Samir met the guests.",
    [["Omar Fathy", "Egypt", "Egyptian President"]],
  ],
  [
    "SEOUL - The forum was attended by Han Min-soo, Speaker of the National Assembly of Korea, Speaker of the Majilis of the Parliament of Kazakhstan Aidar Serikov, and Chairman of the Parliament of Kyrgyzstan Kanat Osmonov.",
    [
      ["Han Min-soo", "South Korea", "Speaker of the National Assembly of Korea"],
      ["Aidar Serikov", "Kazakhstan", "Speaker of the Majilis of the Parliament of Kazakhstan"],
    ],
  ],
  [
    "ASTANA. KAZINFORM - Senate Speaker Aidos Bekmurat congratulated Giorgi Abashidze on his appointment as the new Prime Minister of Georgia.",
    [["Giorgi Abashidze", "Georgia", "Prime Minister of Georgia"]],
  ],
  [
    "MOSCOW - Welcoming Mr. Le Van Thanh on his first official visit to Russia after his election as Chairman of the Vietnamese NA, Duma Speaker Pavel Orlov said the trip was important.",
    [
      ["Le Van Thanh", "Vietnam"],
      ["Pavel Orlov", "Russia"],
    ],
  ],
];

describe("titles bind to their own person", () => {
  it("a headline's two posts of two countries ('Chairman and the U.S. Ambassador') are two people", () => {
    const found = people(
      " date 2025-01-01 Saeima Chairman and the U.S. Ambassador discuss ties\n\nRIGA - Chairman of the Saeima Andris Ozols met with the U.S. Ambassador to Latvia Tom Reed on Monday. Ozols noted the partnership.",
    );
    expect(found.get("Andris Ozols")?.roles.join(" | ")).not.toMatch(/Ambassador/);
  });
  it("a title of another country after 'and' before a name is that name's alone", () => {
    const found = people(
      " date 2025-01-01 ASTANA. KAZINFORM - The Speaker of the Senate and US Ambassador Donald Brook discussed ties.",
    );
    expect(found.get("Donald Brook")?.roles).toEqual(["US Ambassador"]);
    expect(found.get("Donald Brook")?.country).toBe("United States");
  });
  it("each person comes out with their own title and country", () => {
    expect(peopleErrors(REPORTS)).toEqual([]);
  });
  it("a role joining two posts with 'and' gives neither to a third person", () => {
    const found = people(` date 2025-01-01 ${REPORTS[0]?.[0]}`);
    expect(found.get("Taras Hnatyuk")?.roles.join(" | ")).not.toMatch(/Kazakh|Ambassador|Chairman/);
  });
  it("the King before 'and' is no title of the president named after it", () => {
    const found = people(` date 2025-01-01 ${REPORTS[1]?.[0]}`);
    expect(found.get("Omar Fathy")?.roles).toEqual(["Egyptian President"]);
  });
  it("a title taken 'after his election as' is not the title of the name after the comma", () => {
    const found = people(` date 2025-01-01 ${REPORTS[4]?.[0]}`);
    expect(found.get("Pavel Orlov")?.roles.join(" | ")).not.toMatch(/Vietnamese/);
  });
  it("a role read ahead onto a later name without a title still binds when nothing contradicts it", () => {
    const found = people(
      " date 2025-01-01 DUSHANBE - The speaker of Tajikistan's parliament has linked stability to trade. Rustam Saidov made the remarks at a meeting with the Afghan Ambassador Karim Jalali.",
    );
    expect(found.get("Rustam Saidov")?.country).toBe("Tajikistan");
  });
  it("a congratulation on taking an office named after the name is still no meeting", () => {
    expect(meetingsOf(REPORTS[3]?.[0] as string)).toEqual([]);
    expect(
      meetingsOf(
        "Speaker Ivo Markov congratulated Elena Dragan on her election as the new President of the National Assembly of Bulgaria.",
      ),
    ).toEqual([]);
  });
});

describe("the visitor of a state visit", () => {
  it("is of the other country the article is about, not of the place of the visit", () => {
    const errors = peopleErrors([
      [
        "ASTANA. KAZINFORM - Senate Chairman Aidos Bekmurat met with Deputy Chairman of the Senate of Uzbekistan Rustam Karimov. Karimov was in Astana for the state visit of President Alisher Nazarov. Bekmurat noted that Uzbekistan is a close partner.",
        [["Alisher Nazarov", "Uzbekistan", "President"]],
      ],
    ]);
    expect(errors).toEqual([]);
  });
});

describe("a list that titles each name before it", () => {
  const text =
    "VILNIUS - The agenda includes talks with the head of the foreign affairs committee Jonas Petraitis, the head of the national security and defence committee, Laurynas Kasko, the head of the economy committee and of the group of inter-parliamentary relations with Moldova, Kazys Stark.";
  it("gives each name the role written before it, not the next name's", () => {
    const errors = peopleErrors([
      [
        text,
        [
          ["Jonas Petraitis", "Lithuania", "head of the foreign affairs committee"],
          ["Laurynas Kasko", "Lithuania", "head of the national security and defence committee"],
          [
            "Kazys Stark",
            "Lithuania",
            "head of the economy committee and of the group of inter-parliamentary relations with Moldova",
          ],
        ],
      ],
    ]);
    expect(errors).toEqual([]);
  });
  it("keeps an apposition after a titled name when no name follows it", () => {
    const found = people(
      " date 2025-01-01 ASTANA. KAZINFORM - Senate Speaker Aidos Bekmurat, Chairman of the Foreign Affairs Committee, met Ambassador Tomas Varga.",
    );
    expect(found.get("Aidos Bekmurat")?.roles).toContain("Chairman of the Foreign Affairs Committee");
  });
});
