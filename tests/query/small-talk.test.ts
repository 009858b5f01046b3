/**
 * Small talk and input that is no question, tried as a user would through `parlbot ask` (the real bin,
 * data/facts.json, one message a line in jsonl): each gets one short line of its own with examples, and
 * never a name search ("I don't know anything about нет"), "Whom do you mean?" or a quoted sentence.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { opensWithBye, opensWithThanks, smallTalk } from "../../src/query/compose/small-talk.ts";
import { askThroughBin } from "./ask-jsonl.ts";

const ABOUT_ME = [
  "who are you?",
  "what can you do?",
  "What do you know",
  "how does this work?",
  "are you a bot?",
];
const ABOUT_ME_RU_KK = ["кто ты?", "что ты умеешь?", "Что вы знаете?", "сен кімсің?", "не істей аласың?"];
const YES_NO = ["yes", "No.", "Yes please", "ok cool", "да", "нет", "иә", "жоқ"];
const HOW_ARE_YOU = ["how are you?", "как дела?", "қалайсың?"];
const THANKS = ["okay thanks", "great, thank you!", "thanks a lot!", "Cheers, mate"];
const BYE = ["good night", "see you later", "bye for now", "Goodbye!"];
const OTHER_SCRIPT = ["你好", "مرحبا", "こんにちは"];
const NUMBERS = ["+7 701 123 4567", "12345", "3.14", "100%"];
const MESSAGES = [
  ...ABOUT_ME,
  ...ABOUT_ME_RU_KK,
  ...YES_NO,
  ...THANKS,
  ...BYE,
  ...OTHER_SCRIPT,
  ...NUMBERS,
  ...HOW_ARE_YOU,
  "Салам",
];

let answers = new Map<string, { text: string; sources: unknown[] }>();
const text = (q: string) => answers.get(q)?.text ?? "";

beforeAll(() => {
  answers = askThroughBin(MESSAGES);
});

describe("small talk through parlbot ask", () => {
  it("every message gets one short line, no source, and no name search or quote", () => {
    for (const q of MESSAGES) {
      expect(text(q).split("\n"), q).toHaveLength(1);
      expect(text(q).length, q).toBeLessThan(400);
      expect(answers.get(q)?.sources, q).toEqual([]);
      expect(text(q), q).not.toMatch(
        /don't know anything|Не знаю:|Білмеймін:|Whom do you mean|Кого вы имеете|“.*” \[1\]/,
      );
    }
  });
  it("asked about itself, the bot says what it is and how to ask, in the question's language", () => {
    for (const q of ABOUT_ME) expect(text(q), q).toMatch(/^I am parlbot: .*\/help.* Try: “who met .+\?”/);
    for (const q of ABOUT_ME_RU_KK.slice(0, 3)) expect(text(q), q).toMatch(/^Я parlbot: .*Попробуйте: «/);
    for (const q of ABOUT_ME_RU_KK.slice(3)) expect(text(q), q).toMatch(/^Мен parlbot: .*Сұрап көріңіз: «/);
  });
  it("yes and no get a nod with one example; thanks anywhere in a short message gets you're welcome", () => {
    for (const q of YES_NO.slice(0, 4)) expect(text(q), q).toMatch(/^OK! .* Try: “[^”]+”\.$/);
    expect(text("да")).toMatch(/^Хорошо!/);
    expect(text("жоқ")).toMatch(/^Жақсы!/);
    for (const q of THANKS) expect(text(q), q).toMatch(/^You're welcome!/);
  });
  it("a leave-taking gets a goodbye; Салам a hello", () => {
    for (const q of BYE) expect(text(q), q).toMatch(/^Goodbye!/);
    expect(text("Салам")).toMatch(/^Здравствуйте!/);
    expect(text("how are you?")).toMatch(/^Hello!/);
    expect(text("как дела?")).toMatch(/^Здравствуйте!/);
    expect(text("қалайсың?")).toMatch(/^Сәлеметсіз бе!/);
  });
  it("a script the bot does not read gets the languages it reads; figures alone what it knows", () => {
    for (const q of OTHER_SCRIPT)
      expect(text(q), q).toMatch(/^I read questions in English, Russian and Kazakh\. Try:/);
    for (const q of NUMBERS)
      expect(text(q), q).toMatch(/^I only know about meetings of parliament leaders\. Try:/);
  });
});

describe("what small talk is", () => {
  it("reads whole messages only: a question with the same words is none", () => {
    expect(smallTalk("who are you")).toBe("about-me");
    expect(smallTalk("2025")).toBeUndefined();
    expect(smallTalk("04.09.2025")).toBeUndefined();
    expect(smallTalk("who are you meeting, Velmar?")).toBeUndefined();
    expect(smallTalk("no meetings with Dornland?")).toBeUndefined();
    expect(smallTalk("did Velmar thank Dorn for the visit in Astana last year?")).toBeUndefined();
    expect(smallTalk("what can you tell me about Velmar?")).toBeUndefined();
    expect(smallTalk("кто ты такой, Вельмар?")).toBeUndefined();
    expect(smallTalk("Velmar 你好")).toBeUndefined();
  });
});

describe("greetings that open with thanks or a goodbye", () => {
  it("reads the opening word, and a question that thanks someone is neither", () => {
    expect(opensWithThanks("Thanks, that helps")).toBe(true);
    expect(opensWithThanks("спасибо!")).toBe(true);
    expect(opensWithThanks("thankfully")).toBe(false);
    expect(opensWithThanks("did Velmar thank Dorn?")).toBe(false);
    expect(opensWithBye("пока!")).toBe(true);
    expect(opensWithBye("byelection news")).toBe(false);
    expect(smallTalk("did Velmar thank Dorn")).toBeUndefined();
  });
});
