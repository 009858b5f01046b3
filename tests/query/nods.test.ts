/** "ok", "cool", "хорошо", "жақсы" alone: a short nod back with one example question, not the hello. */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase } from "./fixture.ts";

const answerer = new Answerer(fixtureBase());

describe("a nod", () => {
  it.each(["ok", "okay", "cool", "good", "Good!", "OK."])("%s gets a nod and one example", (text) => {
    expect(answerer.answer(text).text).toMatch(
      /^OK! Ask me about meetings of parliament leaders whenever you like\. Try: “[^”]*”\.$/,
    );
  });

  it.each([
    ["ок", /^Хорошо! .*«[^»]*»\.$/],
    ["хорошо", /^Хорошо! .*«[^»]*»\.$/],
    ["жақсы", /^Жақсы! .*«[^»]*»\.$/],
  ])("%s gets a nod in its language", (text, expected) => {
    expect(answerer.answer(text).text).toMatch(expected);
  });

  it("is only the word alone: 'good morning' is a hello, 'thanks' a you're welcome", () => {
    expect(answerer.answer("good morning").text).toMatch(/^Hello!/);
    expect(answerer.answer("thanks").text).toMatch(/^You're welcome!/);
  });
});
