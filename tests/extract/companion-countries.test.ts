/**
 * Countries of people the text places on someone's side without a country of their own: those who
 * join or accompany someone, the head of a group the sentence gives a country, and everyone whose
 * outlet's national domain is written with the root's dot. Names here are invented.
 */
import { describe, expect, it } from "vitest";
import { countryOfUrl } from "../../src/extract/gazetteer.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

const countriesIn = (text: string) => {
  const out = new Map<string, string | undefined>();
  for (const m of placesAndDatesOf(text, "2024-04-04")) for (const [n, c] of m.countries) out.set(n, c);
  return out;
};

describe("those who join or accompany someone", () => {
  it("are of the country of the one they join, not of the country visited", () => {
    const c = countriesIn(
      "Speaker of the Parliament of Georgia Orvan Teliko met with Japanese Prime Minister Kenji Moriwaka in Tokyo. Teliko was joined at the meeting by Deputy Speaker Dilo Marsek, Majority Leader Tamaz Kverel and Sen. Nino Abashel.",
    );
    expect(c.get("Kenji Moriwaka")).toBe("Japan");
    expect(c.get("Dilo Marsek")).toBe("Georgia");
    expect(c.get("Tamaz Kverel")).toBe("Georgia");
  });
  it("are of the accompanied one's country when the list stands before the meeting verb", () => {
    const c = countriesIn(
      "Speaker of the Parliament of Georgia Orvan Teliko, joined by Deputy Speaker Dilo Marsek, met with Japanese Prime Minister Kenji Moriwaka in Tokyo.",
    );
    expect(c.get("Dilo Marsek")).toBe("Georgia");
    expect(c.get("Kenji Moriwaka")).toBe("Japan");
  });
});

describe("the head of a group the sentence gives a country", () => {
  it("is of that country", () => {
    const c = countriesIn(
      "Speaker of the Parliament of Georgia Orvan Teliko met with members of the Japanese Diet, headed by Chairman Kenji Moriwaka.",
    );
    expect(c.get("Kenji Moriwaka")).toBe("Japan");
  });
});

describe("an outlet's national domain", () => {
  it("is read with or without the root's dot", () => {
    expect(countryOfUrl("https://news.example.lk/item/1")).toBe("Sri Lanka");
    expect(countryOfUrl("https://news.example.lk./item/1")).toBe("Sri Lanka");
    expect(countryOfUrl("https://news.example.com./item/1")).toBeUndefined();
  });
});

describe("a name without a title in a list", () => {
  it("goes on from the name before it, of its country, not of the other side's", () => {
    const c = countriesIn(
      "TBILISI: Speaker of the Parliament of Georgia Orvan Teliko held talks with the visiting Speaker of the Parliament of Armenia Dilo Marsek. The meeting was attended by MP Tamaz Kverel, Nino Abashel, Levan Gogel and Armenian Ambassador to Georgia Aram Sarkis.",
    );
    expect(c.get("Tamaz Kverel")).toBe("Georgia");
    expect(c.get("Nino Abashel")).toBe("Georgia");
    expect(c.get("Levan Gogel")).toBe("Georgia");
    expect(c.get("Aram Sarkis")).toBe("Armenia");
  });
});

describe("the head of 'the delegation' told again", () => {
  it("is of the country of the delegation named just before", () => {
    const c = countriesIn(
      "NAIROBI: National Assembly Speaker Orvan Teliko on Monday hosted a visiting delegation from the Republic of Cuba. The delegation led by Deputy Prime Minister Dilo Marsek held talks on trade.",
    );
    expect(c.get("Orvan Teliko")).toBe("Kenya");
    expect(c.get("Dilo Marsek")).toBe("Cuba");
  });
});
