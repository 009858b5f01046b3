// The two readings of a title line this session added: a Title Case line makes its one-word names weak
// (title-case-lines.ts), and a trailing "- <source>" names who said it, not a side (headline-attribution.ts).
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/extract/document.ts";
import { headlineSourceFrom } from "../../src/extract/headline-attribution.ts";
import type { NameSpan } from "../../src/extract/names.ts";
import { tokenize } from "../../src/extract/text.ts";
import { isTitleCaseLine, titleCaseWeakened } from "../../src/extract/title-case-lines.ts";

const line = (text: string, headline = true): Sentence => ({
  index: 0,
  text,
  tokens: tokenize(text),
  found: [],
  headline,
  paragraph: 0,
  mentions: [],
});
const span = (from: number, to: number, name: string): NameSpan =>
  ({ from, to, name, titled: false, weak: false }) as NameSpan;

describe("Title Case lines", () => {
  it("knows a line that capitalises every word but minor ones", () => {
    expect(isTitleCaseLine(tokenize("Speaker Arrives In Ostria On Official Visit"))).toBe(true);
    expect(isTitleCaseLine(tokenize("Speaker of the Senate Receives Envoy"))).toBe(true);
    expect(isTitleCaseLine(tokenize("Speaker arrives in Ostria on an official visit"))).toBe(false);
    // Too short to tell a Title Case line from a name.
    expect(isTitleCaseLine(tokenize("Marek Dravolin"))).toBe(false);
  });

  it("weakens a Title Case headline's one-word names only", () => {
    const tokens = tokenize("Head Arrives In Ostria To Meet Marek Dravolin");
    const spans = [span(0, 1, "Head"), span(6, 8, "Marek Dravolin")];
    const out = titleCaseWeakened(spans, tokens, true);
    expect(out.map((s) => s.weak)).toEqual([true, false]);
    // A body sentence keeps its names as found.
    expect(titleCaseWeakened(spans, tokens, false)).toBe(spans);
  });
});

describe("a title's trailing source", () => {
  it("starts at the words after a spaced dash", () => {
    const s = line("Speaker Arrives In Ostria On Official Visit - Ostrian Senator");
    expect(s.tokens[headlineSourceFrom(s)]?.text).toBe("Ostrian");
  });

  it("is none in a title without a dash, or in a body sentence", () => {
    const title = line("Speaker Meets Ostrian Senator");
    expect(headlineSourceFrom(title)).toBe(title.tokens.length);
    const body = line("The Speaker arrived - Ostrian Senator", false);
    expect(headlineSourceFrom(body)).toBe(body.tokens.length);
  });
});
