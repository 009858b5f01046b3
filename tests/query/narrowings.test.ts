/**
 * Narrowings of a question that the fact base cannot match directly: a country asked of a counterpart
 * whose country is unknown (the meeting's city does not make them its own: only a recorded country,
 * role or body does), and a country asked of what someone signed.
 * Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { FactIndex } from "../../src/facts/index.ts";
import type { Meeting } from "../../src/facts/types.ts";
import { countryGazetteer } from "../../src/query/countries.ts";
import { Answerer } from "../../src/query/index.ts";
import { selectMeetings } from "../../src/query/select.ts";
import { factBase, meeting, NOW } from "./fixture.ts";

// Karim Haddadi's meetings of one trip each, dated the day before their article.
const visit = (id: string, articleId: string, counterpart: string, place: string, start: string): Meeting =>
  meeting({
    id,
    articleId,
    participants: ["haddadi", counterpart],
    countries: ["Egypt"],
    place,
    date: { start, basis: "stated" },
  });

const base = factBase({
  articles: [
    { id: "a-kigali", file: "kigali.txt", published: "2024-05-02", sentences: [] },
    { id: "a-paris", file: "paris.txt", published: "2024-06-10", sentences: [] },
    { id: "a-astana", file: "astana.txt", published: "2025-03-12", sentences: [] },
  ],
  people: [
    {
      id: "haddadi",
      name: "Karim Haddadi",
      aliases: [],
      country: "Egypt",
      roles: [{ title: "Speaker of the House", country: "Egypt", articleId: "a-kigali" }],
    },
    {
      id: "rutayisire",
      name: "Paulin Rutayisire",
      aliases: [],
      country: "Rwanda",
      roles: [{ title: "President of the Senate", country: "Rwanda", articleId: "a-kigali" }],
    },
    // The article gave her role but not her country.
    {
      id: "uwase",
      name: "Jeanne Uwamarego",
      aliases: [],
      roles: [{ title: "Speaker", articleId: "a-kigali" }],
    },
    {
      id: "lemoine",
      name: "Odile Lemoinard",
      aliases: [],
      roles: [{ title: "Senator", articleId: "a-paris" }],
    },
    {
      id: "berikbol",
      name: "Aslan Berikbol",
      aliases: [],
      country: "Kazakhstan",
      roles: [{ title: "Chairman of the Majilis", country: "Kazakhstan", articleId: "a-astana" }],
    },
    {
      id: "oyunbold",
      name: "Gantulga Oyunbold",
      aliases: [],
      country: "Mongolia",
      roles: [{ title: "Chairman of the State Great Khural", country: "Mongolia", articleId: "a-astana" }],
    },
  ],
  meetings: [
    visit("m-senate", "a-kigali", "rutayisire", "Kigali", "2024-05-01"),
    visit("m-chamber", "a-kigali", "uwase", "Kigali", "2024-05-01"),
    visit("m-paris", "a-paris", "lemoine", "Paris", "2024-06-09"),
    meeting({
      id: "m-astana",
      articleId: "a-astana",
      participants: ["berikbol", "oyunbold"],
      countries: ["Kazakhstan", "Mongolia"],
      place: "Astana",
      date: { start: "2025-03-11", basis: "stated" },
      agreements: ["memorandum on pasture research"],
    }),
  ],
});

const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a country asked of counterparts", () => {
  it("does not count a counterpart of unknown country met in that country's city as one of its own", () => {
    const text = ask("Who from Rwanda did Haddadi meet?");
    expect(text).toContain("Paulin Rutayisire");
    expect(text).not.toContain("Jeanne Uwamarego");
  });
  it("leaves out a counterpart of unknown country met in another country", () => {
    expect(ask("Who from Rwanda did Haddadi meet?")).not.toContain("Lemoinard");
    expect(ask("Who from France did Haddadi meet?")).toContain("Lemoinard");
  });
});

describe("what someone signed with a country", () => {
  it("says that nothing with that country is recorded, then names what was signed with others", () => {
    const text = ask("what did Berikbol sign with Argentina?");
    expect(text).toMatch(/^I have no record of an agreement signed by Aslan Berikbol with Argentina\./);
    expect(text).toContain("memorandum on pasture research");
  });
  it("says what the list after the notice is: the documents of their other meetings", () => {
    expect(ask("what did Berikbol sign with Argentina?").split("\n")[0]).toBe(
      "I have no record of an agreement signed by Aslan Berikbol with Argentina. Documents signed at their other meetings:",
    );
    const answerer = new Answerer(base, { now: NOW });
    expect(answerer.answer("что подписал Берикбол с Аргентиной?").text).toContain(
      "Документы, подписанные на других их встречах:",
    );
    expect(answerer.answer("Берикбол Аргентинамен не қол қойды?").text).toContain(
      "Олардың басқа кездесулерінде қол қойылған құжаттар:",
    );
  });
  it("lists the agreements without a notice when the country matches", () => {
    const text = ask("what did Berikbol sign with Mongolia?");
    expect(text).not.toContain("no record");
    expect(text).toContain("memorandum on pasture research");
  });
});

describe("a narrowing that matched nothing", () => {
  const answerer = new Answerer(base, { now: NOW });
  const index = new FactIndex(base, (name) => countryGazetteer().code(name));
  const select = (q: string) => selectMeetings(index, answerer.parse(q), countryGazetteer()).unmatched;

  it("is kept as data: the filter and its value, not words", () => {
    expect(select("who did Haddadi meet in 2019?")).toEqual([
      { kind: "date", date: expect.objectContaining({ start: "2019-01-01", end: "2019-12-31" }) },
    ]);
    expect(select("who from Argentina did Berikbol meet?")).toEqual([{ kind: "countries", codes: ["ARG"] }]);
  });

  it("is worded by each language's reply", () => {
    expect(ask("who from Argentina did Berikbol meet?")).toMatch(
      /No meeting of Aslan Berikbol with Argentina/,
    );
    const ru = answerer.answer("с кем из Аргентины встречался Берикбол?").text;
    expect(ru).toMatch(/\(страна: Аргентина\) у меня не записаны/);
    expect(ru).not.toMatch(/Argentina|with /);
    const kk = answerer.answer("Берикбол 2019 жылы кіммен кездесті?").text;
    expect(kk).toContain("Aslan Berikbol қатысқан кездесу 2019 жылы менде жазылмаған");
    expect(kk).not.toMatch(/in 2019|No meeting/);
  });
});
