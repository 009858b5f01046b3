/**
 * What the wh-phrase of an open question asks for, found by the form of the sentence that answers it: a
 * duration ("a four-day visit") for "how long", a purpose ("came to attend") for "why", a place for
 * "where did X land", an ordinal for "which visit … is this", the agent of a passive for "who
 * accompanied X", an owner for "whose greetings". Each beside a sentence that shares the question's
 * words but not the answer. Names invented.
 */
import { describe, expect, it } from "vitest";
import { answerShapes } from "../../src/query/answer-shape.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2024-05-02",
      sentences: [
        "Speaker Lidia Varga received Speaker Oren Talmi in Brenholt.",
        "Talmi praised the long friendship between the two nations.",
        "Talmi arrived in Lisbon on Monday for a four-day official visit to Portugal.",
        "Talmi is in Portugal on an official visit.",
        "Talmi travelled to Portugal to study the water laws of the Atlantic coast.",
        "Talmi accompanied the Speaker to the harbour.",
        "During the talks, Talmi was accompanied by Deputy Mira Oskarsdottir.",
        "Varga conveyed friendly greetings to Talmi.",
        "Talmi conveyed the greetings of President Anno Ruvik and his wishes for prosperity.",
        "Varga mentioned to Talmi the anniversary celebrations planned in the capital.",
        "Varga recalled the 25th anniversary of diplomatic relations between the two nations.",
        "It is Talmi's third visit to Portugal.",
        "Talmi praised the mayor of Brenholt for the reception.",
        "Talmi himself served as mayor of Haldor from 2009 to 2014.",
        "Varga mentioned the harbour festival in general terms.",
        "Talmi noted cooperation in the field of river science.",
        "Talmi hoped to widen cooperation in shipbuilding, tourism and fisheries.",
        "Varga praised the cooperation of the two parliaments within the NORPA, BSPC and IPU.",
      ],
    },
    {
      id: "a-forum",
      file: "forum.txt",
      published: "2024-06-10",
      sentences: [
        "The Harbour Forum of Coastal Speakers discussed fishing quotas.",
        "Today, the Harbour Forum of Coastal Speakers took place in Portugal.",
        "The fisheries talks of the forum were praised by Varga.",
        "The fisheries talks of the forum will open on Monday, spokesman Ilka Tansky said.",
      ],
    },
  ],
  people: [
    speaker("varga", "Lidia Varga", "Portugal", "a-visit"),
    speaker("talmi", "Oren Talmi", "Israel", "a-visit"),
  ],
  meetings: [meeting({ id: "m-visit", articleId: "a-visit", participants: ["varga", "talmi"] })],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("the shape of the answer a question asks for", () => {
  it("how long: the sentence with a duration, not the one with the word 'long'", () => {
    const text = ask("how long was Talmi's visit to last?");
    expect(text).toContain("four-day");
    expect(text).not.toContain("long friendship");
  });
  it("why: the sentence that gives a purpose over one that only says a visit", () => {
    const text = ask("why was Talmi in Portugal?");
    expect(text).toContain("to study the water laws");
  });
  it("where did X land: the sentence naming where they arrived, not the meeting's place", () => {
    expect(ask("where did Talmi land?")).toContain("Lisbon");
  });
  it("which visit is this: the sentence with the ordinal of the visit", () => {
    expect(ask("which visit of Talmi to Portugal is this?")).toContain("third visit");
  });
  it("what anniversary: the sentence with the ordinal anniversary", () => {
    const text = ask("what anniversary did Varga mention to Talmi?");
    expect(text).toContain("25th anniversary");
    expect(text).not.toContain("anniversary celebrations");
  });
  it("who accompanied X: the passive that names the companion, not X accompanying someone", () => {
    const text = ask("who accompanied Talmi during the talks?");
    expect(text).toContain("Mira Oskarsdottir");
    expect(text).not.toContain("to the harbour");
  });
  it("whose greetings: the sentence with the greetings of someone, not greetings to someone", () => {
    const text = ask("whose greetings did Talmi convey?");
    expect(text).toContain("Anno Ruvik");
    expect(text).not.toContain("friendly greetings to Talmi");
  });
  it("when, in an open question: the sentence with the years", () => {
    const text = ask("when was Talmi mayor, according to the article?");
    expect(text).toContain("from 2009 to 2014");
    expect(text).not.toContain("for the reception");
  });
  it("in which country, asked of no one: the sentence with the place, not the word 'country'", () => {
    const text = ask("In which country did the Harbour Forum of Coastal Speakers take place?");
    expect(text).toContain("took place in Portugal");
    expect(text).not.toContain("fishing quotas");
  });
  it("which organisations: the sentence listing bodies by their acronyms", () => {
    const text = ask("which parliamentary organisations did Varga mention to Talmi?");
    expect(text).toContain("NORPA, BSPC and IPU");
    expect(text).not.toContain("in general terms");
  });
  it("which fields: the sentence listing the fields, not the one with the word 'field'", () => {
    const text = ask("what fields of cooperation did Talmi mention?");
    expect(text).toContain("shipbuilding, tourism and fisheries");
    expect(text).not.toContain("river science");
  });
  it("who announced: the sentence quoting the one who said it", () => {
    const text = ask("who announced the fisheries talks of the forum?");
    expect(text).toContain("Ilka Tansky");
    expect(text).not.toContain("praised by Varga");
  });
  it("a place the reports do not name is not answered with another's purpose", () => {
    const text = ask("why was Talmi in Brazil?");
    expect(text).not.toContain("water laws");
  });
});

describe("answerShapes", () => {
  const never = () => false;
  const shows = (question: string, sentence: string) =>
    answerShapes(question, never).map((shape) => shape.shows(sentence));
  it("reads durations as news prose writes them", () => {
    expect(shows("how long did the visit last?", "a 45-minute meeting")).toEqual([1]);
    expect(shows("how long is the trip?", "starting today until May 2")).toEqual([1]);
    expect(shows("how long is the trip?", "the road from Jakarta to the coast")).toEqual([0]);
  });
  it("counts a visit without a purpose as a weak answer to why", () => {
    const [official] = shows("why was he there?", "He arrived on an official visit.");
    const [purpose] = shows("why was he there?", "He arrived to monitor the elections.");
    expect(official).toBeGreaterThan(0);
    expect(official).toBeLessThan(purpose ?? 0);
  });
  it("reads no shape in a question that asks for none", () => {
    expect(answerShapes("what did Varga and Talmi discuss?", never)).toEqual([]);
  });
});
