/**
 * "more", "дальше", "тағы" reaching the answering core: it keeps no earlier answer (the bot and `parlbot
 * ask` page on from theirs first), so it says there is no more to show, as the bot does, in the language
 * asked, and never quotes a sentence that happens to say "more". Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, NOW, vargaAndKastell } from "./fixture.ts";

const pair = vargaAndKastell("a-talks");
const answerer = new Answerer(
  factBase({
    articles: [
      {
        id: "a-talks",
        file: "talks.txt",
        published: "2024-04-02",
        sentences: [
          "Ilona Varga met Oren Kastell in Drosk and called for more trade between the two countries.",
        ],
      },
    ],
    people: pair.people,
    meetings: [pair.meeting],
  }),
  { now: NOW },
);

describe("more asked of the answering core", () => {
  it.each(["more", "More please!", "next page", "continue"])("%s: nothing more to show, no quote", (q) => {
    const answer = answerer.answer(q);
    expect(answer.text).toMatch(/^There is no more to show\. Ask me a question, for example: “.+”\.$/);
    expect(answer.sources).toEqual([]);
  });

  it("is said in Russian and Kazakh", () => {
    expect(answerer.answer("дальше").text).toMatch(
      /^Больше показать нечего\. Задайте вопрос, например: «.+»\.$/,
    );
    expect(answerer.answer("тағы").text).toMatch(
      /^Бұдан артық көрсететін ештеңе жоқ\. Сұрақ қойыңыз, мысалы: «.+»\.$/,
    );
  });

  it("is still a question when more words ask something", () => {
    expect(answerer.answer("who met Varga more than once?").text).toContain("Oren Kastell");
  });
});
