import { describe, expect, it } from "vitest";
import { adjectiveStem, baseForms } from "../../src/i18n/cases.ts";
import { ruKkCountries } from "../../src/i18n/countries.ts";
import { foldCyrillic } from "../../src/i18n/fold-cyrillic.ts";

// Invented surnames: the rules are about endings, not about anyone in the articles.
describe("Russian case forms of surnames", () => {
  it.each([
    ["Бекмуратова", "Бекмуратов"], // -а (genitive, accusative)
    ["Бекмуратову", "Бекмуратов"], // -у (dative)
    ["Бекмуратовым", "Бекмуратов"], // -ым (instrumental)
    ["Бекмуратове", "Бекмуратов"], // -е (prepositional)
    ["Тиграняном", "Тигранян"], // -ом (instrumental of a noun-like surname)
    ["Тиграняна", "Тигранян"],
    ["Жумагалиевой", "Жумагалиева"], // -ой (a woman's surname)
    ["Жумагалиеву", "Жумагалиева"], // -у (her accusative)
    ["Гулиевой", "Гулиева"],
    ["Шенгелией", "Шенгелия"], // -ей (instrumental of a surname in -я)
  ])("%s may be a form of %s", (form, base) => {
    expect(baseForms(form)).toContain(base);
  });

  it("keeps the word itself first, so that a nominative that looks inflected is tried as it is", () => {
    expect(baseForms("Жумагалиева")[0]).toBe("Жумагалиева");
    expect(baseForms("Жумагалиева")).toContain("Жумагалиев");
  });

  it("does not cut names into stems too short to be names", () => {
    expect(baseForms("Ли")).toEqual(["Ли"]);
    expect(baseForms("Smith")).toEqual(["Smith"]);
  });

  it("reads adjectives made from place names", () => {
    expect(adjectiveStem("монгольский")).toBe("монгол");
    expect(adjectiveStem("узбекской")).toBe("узбек");
    expect(adjectiveStem("встречался")).toBeUndefined();
  });
});

describe("Kazakh case forms of surnames", () => {
  it.each([
    ["Сәрсенбаевпен", "Сәрсенбаев"], // -пен (instrumental after a voiceless consonant... and -в)
    ["Тілеуовмен", "Тілеуов"], // -мен
    ["Жақыпбекбен", "Жақыпбек"], // -бен
    ["Тілеуовқа", "Тілеуов"], // -қа
    ["Әлібекке", "Әлібек"], // -ке
    ["Нұрланға", "Нұрлан"], // -ға
    ["Әлімге", "Әлім"], // -ге
    ["Сәрсенбаевке", "Сәрсенбаев"], // -ке
    ["Тілеуовтың", "Тілеуов"], // -тың
    ["Әлібектің", "Әлібек"], // -тің
    ["Оразалының", "Оразалы"], // -ның
    ["Әбдірейімнің", "Әбдірейім"], // -нің
  ])("%s may be a form of %s", (form, base) => {
    expect(baseForms(form)).toContain(base);
  });
});

describe("Cyrillic names written as English news writes them", () => {
  it.each([
    ["Ташиёев", "tashiyoyev"], // ё as "yo", and a vowel's "е" as "ye"
    ["Жумаев", "zhumayev"],
    ["Ербол", "yerbol"], // a word's first "е"
    ["Бекмуратов", "bekmuratov"], // a consonant's "е" stays "e": "Бек" is "bek"
    ["Қанатбекұлы", "kanatbekuly"], // Kazakh letters as their Russian neighbours
  ])("%s is %s", (word, folded) => {
    expect(foldCyrillic(word)).toBe(folded);
  });
});

describe("countries in Russian and Kazakh", () => {
  const countries = ruKkCountries();
  it.each([
    ["Монголия", "MNG"],
    ["Монголией", "MNG"],
    ["Монголии", "MNG"],
    ["Узбекистаном", "UZB"],
    ["монгольский", "MNG"],
    ["узбекской", "UZB"],
    ["Моңғолиямен", "MNG"],
    ["Өзбекстанмен", "UZB"],
    ["Ресейдің", "RUS"],
    ["Кореей", "KOR"],
    // Usual names the package gives only in a long or an older form.
    ["Китая", "CHN"],
    ["Кыргызстана", "KGZ"],
    ["Туркменистаном", "TKM"],
    ["Белоруссии", "BLR"],
    ["Америки", "USA"],
    ["АҚШ", "USA"],
  ])("%s is %s", (word, code) => {
    expect(countries.code(word)).toBe(code);
  });

  it("does not take ordinary words for countries", () => {
    for (const word of ["встречался", "кездесті", "подписали", "когда"])
      expect(countries.code(word)).toBeUndefined();
  });
});
