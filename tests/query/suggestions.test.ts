/**
 * Names the base does not know: never corrected into someone whose name starts with another letter and
 * differs by two ("Bosman" is not Gusman), and "Did you mean" offers only people whose surname is spelled
 * like a word typed (not someone whose given name is). Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW, speaker } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [{ id: "a-1", file: "one.txt", published: "2024-02-02", sentences: [] }],
  people: [
    speaker("gusman", "Oleg Gusman", "Russia", "a-1"),
    speaker("rejepov", "Batyr Rejepov", "Turkmenistan", "a-1"),
    speaker("karov", "Ivo Karovic", "Serbia", "a-1"),
    speaker("zheen", "Almaz Zheenbekov", "Kyrgyzstan", "a-1"),
    speaker("okoro", "Lando Okoro", "Norway", "a-1"),
  ],
  meetings: [
    meeting({ id: "m-1", articleId: "a-1", participants: ["gusman", "rejepov"] }),
    meeting({ id: "m-2", articleId: "a-1", participants: ["karov", "zheen"] }),
    meeting({ id: "m-3", articleId: "a-1", participants: ["okoro", "karov"], place: "Oslo" }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a name the base does not know", () => {
  it("is not corrected into a name with another first letter two letters away", () => {
    const text = ask("who met Bosman?");
    expect(text).toMatch(/^I don't know anything about Bosman/);
    expect(text).not.toContain("Gusman");
  });
  it("still finds a near spelling that keeps the first letter, or a long transliteration", () => {
    expect(ask("who met Gusmn?")).toContain("Batyr Rejepov");
    expect(ask("who met Jeenbekov?")).toContain("Ivo Karovic");
  });
  it("is offered only people whose surname is spelled like it", () => {
    const text = ask("who met Batet?");
    expect(text).toMatch(/^I don't know anything about Batet/);
    expect(text).not.toContain("Rejepov");
    expect(ask("who met Ana Karovik?")).toContain("Did you mean Ivo Karovic?");
  });
  it("is not a word typed in lower case by someone who capitalises names", () => {
    expect(ask("Where did the Serbian delegation land?")).not.toContain("anything about land");
    // All in lower case, capitals tell nothing: a word spelled like a name may be one.
    expect(ask("where did the delegation land?")).toContain("anything about land");
  });
});

describe("a suggestion for a full name typed", () => {
  const withFamilyFirst: FactBase = {
    ...base,
    people: [...base.people, speaker("zhang", "Zhang Wenlin", "China", "a-1", ["Zhang"])],
    meetings: [...base.meetings, meeting({ id: "m-4", articleId: "a-1", participants: ["zhang", "okoro"] })],
  };
  const askFamily = (q: string) => new Answerer(withFamilyFirst, { now: NOW }).answer(q).text;
  it("is someone whose name word alike stands in the same place of their name", () => {
    // "Zheng" typed last is no slip of "Zhang", the first word of Zhang Wenlin.
    expect(askFamily("who met Mei Zheng?")).toMatch(/^I don't know anything about Mei Zheng/);
    expect(askFamily("who met Mei Zheng?")).not.toContain("Did you mean");
    // Typed first, where Zhang Wenlin has it, it may be.
    expect(askFamily("who met Zheng Mei?")).toContain("Did you mean Zhang Wenlin?");
  });
});
