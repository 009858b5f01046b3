// Two readings this session added, on token spans alone: an "of" phrase naming a body after a list
// of bare names makes each a member of it (members-of-after-list.ts), and a lone weak word that
// speaks in two sentences is a surname (speaking-surnames.ts). Invented names throughout.
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/extract/document.ts";
import { membersOfAfterList } from "../../src/extract/members-of-after-list.ts";
import type { NameSpan } from "../../src/extract/names.ts";
import { speakingSingleNames } from "../../src/extract/speaking-surnames.ts";
import { tokenize } from "../../src/extract/text.ts";

// The token spans of the given words, in order (each word once in the text).
const spansOf = (text: string, names: string[]) => {
  const tokens = tokenize(text);
  return names.map((n) => {
    const first = n.split(" ")[0] as string;
    const from = tokens.findIndex((t) => t.text === first);
    return { from, to: from + n.split(" ").length };
  });
};

describe("members of the body an 'of' phrase after a list names", () => {
  it("gives each name of the list the membership", () => {
    const text = "The Speaker met Anna Velk and Piet Dorran of the Foreign Affairs Committee in the capital.";
    const roles = membersOfAfterList(tokenize(text), [], spansOf(text, ["Anna Velk", "Piet Dorran"]));
    expect([...roles.keys()]).toEqual([0, 1]);
    expect(roles.get(0)?.title).toBe("member of the Foreign Affairs Committee");
  });

  it("ends the body's name before a day or a month, but keeps a name's own 'on'", () => {
    const day = "The Speaker met Anna Velk and Piet Dorran of the Foreign Affairs Committee on Monday.";
    const onDay = membersOfAfterList(tokenize(day), [], spansOf(day, ["Anna Velk", "Piet Dorran"]));
    expect(onDay.get(1)?.title).toBe("member of the Foreign Affairs Committee");
    const month = "The Speaker met Anna Velk and Piet Dorran of the Budget Committee in March.";
    const inMonth = membersOfAfterList(tokenize(month), [], spansOf(month, ["Anna Velk", "Piet Dorran"]));
    expect(inMonth.get(0)?.title).toBe("member of the Budget Committee");
    const named = "The Speaker met Anna Velk and Piet Dorran of the Committee on Legal Affairs on Friday.";
    const inside = membersOfAfterList(tokenize(named), [], spansOf(named, ["Anna Velk", "Piet Dorran"]));
    expect(inside.get(0)?.title).toBe("member of the Committee on Legal Affairs");
  });

  it("gives none to a single name, nor to staff of a body", () => {
    const one = "The Speaker met Piet Dorran of the Foreign Affairs Committee.";
    expect(membersOfAfterList(tokenize(one), [], spansOf(one, ["Piet Dorran"])).size).toBe(0);
    const staff = "The Speaker met Anna Velk and Piet Dorran of the Assembly secretariat.";
    expect(membersOfAfterList(tokenize(staff), [], spansOf(staff, ["Anna Velk", "Piet Dorran"])).size).toBe(
      0,
    );
  });
});

describe("lone names vouched for by speech", () => {
  const sentence = (index: number, text: string): Sentence => ({
    index,
    text,
    tokens: tokenize(text),
    found: [],
    headline: false,
    paragraph: index,
    mentions: [],
  });
  const weakAt = (s: Sentence, word: string): NameSpan[] => {
    const from = s.tokens.findIndex((t) => t.text === word);
    return [{ from, to: from + 1, name: word, titled: false, weak: true } as NameSpan];
  };

  it("are names when they speak in two sentences", () => {
    const a = sentence(0, "Cooperation is growing, Velidaf stated.");
    const b = sentence(1, "Trade, Velidaf noted, doubled last year.");
    expect(speakingSingleNames([a, b], [weakAt(a, "Velidaf"), weakAt(b, "Velidaf")])).toEqual(
      new Set(["velidaf"]),
    );
  });

  it("are not when they speak once, or open the sentence", () => {
    const a = sentence(0, "Cooperation is growing, Velidaf stated.");
    const b = sentence(1, "Velidaf said trade doubled.");
    expect(speakingSingleNames([a, b], [weakAt(a, "Velidaf"), weakAt(b, "Velidaf")]).size).toBe(0);
  });
});
