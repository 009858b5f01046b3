import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/sentences.ts";
import { findPhrases } from "../../src/extract/gazetteer.ts";
import { honorificStart } from "../../src/extract/honorifics.ts";
import { findNames, isPinyin } from "../../src/extract/names.ts";
import { tokenize } from "../../src/extract/text.ts";

// Every name below is invented.
const names = (sentence: string) => {
  const tokens = tokenize(sentence);
  return findNames(tokens, findPhrases(tokens), () => false).map((n) => n.name);
};

describe("names in East Asian order", () => {
  it("keeps pinyin given names that end in -ing", () => {
    expect(names("The Speaker met Chinese leader Qiao Mingqing and Luo Guoting in Beijing.")).toEqual([
      "Qiao Mingqing",
      "Luo Guoting",
    ]);
    expect(isPinyin("jianping")).toBe(true);
  });
  it("still drops English gerunds", () => {
    expect(isPinyin("speaking")).toBe(false);
    expect(isPinyin("meeting")).toBe(false);
    expect(names("Speaking at the Opening, the guests praised the Meeting.")).toEqual([]);
  });
  it("reads hyphenated Korean and three-word Vietnamese names", () => {
    expect(names("Speaker Paek Sun-ho received Vice Chairman Doan Van Khiem.")).toEqual([
      "Paek Sun-ho",
      "Doan Van Khiem",
    ]);
  });
  it("reads a surname written in capitals after an honorific", () => {
    expect(names("Present were Mr. TAKEDORI Keisuke, Vice-Speaker; Ms. MIYANOKI Haruka, Chair.")).toEqual([
      "TAKEDORI Keisuke",
      "MIYANOKI Haruka",
    ]);
  });
});

describe("a short surname in capitals between a title and a given name", () => {
  it("is read as the name, an acronym before a title is not", () => {
    expect(names("Yesterday Laotian President KO Mingwei met with Speaker Ana Ruiz.")).toEqual([
      "KO Mingwei",
      "Ana Ruiz",
    ]);
    expect(names("The OSCE PA President Ana Ruiz spoke.")).toEqual(["Ana Ruiz"]);
  });
});

describe("a surname that ends like a plural noun", () => {
  it("is a name word between two name words, not beside one only", () => {
    expect(names("The guests were received by Ambassador Ivo Davies Markov.")).toEqual(["Ivo Davies Markov"]);
    const after = names("The Least Developed Countries Ivo Markov said.");
    expect(after).toContain("Ivo Markov");
    expect(after.some((n) => n.includes("Countries"))).toBe(false);
  });
});

describe("words of a web page's frame", () => {
  it("are no names, even after a title", () => {
    expect(names("UN Chief called on Speaker Featured")).toEqual([]);
    expect(names("Sponsored Trending Related Speaker Ana Ruiz met guests.")).toEqual(["Ana Ruiz"]);
  });
});

describe("Arabic names and honorifics", () => {
  it("keeps bin/bint/Al inside the name and drops H E, Dr. and His Excellency", () => {
    expect(names("Speaker H E Rashed bin Hamoud Al Qutaibi met H.E. Dr. Noura bint Saif Al Marri.")).toEqual([
      "Rashed bin Hamoud Al Qutaibi",
      "Noura bint Saif Al Marri",
    ]);
    expect(names("They thanked His Excellency Faisal Al-Dawsari for the visit.")).toEqual([
      "Faisal Al-Dawsari",
    ]);
  });
  it("drops Malaysian, Indian and Westminster honorifics", () => {
    expect(names("Malaysian PM Dato’ Sri Azlan Hakimi bin Rosli arrived.")).toEqual([
      "Azlan Hakimi bin Rosli",
    ]);
    expect(names("The delegation of Shri Ramdas Kelkar met the Rt. Hon. (Dr.) Joseph Kiprono.")).toEqual([
      "Ramdas Kelkar",
      "Joseph Kiprono",
    ]);
  });
  it("finds where a run of honorifics begins", () => {
    const tokens = tokenize("the Rt. Hon. (Dr.) Joseph Kiprono");
    const name = tokens.findIndex((t) => t.text === "Joseph");
    expect(tokens[honorificStart(tokens, name)]?.text).toBe("Rt");
    expect(honorificStart(tokens, 0)).toBe(0);
  });
});

describe("initials", () => {
  it("reads initials with and without a space, and never a lone initial", () => {
    expect(names("B.Dashdorj and Ts.Ganbold met T. Serikbayeva.")).toEqual([
      "B.Dashdorj",
      "Ts.Ganbold",
      "T. Serikbayeva",
    ]);
    expect(names("Plan X. was approved.")).toEqual([]);
  });
});

