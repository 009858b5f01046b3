/**
 * Words of a question that are not people, though a person of the base bears them or they look like a
 * name: a city where they met, a region of a continent, a word in lower case, the thing after a
 * possessive.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { fixtureBase, NOW } from "./fixture.ts";

// A base where a city's name is also the first word of an entry (as a venue read as a person would be).
function baseWithCityEntry(): FactBase {
  const base = fixtureBase();
  base.people.push({ id: "tashkent-forum", name: "Tashkent Forum", aliases: [], roles: [] });
  // Two-letter surnames: one the articles use alone, one they never do.
  base.people.push({ id: "qi-varunsen", name: "Qi Varunsen", aliases: ["Qi"], roles: [] });
  base.people.push({ id: "lo-tarvik", name: "Lo Tarvik", aliases: [], roles: [] });
  base.people.push({ id: "vessi", name: "Darius Al-Zoran Al-Vessi", aliases: [], roles: [] });
  // Someone with no meeting recorded.
  base.people.push({ id: "zarnov", name: "Ilvar Zarnov", aliases: [], roles: [] });
  return base;
}

describe("words that are not people", () => {
  const answerer = new Answerer(baseWithCityEntry(), { now: NOW });
  it("reads a city after 'in' as the place, whoever bears its name", () => {
    const q = answerer.parse("who did Koshanov meet in Tashkent?");
    expect(q.people.map((p) => p.ids)).toEqual([["koshanov"]]);
    expect(q.placeNames).toEqual(["Tashkent"]);
    // Without "in", the word may still be the entry's.
    expect(answerer.parse("who met Tashkent Forum?").people.map((p) => p.ids)).toEqual([["tashkent-forum"]]);
  });
  it("does not read a region of America as the United States", () => {
    expect(answerer.parse("when did Koshanov's Latin America visits take place?").countries).toEqual([]);
    expect(answerer.parse("meetings in South America").countries).toEqual([]);
    expect(answerer.parse("who met the American ambassador?").countries).toEqual(["USA"]);
    expect(answerer.parse("meetings with America").countries).toEqual(["USA"]);
  });
  it("takes no title or institution for an unknown name, in any case", () => {
    expect(answerer.parse("who is the chairman of the senate?").unknownNames).toEqual([]);
    expect(answerer.parse("who is the speaker of the ostrian parliament?").unknownNames).toEqual(["ostrian"]);
    expect(answerer.parse("who is the Chairman of the Senate?").unknownNames).toEqual([]);
  });
  it("takes no word in lower case for a name where the question writes names capitalised", () => {
    expect(answerer.parse("who led the MPs whose trip was cancelled?").unknownNames).toEqual([]);
    // Typed all in lower case, a word where a name belongs is still one.
    expect(answerer.parse("who met trevalian?").unknownNames).toEqual(["trevalian"]);
  });
  it("says no meeting is known without an empty 'with' when the other side names no one", () => {
    const text = answerer.answer("did the committee meet Zarnov?").text;
    expect(text).not.toMatch(/with\s+is/);
    expect(text).toMatch(/no meeting of Ilvar Zarnov/);
    // Two countries and no person: one side and the other, never an empty name.
    expect(answerer.answer("did Mongolia meet Japan in 1850?").text).toMatch(
      /^No: no meeting of Mongolia with Japan/,
    );
  });
});

describe("a two-letter name", () => {
  const answerer = new Answerer(baseWithCityEntry(), { now: NOW });
  const people = (q: string) => answerer.parse(q).people.map((p) => p.ids);
  it("is the person the articles call by it alone, when typed capitalised", () => {
    expect(people("when did Qi's Ostrian visits take place?")).toEqual([["qi-varunsen"]]);
    expect(people("who met Qi?")).toEqual([["qi-varunsen"]]);
  });
  it("is no one in lower case, nor when the articles never call anyone by it alone", () => {
    expect(people("who met qi?")).toEqual([]);
    expect(people("who met Lo?")).toEqual([]);
  });
});

describe("a full name that shares words with someone's", () => {
  const answerer = new Answerer(baseWithCityEntry(), { now: NOW });
  it("is unknown when a word inside it is none of theirs", () => {
    const q = answerer.parse("who is Zoran Bekmet Al-Vessi?");
    expect(q.people).toEqual([]);
    expect(q.unknownNames).toEqual(["Zoran Bekmet Al-Vessi"]);
    expect(answerer.answer("who is Zoran Bekmet Al-Vessi?").text).not.toMatch(/Darius/);
  });
  it("is theirs when every word is", () => {
    expect(answerer.parse("who is Zoran Al-Vessi?").people.map((p) => p.ids)).toEqual([["vessi"]]);
  });
});
