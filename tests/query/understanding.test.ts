import { describe, expect, it } from "vitest";
import { countryGazetteer } from "../../src/query/countries.ts";
import { dateMatches, parseDateFilter } from "../../src/query/dates.ts";
import { Answerer } from "../../src/query/index.ts";
import { detectIntent } from "../../src/query/intent.ts";
import { fold } from "../../src/text/normalize.ts";
import { stem } from "../../src/text/stem.ts";
import { fixtureBase, NOW } from "./fixture.ts";

const answerer = new Answerer(fixtureBase(), { now: NOW });
const peopleIn = (q: string) => answerer.parse(q).people.map((p) => p.ids.sort().join("+"));

describe("folding", () => {
  it("drops diacritics, transliterates Cyrillic and lower-cases", () => {
    expect(fold("Khürelsükh")).toBe("khurelsukh");
    expect(fold("Кошанов")).toBe("koshanov");
    expect(fold("Numan Kurtulmuş’s visit")).toBe("numan kurtulmus visit");
  });
  it("stems inflections alike", () => {
    expect(stem("discussed")).toBe(stem("discuss"));
    expect(stem("invited")).toBe(stem("invite"));
    expect(stem("signing")).toBe(stem("signed"));
    expect(stem("discusses")).toBe(stem("discuss"));
    expect(stem("meetings")).toBe(stem("meeting"));
  });
});

