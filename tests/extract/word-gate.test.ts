/**
 * The literal-word gate (src/extract/word-gate.ts): a pattern whose words are absent is not run, and
 * where they are present the gated pattern answers as the pattern does. Sentences invented.
 */
import { describe, expect, it } from "vitest";
import { gated, mayHaveWord } from "../../src/extract/word-gate.ts";

/** A pattern that counts its searches (test, exec and search all go through exec). */
function counted(source: RegExp): { pattern: RegExp; runs: () => number } {
  let n = 0;
  const pattern = new RegExp(source.source, source.flags);
  const exec = pattern.exec.bind(pattern);
  pattern.exec = (text: string) => {
    n++;
    return exec(text);
  };
  return { pattern, runs: () => n };
}

describe("word gate", () => {
  it("reads a text's words as runs of ASCII letters and digits, in lower case", () => {
    const text = "Speaker Dorvan-Klee's VISIT to Marlowe (2031), co-chaired.";
    for (const w of ["speaker", "dorvan", "klee", "s", "visit", "to", "marlowe", "2031", "co", "chaired"])
      expect(mayHaveWord(text, w)).toBe(true);
  });

  it("does not run a pattern whose words are absent", () => {
    const { pattern, runs } = counted(/\b(?:signed|inked)\b/i);
    const gate = gated(pattern, ["signed", "inked"]);
    expect(gate.test("Speaker Orvel met the Tarsian delegation in Velm.")).toBe(false);
    expect(gate.exec("Speaker Orvel met the Tarsian delegation in Velm.")).toBeNull();
    expect(runs()).toBe(0);
  });

  it("answers as the pattern where a word is present", () => {
    const source = /\b(?:signed|inked)\s+an? (\w+)/i;
    const gate = gated(new RegExp(source.source, source.flags), ["signed", "inked"]);
    for (const text of [
      "The two speakers SIGNED a memorandum in Velm.",
      "Orvel and Tash inked an accord.",
      "The signed-off memo was read.", // the word is there, the pattern does not match
      "Undersigned parties met.", // a longer word is not the word: the pattern does not match either
    ]) {
      expect(gate.test(text)).toBe(source.test(text));
      expect(gate.exec(text)?.[1]).toBe(source.exec(text)?.[1]);
      expect(gate.search(text)).toBe(text.search(source));
    }
  });

  it("gives a global pattern's matches, and leaves it at 0 when it skips the search", () => {
    const gate = gated(/\btrip to (\w+)/g, ["trip"]);
    expect(gate.all("A trip to Velm, then a trip to Orsk.").map((m) => m[1])).toEqual(["Velm", "Orsk"]);
    gate.pattern.lastIndex = 5;
    expect(gate.test("No travel here.")).toBe(false);
    expect(gate.pattern.lastIndex).toBe(0);
  });

  it("opens for the characters a case-insensitive Unicode pattern folds to ASCII", () => {
    const source = /\bsigned\b/iu;
    const gate = gated(source, ["signed"]);
    expect(source.test("They ſigned it.")).toBe(true);
    expect(gate.test("They ſigned it.")).toBe(true);
  });

  it("refuses a word it could never find", () => {
    expect(() => gated(/Signed/, ["Signed"])).toThrow(/lower-case ASCII/);
    expect(() => gated(/co-chaired/, ["co-chaired"])).toThrow(/lower-case ASCII/);
  });
});
