/**
 * Choosing the sentence to quote when no typed intent answers (quotes.ts): a report that names the
 * question's entities outranks another report whose sentence merely shares more of its words; a reply
 * quotes one report; and a question word that the articles have only inside a longer word weighs as
 * that word, instead of outweighing every other. Names, places and events invented.
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
      id: "a-forum",
      file: "forum.txt",
      published: "2024-05-02",
      sentences: [
        "Speakers of Moldova and Chile meet at the Brenholt forum",
        "Speaker Ilinca Varna received Speaker Tomas Quilen at the forum in Brenholt.",
        "The forum welcomed a joint declaration on river ports.",
        "Varna came to Brenholt to attend the opening of the harbour museum.",
        "It was noted that over four years mutual trade has grown fivefold to 900 million dollars.",
      ],
    },
    {
      id: "a-valdrun",
      file: "valdrun.txt",
      published: "2024-06-11",
      sentences: [
        "Speakers of Peru and Latvia meet in Valdrun",
        "Speaker Anselm Rudka received Speaker Lucia Ferrand in Valdrun.",
        "The speakers of Peru and Latvia welcomed the joint declaration on fisheries and on river ports.",
        "The talks welcomed progress on the joint fisheries register.",
        "Rudka hopes that trade turnover between Peru and Latvia will keep growing.",
      ],
    },
    {
      id: "a-ostrel",
      file: "ostrel.txt",
      published: "2024-07-20",
      sentences: [
        "Speaker Anselm Rudka visited the grain port of Ostrel.",
        "He travelled there by night train.",
      ],
    },
  ],
  people: [
    speaker("varna", "Ilinca Varna", "Moldova", "a-forum"),
    speaker("quilen", "Tomas Quilen", "Chile", "a-forum"),
    speaker("rudka", "Anselm Rudka", "Peru", "a-valdrun"),
    speaker("ferrand", "Lucia Ferrand", "Latvia", "a-valdrun"),
  ],
  meetings: [
    meeting({
      id: "m-forum",
      articleId: "a-forum",
      participants: ["varna", "quilen"],
      countries: ["Moldova", "Chile"],
      place: "Brenholt",
    }),
    meeting({
      id: "m-valdrun",
      articleId: "a-valdrun",
      participants: ["rudka", "ferrand"],
      countries: ["Peru", "Latvia"],
      place: "Valdrun",
    }),
  ],
});
const gazetteer = countryGazetteer();
const index = new FactIndex(base, (name) => gazetteer.code(name));
const keywords = (words: string) => words.split(" ").map(stem);
const quoted = (quotes: { sentence: { articleId: string; text: string } }[]) =>
  quotes.map((q) => q.sentence.text);

describe("ranking sentences across the fact base", () => {
  it("prefers the report that names the question's entities to one that shares more words", () => {
    const words = keywords("joint declaration fisheries river ports");
    // Without entities, the sentence with every word wins (the other report's).
    const plain = bestSentences(index, undefined, words, { limit: 1 });
    expect(quoted(plain)[0]).toContain("fisheries");
    // The question names Moldova: the report about it is the one asked about.
    const entities = [new Set(["a-forum"])];
    const named = bestSentences(index, undefined, words, { limit: 1, entities });
    expect(quoted(named)).toEqual(["The forum welcomed a joint declaration on river ports."]);
  });

  it("quotes sentences of one report only", () => {
    const quotes = bestSentences(index, undefined, keywords("port"), { limit: 2, minShare: 0.1 });
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((q) => q.sentence.articleId)).size).toBe(1);
  });

  it("weighs a word the articles have only inside a longer one ('travel' in 'travelled') as that word", () => {
    expect(index.articleFrequency(stem("travel"))).toBe(0);
    // The sentence with the other words answers; the one with "travelled" alone does not outweigh it.
    const quotes = bestSentences(index, undefined, keywords("travel harbour museum opening"), { limit: 1 });
    expect(quoted(quotes)).toEqual(["Varna came to Brenholt to attend the opening of the harbour museum."]);
  });
});

describe("answering a free-form question from the articles", () => {
  const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q);

  it("quotes the sentence that answers, with its source, and no other report", () => {
    const reply = ask("why did Varna travel to Brenholt?");
    expect(reply.text).toContain("harbour museum");
    expect(reply.sources.map((s) => s.articleId)).toEqual(["a-forum"]);
  });

  it("keeps to the report of the countries asked about over a closer match about other countries", () => {
    const reply = ask("how much did Moldovan-Chilean trade grow?");
    expect(reply.text).toContain("900 million");
    expect(reply.text).not.toContain("Peru");
  });

  it("answers through `parlbot ask` the same way", () => {
    const { status, answer } = askThroughCli(base, "why did Varna travel to Brenholt?");
    expect(status).toBe(0);
    expect(answer?.text).toContain("harbour museum");
    expect(answer?.sources.map((s) => s.articleId)).toEqual(["a-forum"]);
  });
});

describe("choosing the reports to read among many", () => {
  // Thirty reports with the same sentence, and the last with one word more: more than are read.
  const many = factBase({
    articles: Array.from({ length: 30 }, (_, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      file: `r${i}.txt`,
      published: "2024-03-01",
      sentences: [
        i === 29
          ? "The deputies of Ostrava and Pelmor discussed irrigation canals."
          : "The deputies of Ostrava and Pelmor discussed irrigation.",
      ],
    })),
    people: [],
    meetings: [],
  });
  const manyIndex = new FactIndex(many, () => undefined);
  const keywords = [stem("irrigation"), stem("canals")];

  it("reads the report with more of the words, though it comes last", () => {
    expect(bestSentences(manyIndex, undefined, keywords)[0]?.sentence.articleId).toBe("r29");
  });

  it("among reports that tie, reads them in the order met", () => {
    expect(bestSentences(manyIndex, undefined, [stem("irrigation")])[0]?.sentence.articleId).toBe("r00");
  });

  it("weighs each article by the keywords it holds, in the order met", () => {
    const weigh = manyIndex.weighArticles(keywords, (k) => (k === stem("canals") ? 2 : 1));
    expect(weigh.ids.slice(0, 2)).toEqual(["r00", "r01"]);
    expect(weigh.ids).toHaveLength(30);
    expect(weigh.scores[29]).toBe(3);
    expect(weigh.scores[0]).toBe(1);
    // Among a few (looked up one by one when fewer than a keyword's articles).
    const within = manyIndex.weighArticles(keywords, () => 1, new Set(["r29", "r03"]));
    expect(within).toEqual({ ids: ["r03", "r29"], scores: [1, 2] });
  });
});
