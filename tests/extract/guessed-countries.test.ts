import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { PeopleRegistry } from "../../src/extract/registry.ts";
import { people } from "./people-helpers.ts";

// A person's country in a one-article text, with "?" after it when only guessed.
const countryOf = (text: string, name: string) => {
  const { doc } = extractArticle(
    parseArticle(` date 2025-01-01 ${text}`, { id: "t", meta: {}, isKnownCity }),
  );
  const p = doc.people.find((x) => x.names.includes(name));
  return p?.country && `${p.country}${p.countryGuessed ? "?" : ""}`;
};

// Every name, place and body below is invented but for the countries.

describe("a country guessed from where the report stands", () => {
  it("yields to the country other articles state for the same person", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Orlan Vesmirov"], "Mongolia", []);
    // A report from Vienna with a bare "President Orlan Vesmirov": Austria is only a guess.
    expect(registry.resolve(["Orlan Vesmirov"], "Austria", [], true)).toBe(id);
    expect(registry.resolve(["Orlan Vesmirov"], "Austria", [], true)).toBe(id);
    expect(registry.people().find((p) => p.id === id)?.country).toBe("Mongolia");
  });
  it("still gives a person no other article places a country", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Tamir Bazhenko"], "Kyrgyzstan", [], true);
    expect(registry.people().find((p) => p.id === id)?.country).toBe("Kyrgyzstan");
    // A stated country later on is another person's only when stated for both.
    expect(registry.resolve(["Tamir Bazhenko"], "Tajikistan", [])).toBe(id);
    expect(registry.people().find((p) => p.id === id)?.country).toBe("Tajikistan");
  });
  it("gives no country when every country is a guess and the guesses disagree", () => {
    const registry = new PeopleRegistry();
    // "President Orlan Vesmirov" bare in reports from Bishkek, Bishkek again and Tbilisi: the
    // majority says where most reports stand, not whose president he is.
    const id = registry.resolve(["Orlan Vesmirov"], "Kyrgyzstan", [], true);
    expect(registry.resolve(["Orlan Vesmirov"], "Kyrgyzstan", [], true)).toBe(id);
    expect(registry.resolve(["Orlan Vesmirov"], "Georgia", [], true)).toBe(id);
    expect(registry.people().find((p) => p.id === id)?.country).toBeUndefined();
    // One article that states his country settles it.
    expect(registry.resolve(["Orlan Vesmirov"], "Mongolia", [])).toBe(id);
    expect(registry.people().find((p) => p.id === id)?.country).toBe("Mongolia");
  });
  it("keeps a country that every guess agrees on", () => {
    const registry = new PeopleRegistry();
    const id = registry.resolve(["Tamir Bazhenko"], "Armenia", [], true);
    expect(registry.resolve(["Tamir Bazhenko"], "Armenia", [], true)).toBe(id);
    expect(registry.people().find((p) => p.id === id)?.country).toBe("Armenia");
  });
  it("marks a bare national title's country as guessed", () => {
    const found = people(" date 2025-01-01 ASTANA – President Orlan Vesmirov met Senator Ivo Markov.");
    expect(found.get("Orlan Vesmirov")?.country).toBe("Kazakhstan");
  });
});

describe("a monarch whose title names no country", () => {
  it("is of the kingdom the text names for him", () => {
    const found = people(
      " date 2025-01-01 CAIRO – Speaker Ana Ruiz praised His Majesty King Faris bin Omar Al Dunaimi. She commended the royal vision in developing the Kingdom of Bahrain.",
    );
    expect(found.get("Faris bin Omar Al Dunaimi")?.country).toBe("Bahrain");
  });
  it("is of no country when the text names none, not of the report's", () => {
    const found = people(
      " date 2025-01-01 CAIRO – Speaker Ana Ruiz thanked His Majesty King Faris bin Omar Al Dunaimi for his support.",
    );
    expect(found.get("Faris bin Omar Al Dunaimi")?.country).toBeUndefined();
  });
});

describe("a role phrase said again of the person already named in its sentence", () => {
  it("is that person, not someone the article names only later", () => {
    const found = people(
      " date 2025-01-01 ASTANA – Speaker Orlan Vesmirov received Ambassador of Russia Ivo Markov. Having congratulated Ambassador Markov on his mission, Speaker Vesmirov expressed confidence Russian diplomat will strengthen ties. He praised the dialogue between heads of state Tamir Bazhenko and Karel Vostrik.",
    );
    expect(found.get("Ivo Markov")?.roles).toContain("Russian diplomat");
    expect(found.get("Tamir Bazhenko")?.roles ?? []).not.toContain("Russian diplomat");
  });
});

describe("two role phrases of two countries in one sentence", () => {
  it("go to the two people they fit, not swapped by the order they are read in", () => {
    const found = people(
      " date 2025-01-01 Welcoming Speaker Ivo Markov, Chairman Lu Mingtao thanked him for his visit.\n\nAgreeing with the proposals of the Vietnamese top legislator, the Singaporean Speaker said that ties would grow.",
    );
    expect(found.get("Ivo Markov")?.country).toBe("Singapore");
    expect(found.get("Lu Mingtao")?.country).toBe("Vietnam");
  });
});

describe("the country a role's body or post implies", () => {
  it("gives a body named without its country the country the article gives it elsewhere", () => {
    const found = people(
      " date 2025-01-01 CAIRO – Speaker of the Representatives Council Ana Ruiz met Speaker Ivo Markov. He praised Bahrain's Representatives Council.",
    );
    expect(found.get("Ana Ruiz")?.country).toBe("Bahrain");
    const two = people(
      " date 2025-01-01 Speaker of the Representatives Council Ana Ruiz spoke. Bahrain's Representatives Council and Iraq's Representatives Council met.",
    );
    expect(two.get("Ana Ruiz")?.country).not.toBe("Bahrain");
  });
  it("does not take the country a post is for or is sent to for the holder's", () => {
    const found = people(
      " date 2025-01-01 LONDON – Ivo Markov, Chair of the All-Party Parliamentary Group for Kazakhstan, met Ambassador to Kazakhstan Lu Mingtao.",
    );
    expect(found.get("Ivo Markov")?.country).not.toBe("Kazakhstan");
    expect(found.get("Lu Mingtao")?.country).not.toBe("Kazakhstan");
    expect(found.get("Ivo Markov")?.roles).toContain(
      "Chair of the All-Party Parliamentary Group for Kazakhstan",
    );
  });
});

describe("a bare title in a report from one country", () => {
  it("is that country's only as a guess, whatever the name looks like", () => {
    expect(countryOf("ASTANA – Speaker Tamir Bazhenko met President Lu Mingtao.", "Lu Mingtao")).toBe(
      "Kazakhstan?",
    );
  });
  it("is that country's for certain when the report's own voice calls the person ours", () => {
    const opening = "ASTANA – Speaker Tamir Bazhenko met Senator Ivo Markov of Latvia.";
    for (const said of [
      "He conveyed greetings from our country's President Orlan Vesmirov.",
      "He conveyed greetings from the President of our country, Orlan Vesmirov.",
      "The reforms of our President Orlan Vesmirov were discussed.",
    ])
      expect(countryOf(`${opening} ${said}`, "Orlan Vesmirov")).toBe("Kazakhstan");
  });
  it("is not tied by an 'our' someone is quoted saying", () => {
    const text =
      'ASTANA – Speaker Tamir Bazhenko met Senator Ivo Markov of Latvia. "We value the reforms of our country\'s President Orlan Vesmirov," Markov said.';
    expect(countryOf(text, "Orlan Vesmirov")).not.toBe("Kazakhstan");
  });
});
