/**
 * A name no person of the base bears: the reply says whether any article's text has it, and it must be
 * true. When articles name it (only mentioned, or missed by extraction), the reply says in how many and
 * cites them; only when no article's text has the name, as whole words, does it say no article does.
 * Every name and sentence here is invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { askThroughCli, factBase, NOW, vargaAndKastell } from "./fixture.ts";

const pair = vargaAndKastell("a-talks");
const base = factBase({
  articles: [
    {
      id: "a-talks",
      file: "talks.txt",
      url: "https://news.example.org/talks",
      published: "2024-04-02",
      sentences: [
        "Speaker Ilona Varga met Speaker Oren Kastell in Drosk on Monday.",
        "Varga praised the work of Tamas Zorbulatov's foundation.",
      ],
    },
    {
      id: "a-prize",
      file: "prize.txt",
      url: "https://news.example.org/prize",
      published: "2024-05-10",
      title: "Drosk hosts a youth forum",
      sentences: ["The forum was opened by Zorbulatov, who thanked the guests."],
    },
    {
      id: "a-street",
      file: "street.txt",
      published: "2024-06-01",
      // The name's letters inside a longer word are no mention of it.
      sentences: ["The delegation walked along Zorbulatovsky Avenue."],
    },
  ],
  people: pair.people,
  meetings: [pair.meeting],
});
const answerer = new Answerer(base, { now: NOW });
const ask = (q: string) => answerer.answer(q);

describe("a name only the articles' text has", () => {
  it("is said to appear in the articles that name it, which are cited, not to be in none", () => {
    const answer = ask("who met Zorbulatov?");
    expect(answer.text).toMatch(
      /^I don't know Zorbulatov: the name appears in 2 articles of my fact base, but no meeting or role of that person is recorded\./,
    );
    expect(answer.text).not.toContain("no article");
    expect(answer.sources.map((s) => s.articleId).sort()).toEqual(["a-prize", "a-talks"]);
    // Each article is shown by the sentence that names them, short enough for a phone.
    expect(answer.text).toContain("“The forum was opened by Zorbulatov, who thanked the guests.” [");
  });

  it("counts one article in the singular", () => {
    expect(ask("who is Tamas Zorbulatov?").text).toMatch(
      /^I don't know Tamas Zorbulatov: the name appears in 1 article of/,
    );
  });

  it("is matched as whole words, so a name whose words stand apart is in no article", () => {
    const text = ask("who met Oren Zorbulatov?").text;
    expect(text).toMatch(
      /^I don't know anything about Oren Zorbulatov: no article in my fact base mentions that name\./,
    );
  });

  it("still says no article mentions a name no article has", () => {
    expect(ask("who met Quillon?").text).toMatch(
      /^I don't know anything about Quillon: no article in my fact base mentions that name\./,
    );
  });

  it("is said in Russian and Kazakh too, with the count and the sources", () => {
    const ru = ask("Кто встречался с Зорбулатовым?");
    expect(ru.text).toMatch(
      /^Не знаю: имя «Зорбулатовым» есть в 2 статьях моей базы, но ни встречи, ни должности этого человека у меня не записано\./,
    );
    expect(ru.sources).toHaveLength(2);
    const kk = ask("Зорбулатовпен кім кездесті?");
    expect(kk.text).toMatch(/^Білмеймін: «Зорбулатовпен» есімі базамдағы 2 мақалада бар, бірақ/);
    expect(kk.sources).toHaveLength(2);
    // Spelled by its sound, one letter off the articles' spelling, it is still found there.
    expect(ask("Кто встречался с Зорбулятовым?").text).toMatch(
      /^Не знаю: имя «Зорбулятовым» есть в 2 статьях/,
    );
    // A Cyrillic name no article has is still said to be in none.
    expect(ask("Кто встречался с Квиллоном?").text).toMatch(
      /^Не знаю: ни в одной статье моей базы нет имени/,
    );
  });

  it("is answered the same through `parlbot ask`", () => {
    const { status, answer } = askThroughCli(base, "who met Zorbulatov?");
    expect(status).toBe(0);
    expect(answer?.text).toMatch(/^I don't know Zorbulatov: the name appears in 2 articles/);
    expect(answer?.sources.map((s) => s.articleId).sort()).toEqual(["a-prize", "a-talks"]);
  });
});
