/**
 * Odd questions (found by the fuzz harness, bench/fuzz.ts): a question typed without spaces is one
 * "word" longer than any name, which is no name's spelling; fuse.js cut it into pieces of 32 letters
 * and matched each against every name word (a token found by one piece alone), for every one of its
 * swapped-letter variants: 42 s for 500 letters on the development base. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { NearNames } from "../../src/query/near-names.ts";
import { fixtureBase } from "./fixture.ts";

const TOKENS = ["dennet", "varga", "holt", "korvath", "velmar", "v"];

describe("a word longer than any name", () => {
  it("has no near spelling among the name words, while a typo of a name still has", () => {
    const near = new NearNames(TOKENS);
    expect(near.search("whendiddennetmeetvargainkorvathv", 8, 0.34).map((h) => h.item)).toEqual([]);
    expect(near.search("whendiddennetmeetvargainkorvath?v", 8, 0.34)).toEqual([]);
    expect(near.search("dennett", 8, 0.34).map((h) => h.item)).toContain("dennet");
  });

  it("as a question gets a reply at once: the help, or what it names", () => {
    const answerer = new Answerer(fixtureBase());
    const letters = "qwertyuiopasdfghjklzxcvbnm".repeat(20);
    expect(answerer.answer(letters).text).toMatch(/Try: .*who met/);
    expect(answerer.answer(`who met ${letters}`).text).toMatch(/^I don't know anything about qwerty/);
  });
});
