/** Kazakh endings chosen by vowel harmony and the last sound: the locative and the particle "and". */
import { describe, expect, it } from "vitest";
import { kazakhAnd, kazakhLocative } from "../../src/i18n/kazakh-endings.ts";

describe("the Kazakh locative", () => {
  it.each([
    ["Астана", "Астанада"],
    ["Сеул", "Сеулде"],
    ["Бішкек", "Бішкекте"],
    ["Ташкент", "Ташкентте"],
    ["Ұланбатыр", "Ұланбатырда"],
    ["Мәскеу", "Мәскеуде"],
    ["Ақтау", "Ақтауда"],
    ["Алматы", "Алматыда"],
    ["Үрімші", "Үрімшіде"],
    ["Мадрид", "Мадридте"],
    ["Париж", "Парижде"],
    ["Моңғолия", "Моңғолияда"],
    ["Стокгольм", "Стокгольмде"],
    ["Куала-Лумпур", "Куала-Лумпурда"],
    // A name ending in a possessive takes "-нда" / "-нде".
    ["Америка Құрама Штаттары", "Америка Құрама Штаттарында"],
    ["Корея Республикасы", "Корея Республикасында"],
  ])("%s → %s", (name, locative) => {
    expect(kazakhLocative(name)).toBe(locative);
  });
});

describe("the Kazakh «and» after a name", () => {
  it.each([
    ["Қазақстан", "мен"],
    ["Моңғолия", "мен"],
    ["Ресей", "мен"],
    ["Тараз", "бен"],
    ["Египет", "пен"],
    ["Беларусь", "пен"],
    ["Ирак", "пен"],
  ])("%s %s", (name, and) => {
    expect(kazakhAnd(name)).toBe(and);
  });
});