describe("things that are not people", () => {
  it("drops capitalised runs headed by an institution or thing word", () => {
    expect(names("He received the Friendship Order and opened the Caspian Transport Route.")).toEqual([]);
    expect(names("They landed at Varsen Airport and visited the Solnar Church.")).toEqual([]);
    expect(names("The guests attended the Winter Games.")).toEqual([]);
  });
  it("starts the name after an institution's name that precedes it", () => {
    expect(names("Chairman of the Majlis Ash'shura Saeed bin Nasser Al Harthi received them.")).toEqual([
      "Saeed bin Nasser Al Harthi",
    ]);
    expect(names("The Representative on Freedom of the Media Karel Vostrik spoke.")).toEqual([
      "Karel Vostrik",
    ]);
  });
  it("starts the name after an unknown place right after 'of the <Body> of'", () => {
    expect(names("Speaker of the Volkstag of Freelandia Anna Berg met the guests.")).toEqual(["Anna Berg"]);
    expect(names("He met Chairman of the Grand Moot of Ostravia Piet Marten Holm on Monday.")).toEqual([
      "Piet Marten Holm",
    ]);
  });
  it("and after a title and 'of' or 'of the', where an unknown place or body stands", () => {
    expect(names("He met the Ambassador of Freelandia Anna Berg in Vienna.")).toEqual(["Anna Berg"]);
    expect(names("He met the Speaker of the Volkstag Anna Berg of Freelandia.")).toEqual(["Anna Berg"]);
    expect(names("He met the Speaker of Freelandia's Volkstag Anna Berg.")).toEqual(["Anna Berg"]);
  });
  it("but not after 'of' alone, nor after 'of the' and a noun in lower case", () => {
    expect(names("He met the family of Anna Maria Berg.")).toEqual(["Anna Maria Berg"]);
    expect(names("He met the head of the office of Anna Maria Berg.")).toEqual(["Anna Maria Berg"]);
  });
  it("keeps a middle name that is a country's name, between two name words", () => {
    expect(names("He met Senator Anna Georgia Berg and MP Michael Jordan Lee.")).toEqual([
      "Anna Georgia Berg",
      "Michael Jordan Lee",
    ]);
  });
  it("keeps a capitalised common word between two name words as a middle name", () => {
    expect(names("He met Ali Said Hassan and Anna Hope Berg in Cairo.")).toEqual([
      "Ali Said Hassan",
      "Anna Hope Berg",
    ]);
  });
  it("but not a word of a title or a body before the name", () => {
    expect(names("He met UK High Commissioner Lars Haugen.")).toEqual(["Lars Haugen"]);
    expect(names("He met Chairman of the Ostrian Diet Bold Gantulga.")).toEqual(["Bold Gantulga"]);
  });
  it("but not a plural, a common noun or a style of rank there", () => {
    expect(names("The Special Representative for Human Rights Eamon Dalby spoke.")).toEqual(["Eamon Dalby"]);
    expect(names("He praised the Sustainable Development Goals.")).toEqual([]);
    expect(names("They honoured Bangabandhu Sheikh Rafiq Rahman.")).not.toContain(
      "Bangabandhu Sheikh Rafiq Rahman",
    );
  });
  it("but not a country after a preposition or at either end of a run", () => {
    expect(names("He met the President of Georgia Anna Berg.")).toEqual(["Anna Berg"]);
    expect(names("He met Anna Berg in Georgia on Monday.")).toEqual(["Anna Berg"]);
  });
  it("reads a capital written with Vietnamese diacritics as a place", () => {
    expect(names("HÀ NỘI — Chairman Trịnh Văn Lộc met the guests in Hà Nội on Monday.")).toEqual([
      "Trịnh Văn Lộc",
    ]);
  });
  it("does not take a page's furniture for a name", () => {
    expect(names("Last Updated: 12 May 2024")).toEqual([]);
  });
});

describe("sentence glued to a name", () => {
  it("splits a full stop without a space after a word, not after initials or in addresses", () => {
    expect(splitSentences("They met Daulet Sarsenov.During the talks they spoke.")).toEqual([
      "They met Daulet Sarsenov.",
      "During the talks they spoke.",
    ]);
    expect(splitSentences("Ts.Ganbold met Prof.Lee, see www.Example.kz now.")).toHaveLength(1);
    expect(names(splitSentences("They met Daulet Sarsenov.During the talks.")[0] ?? "")).toEqual([
      "Daulet Sarsenov",
    ]);
  });
});

describe("names that end like common nouns", () => {
  it("keeps given names ending in -ory, -ary, -ery, -ence, -ance beside another name word", () => {
    expect(names("Deputy Grigory Lavrenko met Senator Mary Okonjo-Hale in Abuja.")).toEqual([
      "Grigory Lavrenko",
      "Mary Okonjo-Hale",
    ]);
    expect(names("Valery Sokolin, Florence Wanjiru and Constance Obi signed it.")).toEqual([
      "Valery Sokolin",
      "Florence Wanjiru",
      "Constance Obi",
    ]);
  });
  it("still drops such words alone, or beside a title or portfolio", () => {
    expect(names("The Anniversary Conference and the Plenary opened.")).toEqual([]);
    expect(names("The Honorary Consul spoke at the Official Residence.")).toEqual([]);
    expect(
      names(
        "Deputies Ludovic Orbanu spoke of a Better Future, Preventive Diplomacy and Developed Countries.",
      ),
    ).toEqual(["Ludovic Orbanu"]);
    expect(names("Minister of Economy Rauf Nasibov met Minister of Justice Ivo Marek.")).toEqual([
      "Rauf Nasibov",
      "Ivo Marek",
    ]);
  });
});

describe("a party's adjective before a title", () => {
  it("is no name of its own", () => {
    const found = names(
      "Speaker Ilmar Tamberg met U.S. Democratic Congressman Dale Orwin and Republican Senator Mae Kipp.",
    );
    expect(found).toContain("Dale Orwin");
    expect(found).toContain("Mae Kipp");
    expect(found.some((n) => /Democratic|Republican/.test(n))).toBe(false);
  });
});

describe("a capitalised run before common nouns and a thing's head", () => {
  it("names the thing, not a person", () => {
    expect(names("The delegates toured Velmar Special Development Zone in the west.")).toEqual([]);
    expect(names("Speaker Dale Orwin toured Velmar Special Development Zone.")).toEqual(["Dale Orwin"]);
  });
});