describe("people in questions", () => {
  it("finds a person by surname, full name, alias and any case", () => {
    expect(peopleIn("who met Koshanov?")).toEqual(["koshanov"]);
    expect(peopleIn("who met yerlan koshanov")).toEqual(["koshanov"]);
    expect(peopleIn("WHO MET ERLAN KOSHANOV")).toEqual(["koshanov"]);
  });
  it("forgives typos, missing diacritics and Cyrillic", () => {
    expect(peopleIn("who met koshanof")).toEqual(["koshanov"]);
    expect(peopleIn("who is Khurelsukh")).toEqual(["khurel"]);
    expect(peopleIn("Кошанов")).toEqual(["koshanov"]);
    expect(peopleIn("who did Babloian meet")).toEqual(["babloyan"]);
  });
  it("keeps two spellings of one person together", () => {
    expect(peopleIn("who did Nigmatulin meet?")).toEqual(["nigmatulin+nigmatullin"]);
  });
  it("reads a hyphenated name whole, lower-case part included", () => {
    const parse = answerer.parse("where did Nigmatulin meet Chung Sye-kyun?");
    expect(parse.people.map((p) => p.ids[0])).toEqual(["nigmatulin", "chung"]);
    expect(parse.keywords).toEqual([]);
  });
  it("finds two people in one question", () => {
    expect(peopleIn("when did Nigmatulin meet Volodin?")).toEqual(["nigmatulin+nigmatullin", "volodin"]);
  });
  it("does not turn ordinary words into names", () => {
    expect(peopleIn("what was signed in Astana?")).toEqual([]);
    expect(peopleIn("which conflict was raised?")).toEqual([]);
  });
  it("marks names nobody in the fact base has", () => {
    expect(answerer.parse("who met Obama?").unknownNames).toEqual(["Obama"]);
  });
  it("keeps unknown words typed side by side as one name, and words apart as two", () => {
    expect(answerer.parse("what did Quendrel Vashtani sign?").unknownNames).toEqual(["Quendrel Vashtani"]);
    expect(answerer.parse("what did Quendrel and Vashtani sign?").unknownNames).toEqual([
      "Quendrel",
      "Vashtani",
    ]);
    expect(answerer.answer("what did Quendrel and Vashtani sign?").text).toMatch(
      /^I don't know anything about Quendrel and Vashtani/,
    );
  });
  it("reads what follows a possessive as the person's thing, not the rest of a name", () => {
    const trip = answerer.parse("when did Koshanov's Zelvanian Tour visits take place?");
    expect(trip.people.map((p) => p.ids)).toEqual([["koshanov"]]);
    expect(trip.unknownNames).toEqual([]);
    expect(answerer.parse("who did Koshanov's Ostrian counterpart meet?").unknownNames).toEqual([]);
    // Without the possessive the same words are an unknown full name, never Koshanov's.
    expect(answerer.parse("who met Koshanov Zelvani?").unknownNames).toEqual(["Koshanov Zelvani"]);
  });
  it("ends the possessive's thing at a word in lower case: a name after it is someone else's", () => {
    const guest = answerer.parse("who met Koshanov's guest Dravik Molternov?");
    expect(guest.people.map((p) => p.ids)).toEqual([["koshanov"]]);
    expect(guest.unknownNames).toEqual(["Dravik Molternov"]);
  });
  it("reads a name after a title or a country's possessive as someone's name, not the possessor's thing", () => {
    const ids = (q: string) => answerer.parse(q).people.map((p) => p.ids);
    expect(ids("who did Mongolia's Speaker Amarbayasgalan meet?")).toEqual([["amar"]]);
    expect(ids("who did Mongolia's Amarbayasgalan meet?")).toEqual([["amar"]]);
    expect(ids("who did Koshanov's Deputy Chairman Amarbayasgalan meet?")).toEqual([["koshanov"], ["amar"]]);
    // Without a title, what follows a person's possessive is still theirs.
    expect(answerer.parse("when did Koshanov's Zelvanian Tour visits take place?").unknownNames).toEqual([]);
  });
  it("says a full name it does not know is unknown, also beside a known person", () => {
    const text = answerer.answer("who met Koshanov's guest Dravik Molternov?").text;
    expect(text).toMatch(/^I don't know anything about Dravik Molternov/);
    // The known person is still answered for, below.
    expect(text).toMatch(/Koshanov/);
    expect(answerer.answer("who met Koshanov?").text).not.toMatch(/I don't know/);
  });
});

describe("countries in questions", () => {
  const codes = (q: string) =>
    countryGazetteer()
      .find(q)
      .map((m) => m.code);
  it("reads names, short forms and adjectives", () => {
    expect(codes("meetings of Mongolia")).toEqual(["MNG"]);
    expect(codes("the Mongolian speaker")).toEqual(["MNG"]);
    expect(codes("South Korea and a Korean MP")).toEqual(["KOR", "KOR"]);
    expect(codes("the US ambassador")).toEqual(["USA"]);
    expect(codes("a Russian delegation")).toEqual(["RUS"]);
  });
  it("reads parliaments as their country", () => {
    expect(codes("the Duma, the Khural and the Majilis")).toEqual(["RUS", "MNG", "KAZ"]);
    expect(codes("the Mazhilis chairman")).toEqual(["KAZ"]);
  });
  it("does not take the pronoun 'us' for the United States", () => {
    expect(codes("tell us about meetings")).toEqual([]);
  });
  it("gives every spelling one code", () => {
    const g = countryGazetteer();
    expect(g.code("Türkiye")).toBe(g.code("Turkey"));
    expect(g.code("Republic of Korea")).toBe("KOR");
  });
});

describe("dates in questions", () => {
  const now = NOW();
  it("reads months, days, years and relative years", () => {
    expect(parseDateFilter("in September 2025", now)).toMatchObject({
      start: "2025-09-01",
      end: "2025-09-30",
    });
    expect(parseDateFilter("last year", now)).toMatchObject({ start: "2025-01-01", end: "2025-12-31" });
    expect(parseDateFilter("since 2020", now)).toMatchObject({ start: "2020-01-01" });
    expect(parseDateFilter("since 2020", now)?.end).toBeUndefined();
    expect(parseDateFilter("in 2019", now)).toMatchObject({ start: "2019-01-01", end: "2019-12-31" });
    expect(parseDateFilter("who did he meet on June 25, 2017?", now)).toMatchObject({ start: "2017-06-25" });
  });
  it("reads a day without a year as that day of any year", () => {
    const f = parseDateFilter("on 4 September", now);
    expect(f).toMatchObject({ month: 9, day: 4 });
    expect(dateMatches(f as NonNullable<typeof f>, "2025-09-04")).toBe(true);
    expect(dateMatches(f as NonNullable<typeof f>, "2025-09-05")).toBe(false);
    expect(dateMatches(f as NonNullable<typeof f>, "2025-09-03", "2025-09-07")).toBe(true);
  });
  it("finds no date where there is none", () => {
    expect(parseDateFilter("who met Koshanov?", now)).toBeUndefined();
    expect(parseDateFilter("the 137th IPU Assembly", now)).toBeUndefined();
  });
});

describe("intents", () => {
  it.each([
    ["who met Koshanov?", "who-met"],
    ["with whom did Nigmatulin hold talks?", "who-met"],
    ["Which Korean speaker did Nigmatulin talk with?", "who-met"],
    ["when did Nigmatulin meet Volodin?", "when"],
    ["where did Koshanov meet Amarbayasgalan?", "where"],
    ["what did Kazakhstan and Mongolia sign?", "signed"],
    ["what did Koshanov and Amarbayasgalan discuss?", "discussed"],
    ["who is Babloyan?", "who-is"],
    ["which country does Chung Sye-kyun represent?", "who-is"],
    ["did Nigmatulin meet Volodin?", "did-meet"],
    ["latest meetings", "latest"],
    ["list all people", "latest"],
    ["who do you know?", "latest"],
    ["show me the officials you know", "latest"],
    ["who met the officials of Mongolia?", "who-met"],
    ["Which conflict did Babloyan raise?", "open"],
    ["how many documents were signed?", "open"],
    ["did Koshanov travel to Mongolia?", "did-meet"],
    ["is Koshanov the first man to preside over the Majilis twice?", "open"],
    ["was Koshanov in the hall?", "about"],
    ["Koshanov", "about"],
    ["  ", "empty"],
  ])("%s → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});

describe("word scanning", () => {
  it("gives the same words as tokenize, with their case", async () => {
    const { forEachWord, tokenize } = await import("../../src/text/normalize.ts");
    for (const text of [
      "The Speaker met Mr. O'Neil in Astana on 4 September.",
      "Кошанов и Khürelsükh’s visit",
      // Typographic quotes, dashes, an ellipsis and a no-break space, with hyphens and apostrophes.
      "“We agreed,” said Mr. Dorlan’s deputy — the co-chair of the Vessian–Tarnish group…",
      "‘Jeong-ho’ met «Brevik»\u00a0in O’Dell’s office – x^y and `quoted` ends’",
      "Ms. Varnoe’s aide – Ku-min – left",
    ]) {
      const seen: [string, boolean][] = [];
      forEachWord(text, (w, lower) => seen.push([w, lower]));
      const { original, folded } = tokenize(text);
      expect(seen).toEqual(folded.map((w, i) => [w, /^[a-z]/.test(original[i] as string)]));
    }
  });
  it("reads digits as words and a word after a hyphen as part of a name, to the text's last letter", async () => {
    const { forEachWord } = await import("../../src/text/normalize.ts");
    const seen: [string, boolean][] = [];
    forEachWord("Sye-kyun met 2 MPs, co-chairs x", (w, lower) => seen.push([w, lower]));
    expect(seen).toEqual([
      ["sye", false],
      ["kyun", false],
      ["met", true],
      ["2", false],
      ["mps", false],
      ["co", true],
      ["chairs", false],
      ["x", true],
    ]);
  });
});
