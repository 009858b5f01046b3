import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/folder.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { Answerer } from "../../src/query/index.ts";

// The seed questions, on the real pipeline: the seed articles, the extractor, the answerer.
describe("answers on the seed articles", () => {
  const { articles } = readCorpus(join(import.meta.dirname, "..", "..", "seeds"));
  const answerer = new Answerer(extractFacts(articles));
  const secondSeed = articles.find((a) => a.paragraphs.flat().some((s) => s.includes("Koshanov")));
  const ask = (q: string) => answerer.answer(q);

  it("who met Koshanov? names Amarbayasgalan and the second seed", () => {
    const a = ask("who met Koshanov?");
    expect(a.text).toContain("Amarbayasgalan");
    expect(a.sources.map((s) => s.file)).toContain(secondSeed?.file);
  });
  it("who did Nigmatulin meet? names Chung Sye-kyun, Volodin and Babloyan", () => {
    const text = ask("who did Nigmatulin meet?").text;
    for (const name of ["Chung Sye-kyun", "Volodin", "Babloyan"]) expect(text).toContain(name);
  });
  it("when did Koshanov meet the Mongolian speaker? answers 4 September 2025", () => {
    expect(ask("when did Koshanov meet the Mongolian speaker?").text).toContain("4 September 2025");
  });
  it("what did Kazakhstan and Mongolia sign? names the memorandum of cooperation", () => {
    expect(ask("what did Kazakhstan and Mongolia sign?").text.toLowerCase()).toContain(
      "memorandum of cooperation",
    );
  });
  it("who is Babloyan? gives his role", () => {
    expect(ask("who is Babloyan?").text).toMatch(/Chairman|Speaker/);
  });
  it("finds Koshanov typed with a typo or in Cyrillic", () => {
    expect(ask("who met koshanof").text).toContain("Amarbayasgalan");
    expect(ask("Кошанов").text).toContain("Koshanov");
  });
  it("who met Obama? says it does not know", () => {
    expect(ask("who met Obama?").text).toMatch(/^I don't know/);
  });
  it("when did Nigmatulin meet Volodin? says the article gives no date", () => {
    const text = ask("when did Nigmatulin meet Volodin?").text;
    expect(text).toContain("the article gives no date");
    expect(text).not.toMatch(/\b(19|20)\d\d\b/);
  });
  it("never names Khürelsükh as someone Koshanov met", () => {
    expect(ask("who met Koshanov?").text).not.toMatch(/Kh[uü]rels[uü]kh/);
  });
});
