/**
 * People a question gives by description ("the Russian ambassador", "the Senate speaker", "the
 * Majilis speaker", "the Russian vice-speaker"): the meetings answered are those where someone fits
 * each description by office, deputy or not, body and country. Names invented.
 */
import { describe, expect, it } from "vitest";
import { CountryGazetteer } from "../../src/query/countries.ts";
import { descriptionsIn, fitsDescription } from "../../src/query/described.ts";
import { Answerer } from "../../src/query/index.ts";
import { reportedAs } from "../../src/query/reported-words.ts";
import { stem } from "../../src/text/stem.ts";
import { factBase, meeting, NOW } from "./fixture.ts";

const person = (
  id: string,
  name: string,
  country: string,
  title: string,
  body: string | undefined,
  articleId: string,
) => ({
  id,
  name,
  aliases: [],
  country,
  roles: [{ title, ...(body ? { body } : {}), country, articleId }],
});
const temirbek = person(
  "temirbek",
  "Dauren Temirbek",
  "Kazakhstan",
  "Chairman of the Senate",
  "Senate",
  "a-1",
);
const base = factBase({
  articles: [
    {
      id: "a-1",
      file: "one.txt",
      published: "2024-01-10",
      sentences: ["Dauren Temirbek received Ilya Sorokov."],
    },
    {
      id: "a-2",
      file: "two.txt",
      published: "2024-02-10",
      sentences: ["Aigerim Saltanova met Pavel Gromtsev."],
    },
    {
      id: "a-3",
      file: "three.txt",
      published: "2024-03-10",
      sentences: ["Dauren Temirbek met Pavel Gromtsev."],
    },
  ],
  people: [
    temirbek,
    person("sorokov", "Ilya Sorokov", "Russia", "Ambassador of Russia to Kazakhstan", undefined, "a-1"),
    person("gromtsev", "Pavel Gromtsev", "Russia", "Deputy Chairman of the State Duma", "State Duma", "a-2"),
    person("saltanova", "Aigerim Saltanova", "Kazakhstan", "Chairman of the Majilis", "Majilis", "a-2"),
  ],
  meetings: [
    meeting({
      id: "m-1",
      articleId: "a-1",
      participants: ["temirbek", "sorokov"],
      topics: ["cross-border trade"],
    }),
    meeting({
      id: "m-2",
      articleId: "a-2",
      participants: ["saltanova", "gromtsev"],
      topics: ["energy supply"],
    }),
    meeting({
      id: "m-3",
      articleId: "a-3",
      participants: ["temirbek", "gromtsev"],
      topics: ["school exchanges"],
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;
const countries = new CountryGazetteer();
// The one description a phrase gives.
const only = (phrase: string) => {
  const [d] = descriptionsIn(phrase, countries);
  if (!d) throw new Error(`no description read in "${phrase}"`);
  return d;
};

describe("descriptions of people in a question", () => {
  it("read the office, whether a deputy's, the body's words and the country", () => {
    const [d] = descriptionsIn("which Kuwaiti prime minister received the delegation?", countries);
    expect(d?.countries).toEqual(["KWT"]);
    expect(d?.office.test("prime minister")).toBe(true);
    const [vice] = descriptionsIn("what did the Azerbaijani vice-speaker say?", countries);
    expect(vice?.deputy).toBe(true);
    const [senate] = descriptionsIn("what did the Senate speaker say?", countries);
    expect(senate?.body).toEqual([stem("senate")]);
  });
  it("are not read from an office said bare", () => {
    expect(descriptionsIn("what did the speaker say?", countries)).toEqual([]);
  });
  it("fit a person by office, deputy or not, body and country", () => {
    expect(fitsDescription(temirbek, "a-1", "KAZ", only("the Senate speaker"), countries)).toBe(true);
    expect(fitsDescription(temirbek, "a-1", "KAZ", only("the Duma vice-speaker"), countries)).toBe(false);
    expect(fitsDescription(temirbek, "a-1", "KAZ", only("the Russian speaker"), countries)).toBe(false);
  });
});

describe("answering about people given by description", () => {
  it("keeps to the meeting of the two people described", () => {
    const text = ask("what did the Senate speaker and the Russian ambassador discuss?");
    expect(text).toContain("cross-border trade");
    expect(text).not.toContain("school exchanges");
    expect(text).not.toContain("energy supply");
  });
  it("tells a deputy from the holder, and one chamber from the other", () => {
    const text = ask("what did the Majilis speaker discuss with the Russian vice-speaker?");
    expect(text).toContain("energy supply");
    expect(text).not.toContain("school exchanges");
  });
});

describe("words that report saying", () => {
  it("include noting, stressing and pointing out", () => {
    for (const w of ["noted", "stressed", "pointed", "emphasized"])
      expect(reportedAs(stem("say"))).toContain(stem(w));
  });
});
