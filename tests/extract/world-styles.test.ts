/**
 * Names, styles and titles as news English writes them around the world, beyond the articles the
 * rules were first written against: Malay and Bruneian styles of honour, dotted initials, the Arabic
 * article written three ways, diplomatic titles in lower case, "its" after a delegation. Every name
 * is invented.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/sentences.ts";
import { findPhrases } from "../../src/extract/gazetteer.ts";
import { findNames } from "../../src/extract/names.ts";
import { nameMatches } from "../../src/extract/people.ts";
import { tokenize } from "../../src/extract/text.ts";
import { people } from "./people-helpers.ts";

const names = (sentence: string) => {
  const tokens = tokenize(sentence);
  return findNames(tokens, findPhrases(tokens), () => false).map((n) => n.name);
};

describe("styles of honour", () => {
  it("leaves a Bruneian title of honour out of the name it stands before", () => {
    expect(
      names(
        "Speaker Yang Berhormat Pehin Orang Kaya Setia Jaya Dato Seri Setia Awang Haji Mahmud bin Haji Tahir spoke.",
      ),
    ).toEqual(["Mahmud bin Haji Tahir"]);
  });

  it("keeps a father's name with several styles after bin", () => {
    expect(names("Deputy Speaker Pengiran Haji Osman bin Pengiran Haji Yakub spoke.")).toEqual([
      "Osman bin Pengiran Haji Yakub",
    ]);
  });

  it("keeps a father's name styled Haji after bin", () => {
    expect(names("The Clerk, Hajah Noraini binti Haji Yusof, attended.")).toEqual([
      "Noraini binti Haji Yusof",
    ]);
  });

  it("reads Cambodian, Fijian and Myanmar styles as styles", () => {
    expect(names("Samdech Chea Vannak met Ratu Isikeli Tuilau and Daw Khin Mya.")).toEqual([
      "Chea Vannak",
      "Isikeli Tuilau",
      "Khin Mya",
    ]);
  });

  it("does not end a sentence at 'Rt.'", () => {
    expect(splitSentences("The Speaker, Rt. Hon. Kofi Adjei-Mensah, received the guests.")).toHaveLength(1);
  });

  it("gives a styled name the role before it ('The Speaker of Parliament, Rt. Hon. X')", () => {
    const p = people(
      " date 2025-01-14 The Speaker of Parliament, Rt. Hon. Kofi Adjei-Mensah, received the guests.",
    );
    expect(p.get("Kofi Adjei-Mensah")?.roles).toEqual(["Speaker of Parliament"]);
  });
});

describe("initials", () => {
  it("reads several dotted initials before a surname as one name", () => {
    expect(names("Speaker Hon. W.M.D. Perera met A.B. Gunaratne.")).toEqual([
      "W.M.D. Perera",
      "A.B. Gunaratne",
    ]);
  });

  it("does not take a country's dotted abbreviation for initials", () => {
    expect(names("The U.S. Ambassador spoke.")).toEqual([]);
  });
});

describe("one name spelled with and without its Arabic article", () => {
  it("matches Al-Qasimi, al Qasimi and Qasimi", () => {
    expect(nameMatches("Al Qasimi", ["Mohammed Al-Qasimi"])).toBe(true);
    expect(nameMatches("Qasimi", ["Mohamed al-Qasimi"])).toBe(true);
    expect(nameMatches("Al-Qasimi", ["Ahmed Al-Nouri"])).toBe(false);
  });
});

describe("diplomatic titles and the body 'its' stands for", () => {
  it("reads a lower-case title word inside a role ('Chargé d'Affaires')", () => {
    const p = people(
      " date 2025-08-05 The Speaker received the Chargé d'Affaires of Ostria to Namibia Tomas Vell on Tuesday.",
    );
    expect(p.get("Tomas Vell")?.roles).toEqual(["Chargé d'Affaires of Ostria to Namibia"]);
  });

  it("takes the nearest body before 'its', also one without 'of' ('the Mauritanian National Assembly')", () => {
    const p = people(
      " date 2025-07-15 The Secretary General of the House of Councillors of Morocco, Youssef Benali, received a delegation of the Mauritanian National Assembly led by its Secretary General Sidi Ould Ahmed.",
    );
    expect(p.get("Sidi Ould Ahmed")).toEqual({
      roles: ["Secretary General of the Mauritanian National Assembly"],
      country: "Mauritania",
    });
  });
});

describe("roles without a title word before the name", () => {
  it("makes the one a delegation is led by its head, of its country", () => {
    const p = people(
      " date 2025-07-22 Ri Chol-ho met the delegation of the National Assembly of Zambia headed by Tomas Vell.",
    );
    expect(p.get("Tomas Vell")).toEqual({
      roles: ["head of the delegation of the National Assembly of Zambia"],
      country: "Zambia",
    });
  });

  it("keeps a group in a body inside the role ('friendship group in the National Assembly')", () => {
    const p = people(
      " date 2025-06-24 Head of the Peru-Chile friendship group in the National Assembly Tomas Vell met the guests.",
    );
    expect(p.get("Tomas Vell")?.roles).toEqual([
      "Head of the Peru-Chile friendship group in the National Assembly",
    ]);
  });
});

describe("appositions news English writes in other shapes", () => {
  const roleOfFirst = (text: string) => people(` date 2025-01-01 ${text}`).get("Kofi Mensah");

  it("reads a role in brackets or between dashes after the name, not as the next person's", () => {
    for (const text of [
      "Kofi Mensah (Speaker of the Parliament of Ghana) met Anna Berg.",
      "Kofi Mensah — Speaker of the Parliament of Ghana — met Anna Berg.",
    ])
      expect(roleOfFirst(text)).toEqual({ roles: ["Speaker of the Parliament of Ghana"], country: "Ghana" });
  });

  it("reads 'who heads' and 'who chairs' as titles", () => {
    expect(
      roleOfFirst("Kofi Mensah, who heads the Ghanaian parliament's budget committee, met Anna Berg."),
    ).toEqual({
      roles: ["head of the Ghanaian parliament's budget committee"],
      country: "Ghana",
    });
    expect(
      roleOfFirst("Kofi Mensah, who chairs the Senate foreign relations committee of Ghana, met Anna Berg.")
        ?.roles,
    ).toEqual(["chair of the Senate foreign relations committee of Ghana"]);
  });

  it("keeps the list inside a committee's name", () => {
    expect(
      roleOfFirst(
        "Kofi Mensah, Chairperson of the Committee on Foreign Affairs, Defence and Security of the Parliament of Ghana, met Anna Berg.",
      )?.roles,
    ).toEqual([
      "Chairperson of the Committee on Foreign Affairs, Defence and Security of the Parliament of Ghana",
    ]);
  });

  it("reads a lower-case title after 'a' ('a Norwegian lawmaker') and a delegation's head before a comma", () => {
    expect(
      people(" date 2025-01-01 Kofi Mensah met Anna Berg, a Norwegian lawmaker.").get("Anna Berg"),
    ).toEqual({
      roles: ["Norwegian lawmaker"],
      country: "Norway",
    });
    expect(
      roleOfFirst("The head of the Ghanaian parliamentary delegation, Kofi Mensah, met Anna Berg.")?.roles,
    ).toEqual(["head of the Ghanaian parliamentary delegation"]);
  });
});

describe("titles qualified after a hyphen", () => {
  it("keeps 'Ambassador-at-large' and 'Speaker-designate' out of the names they stand before", () => {
    const p = people(
      " date 2025-01-01 Ambassador-at-large Kim Sung-hoon met Speaker-designate Enkh-Amgalan Bat.",
    );
    expect(p.get("Kim Sung-hoon")?.roles).toEqual(["Ambassador-at-large"]);
    expect(p.get("Enkh-Amgalan Bat")?.roles).toEqual(["Speaker-designate"]);
  });
});
