/**
 * Constructions by which people lost their role or country on freshly written articles the rules had
 * not seen, each told here in sentences written for the test: a committee whose name lists its fields
 * with commas before the name, a seat and a second title joined by "and", a member of a bilateral group
 * at home, the head of a group "headed by" X with no comma, a delegation's body added to a title that
 * already names it, a visit to "the Republic of Korea", a sentence that opens with "Via the
 * ambassador,", members "including" A and B, a cooperation group "with" a partner, and the House of
 * Commons of two countries. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { people, peopleErrors } from "./people-helpers.ts";

describe("roles the fresh articles lost", () => {
  it("reads a committee whose fields are listed with commas, then a comma and the name", () => {
    expect(
      peopleErrors([
        [
          "ASTANA - Speaker Dauren Abenov met the guests. Also present was the Chairman of the Majilis Committee on Ecology, Energy and Transport, Berik Sadykov.",
          [
            [
              "Berik Sadykov",
              "Kazakhstan",
              "Chairman of the Majilis Committee on Ecology, Energy and Transport",
            ],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("keeps a seat and a second title joined by 'and' together", () => {
    expect(
      peopleErrors([
        [
          "Ulaanbaatar /MONTSAME/ Speaker D.Batsukh received the Ambassador of Ostria. Member of Parliament and Head of the Mongolia-Japan Parliamentary Group N.Oyuun was present.",
          [
            [
              "N.Oyuun",
              "Mongolia",
              "Member of Parliament and Head of the Mongolia-Japan Parliamentary Group",
            ],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("gives the head of a group named before 'headed by' the group and its body's country", () => {
    expect(
      peopleErrors([
        [
          "MINSK - The guests met members of the working group of the Council of the Republic on cooperation with the Senate of Kyrgyzstan headed by Pavel Drozdovich.",
          [
            [
              "Pavel Drozdovich",
              "Belarus",
              "head of the working group of the Council of the Republic on cooperation with the Senate of Kyrgyzstan",
            ],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("does not say a delegation's body twice", () => {
    expect(
      peopleErrors([
        [
          "MINSK - Speaker Olga Drozd met a delegation of the Senate of the Oliy Majlis of Uzbekistan headed by Deputy Chairman of the Senate Anvar Tursunov.",
          [
            [
              "Anvar Tursunov",
              "Uzbekistan",
              "Deputy Chairman of the Senate of the Oliy Majlis of Uzbekistan",
            ],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("takes no role from a phrase that opens the sentence with a preposition", () => {
    expect(
      peopleErrors([
        [
          "HANOI - Chairman of the National Assembly Tran Van Luong received the Ambassador of Chile. Via the ambassador, Tran Van Luong sent his regards to the Chilean Senate.",
          [["Tran Van Luong", "Vietnam", "Chairman of the National Assembly"]],
        ],
      ]),
    ).toEqual([]);
  });
  it("makes each of the members 'including' A and B a member of the body", () => {
    expect(
      peopleErrors([
        [
          "ABU DHABI - Speaker Omar Al Marri received the guests in the presence of FNC members, including Dr. Huda Al Nuaimi and Rashid Al Ketbi.",
          [
            ["Huda Al Nuaimi", "United Arab Emirates", "FNC member"],
            ["Rashid Al Ketbi", "United Arab Emirates", "FNC member"],
          ],
        ],
      ]),
    ).toEqual([]);
  });
});

describe("countries the fresh articles lost", () => {
  it("reads a visit to 'the Republic of Korea' as a visit abroad", () => {
    expect(
      peopleErrors([
        [
          "ASTANA - Senate Chairman Marat Dosov paid an official visit to the Republic of Korea. The delegation met with Prime Minister Yoon Ji-hoon.",
          [["Yoon Ji-hoon", "South Korea", "Prime Minister"]],
        ],
      ]),
    ).toEqual([]);
  });
  it("keeps a member of a bilateral group who also holds a bare seat, or sits in the host's chamber, at home", () => {
    expect(
      peopleErrors([
        [
          "Ulaanbaatar /MONTSAME/ Chairman of the State Great Khural D.Batsukh received the Ambassador of Ostria. Present at the meeting was G.Saruul MP, head of the Mongolia-Austria parliamentary group.",
          [["G.Saruul", "Mongolia"]],
        ],
        [
          "RIYADH - Chairman of the Shura Council Dr. Fahad Al-Qahtani received a delegation of the Bundestag. The reception was attended by Chairman of the Saudi-German Parliamentary Friendship Committee at the Shura Council Dr. Majed Al-Harbi.",
          [["Majed Al-Harbi", "Saudi Arabia"]],
        ],
      ]),
    ).toEqual([]);
  });
  it("does not give a cooperation group's member the partner's country", () => {
    expect(
      peopleErrors([
        [
          "ASTANA - Yesterday the head of the deputy group on cooperation with the Parliament of Georgia, deputy Arman Zhakupov, received the Ambassador of Georgia to Kazakhstan Tamar Beridze in the Mazhilis.",
          [
            ["Arman Zhakupov", "Kazakhstan"],
            ["Tamar Beridze", "Georgia"],
          ],
        ],
      ]),
    ).toEqual([]);
  });
  it("reads the House of Commons of the country visited", () => {
    expect(
      peopleErrors([
        [
          "OTTAWA - The delegation of the State Great Khural, on an official visit to Canada, paid a courtesy call on the Speaker of the House of Commons, Paul Lavoie.",
          [["Paul Lavoie", "Canada", "Speaker of the House of Commons"]],
        ],
        [
          "LONDON - The Senate delegation, on an official visit to the United Kingdom, met the Speaker of the House of Commons, Peter Hollis.",
          [["Peter Hollis", "United Kingdom", "Speaker of the House of Commons"]],
        ],
      ]),
    ).toEqual([]);
  });
});

describe("the home of a report without a dateline", () => {
  const peopleOf = (text: string, url: string) => people(` date 2025-01-01 ${text}`, { url });
  it("is the country a folder of the outlet's address names", () => {
    const text =
      "Senate Speaker Otieno Barasa has called off a study tour of Ostria by members of the Transport Committee, citing the cost to Kenya.";
    expect(
      peopleOf(text, "https://daily.example.test/kenya/news/speaker-cancels-tour-123").get("Otieno Barasa")
        ?.country,
    ).toBe("Kenya");
    // The article's own slug may name any country: it says nothing of the outlet's home.
    expect(
      peopleOf(text, "https://daily.example.test/news/kenya-speaker-cancels-tour").get("Otieno Barasa")
        ?.country,
    ).toBeUndefined();
  });
  it("is where the host received the guest", () => {
    const text =
      "The Speaker of the House of Representatives, Emeka Obi, on Monday received his counterpart from Ostria at the National Assembly in Abuja.";
    expect(peopleOf(text, "https://news.example.test/a/123").get("Emeka Obi")?.country).toBe("Nigeria");
    const guest =
      "The Speaker of the House of Representatives, Emeka Obi, was received by the President in Abuja.";
    expect(peopleOf(guest, "https://news.example.test/a/123").get("Emeka Obi")?.country).toBeUndefined();
  });
});
