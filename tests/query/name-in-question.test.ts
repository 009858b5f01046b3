/**
 * A question asked again with a suggested name in place of the name typed: English, Russian case forms
 * (the Latin name stands undeclined) and Kazakh endings (kept after a hyphen); and the answer exposing
 * the suggestions with their questions, on an invented fact base.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { withNameReplaced } from "../../src/query/name-in-question.ts";
import { DRAVOLINSKY, factsWithDravolinsky } from "../bot/helpers.ts";

const NAME = DRAVOLINSKY;

describe("withNameReplaced", () => {
  it("replaces an English name typed, of one word or more", () => {
    expect(withNameReplaced("who met Dravolinski?", "Dravolinski", NAME)).toBe(`who met ${NAME}?`);
    expect(withNameReplaced("when did Koshanov meet Mark  Dravolinski", "Mark Dravolinski", NAME)).toBe(
      `when did Koshanov meet ${NAME}`,
    );
  });

  it("replaces whole words only, and gives up when the name is not in the question", () => {
    expect(withNameReplaced("who met Dravolinskis?", "Dravolinski", NAME)).toBeUndefined();
    expect(withNameReplaced("who met Dravolinski?", "Nobody", NAME)).toBeUndefined();
  });

  it("in Russian, a case form gives way to the name undeclined", () => {
    expect(withNameReplaced("Кто встречался с Драволинским?", "Драволинским", NAME)).toBe(
      `Кто встречался с ${NAME}?`,
    );
    expect(withNameReplaced("Что известно о Драволинском", "Драволинском", NAME)).toBe(
      `Что известно о ${NAME}`,
    );
    expect(withNameReplaced("С кем встречался Драволинский?", "Драволинский", NAME)).toBe(
      `С кем встречался ${NAME}?`,
    );
  });

  it("in Russian, 'о' or 'об' before the name fits the name's first sound", () => {
    // A consonant, or a vowel sound that starts with "й" (е, ё, ю, я, Latin y), takes "о".
    expect(withNameReplaced("Что известно об Эдраволинском?", "Эдраволинском", NAME)).toBe(
      `Что известно о ${NAME}?`,
    );
    expect(withNameReplaced("расскажи об Смирнове", "Смирнове", "Смирнов")).toBe("расскажи о Смирнов");
    expect(withNameReplaced("Что известно об Анове?", "Анове", "Yerlan Anov")).toBe(
      "Что известно о Yerlan Anov?",
    );
    expect(withNameReplaced("Что известно об Анове?", "Анове", "Юрий Анов")).toBe(
      "Что известно о Юрий Анов?",
    );
    // A vowel (а, о, у, э, и, ы; Latin a, o, u, e, i) takes "об".
    expect(withNameReplaced("Что известно о Драволинском?", "Драволинском", "Ana Tirelo")).toBe(
      "Что известно об Ana Tirelo?",
    );
    expect(withNameReplaced("Что известно об Иванове?", "Иванове", "Ivan Ivanov")).toBe(
      "Что известно об Ivan Ivanov?",
    );
    expect(withNameReplaced("Что известно о Ыванове?", "Ыванове", "Erlan Ivanov")).toBe(
      "Что известно об Erlan Ivanov?",
    );
    // As typed at the start of a question, and only as a word of its own.
    expect(withNameReplaced("Об Эдраволинском что известно?", "Эдраволинском", NAME)).toBe(
      `О ${NAME} что известно?`,
    );
    expect(withNameReplaced("Кто встречался с Драволинским?", "Драволинским", "Ana Tirelo")).toBe(
      "Кто встречался с Ana Tirelo?",
    );
    expect(withNameReplaced("Что сказало бюро Драволинского?", "Драволинского", "Ana Tirelo")).toBe(
      "Что сказало бюро Ana Tirelo?",
    );
  });

  it("in Kazakh, the case ending stays after a hyphen; a name in the nominative has none", () => {
    expect(withNameReplaced("Драволинскийпен кім кездесті?", "Драволинскийпен", NAME)).toBe(
      `${NAME}-пен кім кездесті?`,
    );
    expect(withNameReplaced("Драволинскийдің кездесулері қандай?", "Драволинскийдің", NAME)).toBe(
      `${NAME}-дің кездесулері қандай?`,
    );
    expect(withNameReplaced("Драволинский кіммен кездесті?", "Драволинский", NAME)).toBe(
      `${NAME} кіммен кездесті?`,
    );
  });
});

describe("an answer's suggestions", () => {
  const answerer = new Answerer(factsWithDravolinsky());
  // The question asked again names the person suggested, in the language asked in.
  const askedAgainAbout = (question: string, language: string) => {
    const again = answerer.answer(question);
    expect(again.language).toBe(language);
    expect(again.parsed.people.map((p) => p.name)).toEqual([NAME]);
    expect(again.suggestions).toEqual([]);
  };

  it("exposes each name suggested with the question asked again, which answers about that person", () => {
    const answer = answerer.answer("who met Drevolinskas?");
    expect(answer.parsed.people).toEqual([]);
    expect(answer.text).toContain(`Did you mean ${NAME}?`);
    expect(answer.suggestions).toEqual([{ name: NAME, question: `who met ${NAME}?` }]);
    askedAgainAbout(`who met ${NAME}?`, "en");
  });

  it("keeps the other side of a pair as asked", () => {
    expect(answerer.answer("when did Koshanov meet Drevolinskas?").suggestions).toEqual([
      { name: NAME, question: `when did Koshanov meet ${NAME}?` },
    ]);
  });

  it("has none when nothing is suggested or every name is known", () => {
    expect(answerer.answer("who met Qwxzyplon?").suggestions).toEqual([]);
    expect(answerer.answer("who met Koshanov?").suggestions).toEqual([]);
  });

  it("in Russian, from a case form, answered in Russian about that person", () => {
    const answer = answerer.answer("Кто встречался с Древолинскасом?");
    expect(answer.suggestions).toEqual([{ name: NAME, question: `Кто встречался с ${NAME}?` }]);
    askedAgainAbout(`Кто встречался с ${NAME}?`, "ru");
  });

  it("in Kazakh, the ending kept, answered in Kazakh about that person", () => {
    const answer = answerer.answer("Древолинскаспен кім кездесті?");
    expect(answer.suggestions).toEqual([{ name: NAME, question: `${NAME}-пен кім кездесті?` }]);
    askedAgainAbout(`${NAME}-пен кім кездесті?`, "kk");
  });
});
