/**
 * Text that reads as code is no question about people: its capitalised keywords are not unknown
 * names, and it gets the reply on what the bot knows. Real names typed in capitals still work.
 */
import { describe, expect, it } from "vitest";
import { codeWords } from "../../src/query/code-words.ts";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase } from "./fixture.ts";

const answerer = new Answerer(fixtureBase());

describe("code is not a name", () => {
  it.each(["'; DROP TABLE users; --", "SELECT * FROM meetings", "Drop Table users", "MAX_LEN"])(
    "%s gets the off-topic reply with examples",
    (text) => {
      const reply = answerer.answer(text).text;
      expect(reply).toMatch(/^I only know about meetings of parliament leaders\. Try: “/);
      expect(reply).not.toMatch(/don't know anything about/);
    },
  );

  it("a name typed all in capitals is still the person, an unknown one still unknown", () => {
    expect(answerer.answer("who met KOSHANOV?").text).toBe(answerer.answer("who met Koshanov?").text);
    expect(answerer.answer("who met VELDORAN?").text).toMatch(/^I don't know anything about VELDORAN/);
  });

  it("marks keywords only in capitals, beside another keyword or all upper case", () => {
    const none = () => undefined;
    expect(codeWords(["DROP", "TABLE", "users"], none)).toEqual([true, true, false]);
    expect(codeWords(["Select", "From", "meetings"], none)).toEqual([true, true, false]);
    // A lone capitalised keyword and lower-case question words are no code.
    expect(codeWords(["Order", "of", "the", "Nile"], none)).toEqual([false, false, false, false]);
    expect(codeWords(["who", "met", "him", "from", "where"], none)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(codeWords(["KOSHANOV"], none)).toEqual([false]);
    expect(codeWords(["USER", "ID"], () => "USER_ID")).toEqual([true, true]);
  });
});
