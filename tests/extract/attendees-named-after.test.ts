/**
 * People a report names after the meeting as having sat at it: the roster of the delegation told
 * right after its only meeting ("The Ostrian delegation includes MPs A, B and chief of staff C"), a
 * delegation told in plain words ("The British group included MPs A and B"), the delegation's head
 * named by the title before the name ("Head of the Ostrian delegation X handed Y an invitation"), one
 * who "also attended X's meeting with Y", and lawmakers listed under the abbreviated plural title
 * "Reps." (whose dot ends no sentence), a subject named with a bracket ("X (MP, Georgia) and Y met
 * Z"); and the place of such a meeting, which a recent visit told later does not give. Negatives: a roster before any meeting, a head who has a
 * meeting of their own, an owned meeting only spoken of. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { meetingsOf } from "./meeting-helpers.ts";

const names = (text: string) => meetingsOf(text).map((m) => m.names);
const sorted = (...people: string[]) => [...people].sort();

describe("a roster told right after the only meeting names who sat at it", () => {
  const met =
    "YEREVAN, March 3. The delegation of the Ostrian Diet led by Speaker Marek Dolan met with Chairman of the National Assembly Aram Sargsyan in Yerevan.";
  it.each([
    [
      "includes MPs, then a title of several words",
      "The Ostrian delegation includes MPs Lena Vostrikova, Pavel Krol and chief of staff-secretary general of the Diet Ivo Marek.",
      ["Lena Vostrikova", "Pavel Krol", "Ivo Marek"],
    ],
    [
      "included, an envoy after 'and'",
      "The delegation included deputies Hana Novak and Tomas Lind and Ostrian Ambassador to Armenia Petr Holub.",
      ["Hana Novak", "Tomas Lind", "Petr Holub"],
    ],
    [
      "the delegation told in plain words as a group",
      "The Ostrian group included MPs Hana Novak, Tomas Lind and Petr Holub.",
      ["Hana Novak", "Tomas Lind", "Petr Holub"],
    ],
    [
      "comprised",
      "The delegation comprised senators Olga Berzina and Juris Kalns.",
      ["Olga Berzina", "Juris Kalns"],
    ],
  ])("%s", (_, roster, members) => {
    expect(names(`${met}\n\n${roster}`)).toEqual([sorted("Marek Dolan", "Aram Sargsyan", ...members)]);
  });
  it("a roster told before any meeting is who travels: no meeting of its own", () => {
    expect(
      names(
        "The Ostrian group included MPs Hana Novak, Tomas Lind and Petr Holub. It will stay in Armenia for three days.",
      ),
    ).toEqual([]);
  });
  it("a roster told before the meeting joins none", () => {
    expect(
      names(
        "The Ostrian group included MPs Hana Novak and Tomas Lind.\n\nOn Monday, Speaker Marek Dolan met with Chairman of the National Assembly Aram Sargsyan.",
      ),
    ).toEqual([["Aram Sargsyan", "Marek Dolan"]]);
  });
  it("a group not said to include anyone names no one", () => {
    expect(names(`${met}\n\nThe Ostrian group visited the Matenadaran with Hana Novak.`)).toEqual([
      ["Aram Sargsyan", "Marek Dolan"],
    ]);
  });
});

describe("the head of a delegation met by its side only, named by the title before the name", () => {
  const received =
    "MANAMA: Speaker of the Council of Representatives Adel Al-Zayani received yesterday the visiting delegation of the Czech Senate.";
  it.each([
    [
      "handed an invitation",
      "Head of the Czech delegation Karel Vondra handed Al-Zayani an official invitation.",
    ],
    [
      "conveyed greetings",
      "Head of the delegation Karel Vondra conveyed the greetings of the Czech Speaker.",
    ],
    ["a leader", "The leader of the Czech parliamentary delegation Karel Vondra thanked the host."],
  ])("%s: the head sat at that meeting", (_, sentence) => {
    expect(names(`${received} ${sentence}`)).toEqual([["Adel Al-Zayani", "Karel Vondra"]]);
  });
  it("a head who has a meeting of their own is not added to the one before", () => {
    expect(
      names(
        `${received} Head of the Czech delegation Karel Vondra later met with Foreign Minister Hamad Al-Khalifa.`,
      ),
    ).toEqual([["Adel Al-Zayani"], ["Hamad Al-Khalifa", "Karel Vondra"]]);
  });
  it("a member who is not the head is not read as one", () => {
    expect(
      names(`${received} Deputy of the Czech Diet Karel Vondra handed Al-Zayani an official invitation.`),
    ).toEqual([["Adel Al-Zayani"]]);
  });
});

describe("'C also attended X's meeting with Y': one meeting of three", () => {
  it.each([
    [
      "also attended, the meeting told before",
      "Speaker Kemal Aydin on Tuesday met with Prime Minister Laszlo Nemeth in Budapest. Ambassador in Budapest Selim Ozkan also attended Aydin's meeting with Nemeth.",
    ],
    [
      "took part in, the meeting told first there",
      "Ambassador in Budapest Selim Ozkan took part in Speaker Kemal Aydin's talks with Prime Minister Laszlo Nemeth on Tuesday.",
    ],
    [
      "joined",
      "Speaker Kemal Aydin on Tuesday met with Prime Minister Laszlo Nemeth. Ambassador Selim Ozkan joined Aydin's meeting with Nemeth.",
    ],
  ])("%s", (_, text) => {
    expect(names(text)).toEqual([["Kemal Aydin", "Laszlo Nemeth", "Selim Ozkan"]]);
  });
  it("praising someone's meeting is no attendance", () => {
    expect(
      names(
        "Speaker Kemal Aydin on Tuesday met with Prime Minister Laszlo Nemeth. Ambassador Selim Ozkan welcomed Aydin's meeting with Nemeth.",
      ),
    ).toEqual([["Kemal Aydin", "Laszlo Nemeth"]]);
  });
});

describe("lawmakers listed under 'Reps.'", () => {
  it("the meeting was attended by a delegation including Reps. A, B and C", () => {
    expect(
      names(
        "Speaker Lee Jun-ho met with Chairman Wang Hailin in Beijing on Thursday. The meeting was attended by a South Korean delegation, including Reps. Park Min-ji, Choi Dong-hoon and Yoon Seo-yeon of the ruling party, and Rep. Kang Tae-woo.",
      ),
    ).toEqual([
      sorted("Lee Jun-ho", "Wang Hailin", "Park Min-ji", "Choi Dong-hoon", "Yoon Seo-yeon", "Kang Tae-woo"),
    ]);
  });
  it("'Sens.' ends no sentence either", () => {
    expect(
      names(
        "Speaker Ana Ferreira met with Senate President Mark Delaney. Also present were Sens. Joan Whitfield and Carl Oduya.",
      ),
    ).toEqual([sorted("Ana Ferreira", "Mark Delaney", "Joan Whitfield", "Carl Oduya")]);
  });
});

describe("a subject named with its seat and country in brackets, then 'and' another", () => {
  it.each([
    "VIENNA, 17 January 2024 – Assembly President Nika Beridze (MP, Georgia) and Secretary General Paolo Ferrante met on Wednesday with the Speaker of the National Council Franz Hollerer.",
    "Assembly President Nika Beridze (Senator, Georgia) and Secretary General Paolo Ferrante held talks with Speaker Franz Hollerer.",
    "Assembly President Nika Beridze (MP, Georgia) and Secretary General Paolo Ferrante were received by Speaker Franz Hollerer.",
  ])("both sit at the meeting: %s", (text) => {
    expect(names(text)).toEqual([sorted("Nika Beridze", "Paolo Ferrante", "Franz Hollerer")]);
  });
  it("a delegation named with an abbreviation in brackets and led by X is still X's", () => {
    expect(
      names(
        "Deputy Chairman Arman Dosov held a meeting with a delegation of the Committee of the Ostrian Consultative Council (OCC) led by Deputy Chairman Lars Vinter.",
      ),
    ).toEqual([["Arman Dosov", "Lars Vinter"]]);
  });
});

describe("a recent visit told in a later sentence does not place the meeting", () => {
  const placesOf = (text: string) => {
    const a = parseArticle(` date 2025-05-03 ${text}`, { id: "t", file: "t.txt", isKnownCity });
    return extractArticle(a).meetings.map((m) => m.place);
  };
  it("'following the Speaker's recent visit to Kyiv': the dateline city stays", () => {
    expect(
      placesOf(
        "VIENNA, 3 May 2025 – Assembly President Nika Beridze met on Wednesday with Speaker Franz Hollerer.\n\nThey discussed Ukraine, following the Speaker's recent visit to Kyiv.",
      ),
    ).toEqual(["Vienna"]);
  });
  it("near miss: a later sentence telling where the talks were still places them", () => {
    expect(
      placesOf(
        "Assembly President Nika Beridze met on Wednesday with Speaker Franz Hollerer.\n\nThe talks took place in Kyiv.",
      ),
    ).toEqual(["Kyiv"]);
  });
});

describe("company told at the meeting", () => {
  it.each([
    [
      "'X accompanied A and 13 members in a meeting with Y': A met Y",
      "The Ostrian Ambassador Lena Morales accompanied the Deputy Chair of the Senate, Dr. Rahmat Sujono and 13 members of the Senate in a meeting with the Chairman of the Shura Council Salim Al Harthi, in Muscat.",
      ["Lena Morales", "Rahmat Sujono", "Salim Al Harthi"],
    ],
    [
      "'During the meeting, X was accompanied by Counsellor A, and First Secretary B': A and B sat at it",
      "Speaker Rahmat Sujono met with the Chairman of the Shura Council Salim Al Harthi in Muscat.\n\nDuring the meeting, Sujono was accompanied by Counsellor, Dewi Lestari, and First Secretary, Agus Wibowo.",
      ["Rahmat Sujono", "Salim Al Harthi", "Dewi Lestari", "Agus Wibowo"],
    ],
    [
      "'During the talks, X was accompanied by A and B'",
      "Speaker Rahmat Sujono met with the Chairman of the Shura Council Salim Al Harthi in Muscat. During the talks, Sujono was accompanied by MPs Dewi Lestari and Agus Wibowo.",
      ["Rahmat Sujono", "Salim Al Harthi", "Dewi Lestari", "Agus Wibowo"],
    ],
  ])("%s", (_, text, people) => {
    expect(names(text)).toEqual([sorted(...people)]);
  });
  it("company of the visit, not placed at the meeting, is not counted", () => {
    expect(
      names(
        "Speaker Rahmat Sujono met with the Chairman of the Shura Council Salim Al Harthi in Muscat. During the visit, Sujono was accompanied by MPs Dewi Lestari and Agus Wibowo.",
      ),
    ).toEqual([["Rahmat Sujono", "Salim Al Harthi"]]);
  });
  it("company of someone who was not at the meeting joins nothing", () => {
    expect(
      names(
        "Speaker Rahmat Sujono met with the Chairman of the Shura Council Salim Al Harthi in Muscat. During the meeting, the Minister of Trade Budi Santoso, who was in Oman, was accompanied by Dewi Lestari.",
      ),
    ).toEqual([["Rahmat Sujono", "Salim Al Harthi"]]);
  });
});

describe("a title word used as a delegation's adjective is no one", () => {
  it("'also met with the representative delegation' is not a meeting with a representative named before", () => {
    expect(
      names(
        "During the visit the group's chair Otto Brandt, together with colleagues Jana Weber and Felix Roth, were received by State Counsellor Nurlan Abenov.\n\nOn 21 February, Deputy Minister Asel Karimova also met with the representative delegation.",
      ).some(
        (people) => people.includes("Asel Karimova") && people.includes("Jana Weber") && people.length === 2,
      ),
    ).toBe(false);
  });
  it("near miss: 'met with the representative of the delegation, X' is a meeting with X", () => {
    expect(
      names(
        "Deputy Minister Asel Karimova met with the representative of the Ostrian delegation, Jana Weber.",
      ),
    ).toEqual([["Asel Karimova", "Jana Weber"]]);
  });
});
