/**
 * Finding the sentence that answers a question about one report (quotes.ts, compose/quoting.ts): a
 * report that names everything the question names is read though none of its meetings was recorded;
 * a city typed in lower case still tells which report is meant; what a "why" question asks for (the
 * purpose) weighs as much as its heaviest word; and a sentence with nothing but the question's country
 * words is not quoted over one with its own words. Names and places invented; countries real.
 */
import { describe, expect, it } from "vitest";
import { FactIndex } from "../../src/facts/index.ts";
import { countryGazetteer } from "../../src/query/countries.ts";
import { Answerer } from "../../src/query/index.ts";
import { bestSentences } from "../../src/query/quotes.ts";
import { stem } from "../../src/text/stem.ts";
import { askThroughCli, factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-unnamed",
      file: "unnamed.txt",
      published: "2024-03-05",
      sentences: [
        "The Speaker of the Saeima met a delegation led by the Speaker of the Chilean Chamber.",
        "In Riga they discussed cooperation between Latvia and Chile in polar research.",
      ],
    },
    {
      id: "a-named",
      file: "named.txt",
      published: "2024-06-01",
      sentences: [
        "Speaker Aiga Rendorfa received Speaker Tomas Quilen in Valparaiso.",
        "Rendorfa and Quilen discussed wine exports between Latvia and Chile.",
        "Latvian and Chilean choirs sang at the reception in Valparaiso.",
        "Quilen will travel to Kessel by car.",
      ],
    },
    {
      id: "a-trip",
      file: "trip.txt",
      published: "2024-07-01",
      sentences: [
        "Speaker Aiga Rendorfa arrived in Tarvaso on Wednesday with a delegation of the Saeima.",
        "According to her office, the purpose of the visit is for Rendorfa to take part in the lake forum.",
        "Wine was served at dinner.",
      ],
    },
    {
      id: "a-oslo",
      file: "oslo.txt",
      published: "2024-08-01",
      sentences: [
        "Speaker Aiga Rendorfa met Speaker Tomas Quilen in Oslo.",
        "The Latvian speaker will participate in the opening of the choir festival.",
        "Singers took part in the evening, and wine was served.",
      ],
    },
    {
      id: "a-lisbon",
      file: "lisbon.txt",
      published: "2024-09-01",
      sentences: [
        "Speaker Aiga Rendorfa met Speaker Tomas Quilen in Lisbon.",
        "She has come to reaffirm support for the fishing fleet.",
        "Students took part in the evening, and wine was served.",
      ],
    },
  ],
  people: [
    speaker("rendorfa", "Aiga Rendorfa", "Latvia", "a-named"),
    speaker("quilen", "Tomas Quilen", "Chile", "a-named"),
  ],
  meetings: [
    meeting({
      id: "m-named",
      articleId: "a-named",
      participants: ["rendorfa", "quilen"],
      countries: ["Latvia", "Chile"],
      place: "Valparaiso",
      topics: ["wine exports"],
    }),
    meeting({ id: "m-trip", articleId: "a-trip", participants: ["rendorfa"], place: "Tarvaso" }),
    meeting({ id: "m-oslo", articleId: "a-oslo", participants: ["rendorfa", "quilen"], place: "Oslo" }),
    meeting({ id: "m-lisbon", articleId: "a-lisbon", participants: ["rendorfa", "quilen"], place: "Lisbon" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q);
const sourcesOf = (reply: { sources: { articleId: string }[] }) => reply.sources.map((s) => s.articleId);

describe("the report a question is about", () => {
  it("reads a report that names every country and city asked, though no meeting of it was recorded", () => {
    const reply = ask("what did Latvia and Chile discuss in Riga?");
    expect(reply.text).toContain("polar research");
    expect(sourcesOf(reply)).toContain("a-unnamed");
  });

  it("takes a city typed in lower case as naming the report", () => {
    // The Oslo report has a word of purpose too; the city says which report is meant.
    const reply = ask("why did the Latvian speaker come to lisbon?");
    expect(reply.text).toContain("fishing fleet");
    expect(sourcesOf(reply)).toEqual(["a-lisbon"]);
  });
});

describe("what a question asks for", () => {
  it("answers 'why' with the sentence of purpose, though it has none of the question's other words", () => {
    expect(ask("why did Rendorfa travel to Tarvaso?").text).toContain("lake forum");
  });

  it("does not quote a sentence with only the question's country words over one with its own words", () => {
    const gazetteer = countryGazetteer();
    const index = new FactIndex(base, (name) => gazetteer.code(name));
    const quotes = bestSentences(index, ["a-named"], [stem("wine")], {
      minShare: 0.25,
      secondary: ["latvian", "chilean"].map(stem),
    });
    expect(quotes.map((q) => q.sentence.text)).toEqual([
      "Rendorfa and Quilen discussed wine exports between Latvia and Chile.",
    ]);
  });

  it("answers through `parlbot ask` the same way", () => {
    const { status, answer } = askThroughCli(base, "why did Rendorfa travel to Tarvaso?");
    expect(status).toBe(0);
    expect(answer?.text).toContain("lake forum");
    expect(answer?.sources.map((s) => s.articleId)).toEqual(["a-trip"]);
  });
});
