/**
 * Names of the fact base in Cyrillic for Russian and Kazakh examples: the letters from the
 * transliteration package (with news spelling's "ye" and "y" after vowels), refused when not sure; the
 * Russian instrumental by the person's gender; and examples that name the busiest person so written.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { cyrillicName, nameGender, russianInstrumental } from "../../src/i18n/cyrillic-names.ts";
import { localExamples } from "../../src/i18n/examples.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting } from "../query/fixture.ts";

describe("a Latin name in Cyrillic", () => {
  it.each([
    ["Koshanov", "Кошанов"],
    ["Nigmatulin", "Нигматулин"],
    ["Ashimbayev", "Ашимбаев"],
    ["Matviyenko", "Матвиенко"],
    ["Narbayeva", "Нарбаева"],
    ["Yerlan", "Ерлан"],
    ["Mirziyoyev", "Мирзиёев"],
    ["Zhukov", "Жуков"],
    ["Khurelsukh", "Хурелсух"],
  ])("%s is %s", (latin, cyrillic) => {
    expect(cyrillicName(latin)).toBe(cyrillic);
  });

  it("is refused when a letter has no sure Cyrillic, or the Cyrillic does not read back as the name", () => {
    expect(cyrillicName("Tracy")).toBeUndefined();
    expect(cyrillicName("Ghalibaf")).toBeUndefined();
    expect(cyrillicName("Nurdinjon")).toBeUndefined();
  });
});

describe("the gender of a name", () => {
  it("is told by the first name or the surname's ending", () => {
    expect(nameGender("Erlan Koshanov")).toBe("male");
    expect(nameGender("Tanzila Narbayeva")).toBe("female");
    expect(nameGender("Valentina Matviyenko")).toBe("female");
    expect(nameGender("Talant Mamytov")).toBe("male");
  });

  it("is unknown when neither part tells it", () => {
    expect(nameGender("Dashzegve Amarbayasgalan")).toBeUndefined();
    expect(nameGender("Tracy")).toBeUndefined();
  });
});

describe("the Russian instrumental of a surname", () => {
  it("takes the ending of the person's gender", () => {
    expect(russianInstrumental("Кошанов", "male")).toBe("Кошановым");
    expect(russianInstrumental("Нарбаева", "female")).toBe("Нарбаевой");
    expect(russianInstrumental("Симонян", "male")).toBe("Симоняном");
    // Surnames in -ко do not decline.
    expect(russianInstrumental("Матвиенко", "female")).toBe("Матвиенко");
  });
});

// A fact base whose busiest people are `busiest` (most meetings first), each meeting with a guest met once.
function base(busiest: string[]): FactBase {
  const people = busiest.map((name, i) => ({ id: `p${i}`, name, aliases: [], roles: [] }));
  const meetings = busiest.flatMap((_, i) =>
    Array.from({ length: busiest.length - i + 1 }, (_, k) =>
      meeting({
        id: `m${i}-${k}`,
        articleId: `a${i}-${k}`,
        participants: [`p${i}`, `guest${i}-${k}`],
        date: { start: `2025-0${(k % 9) + 1}-10`, basis: "stated" },
      }),
    ),
  );
  for (const m of meetings)
    people.push({ id: m.participants[1] as string, name: `Guest ${m.id}`, aliases: [], roles: [] });
  const articles = meetings.map((m) => ({
    id: m.articleId,
    file: `${m.articleId}.txt`,
    published: "2025-09-10",
  }));
  return { version: 1, generatedAt: "2026-01-01T00:00:00.000Z", people, meetings, articles };
}

/** The base with its first person a Kazakh. */
function withCountry(facts: FactBase): FactBase {
  Object.assign(facts.people[0] as object, { country: "Kazakhstan" });
  return facts;
}

describe("Russian and Kazakh examples", () => {
  it("name the busiest person in Cyrillic, in the case the sentence needs", () => {
    const women = base(["Tanzila Narbayeva"]);
    expect(localExamples(women, "ru")[0]).toBe("кто встречался с Нарбаевой?");
    expect(localExamples(women, "kk")[0]).toBe("Нарбаева кіммен кездесті?");
    expect(localExamples(base(["Erlan Koshanov"]), "ru")[0]).toBe("кто встречался с Кошановым?");
  });

  it("pass over a person whose surname Cyrillic cannot write for sure", () => {
    expect(localExamples(base(["Jane Tracy", "Erlan Koshanov"]), "ru")[0]).toBe(
      "кто встречался с Кошановым?",
    );
  });

  it("in Kazakh, name someone from elsewhere: a Kazakh's name has Kazakh letters the English spelling lost", () => {
    const facts = base(["Erlan Koshanov", "Pavel Sidorin"]);
    const [kazakh, russian] = facts.people;
    Object.assign(kazakh as object, { country: "Kazakhstan" });
    Object.assign(russian as object, { country: "Russia" });
    expect(localExamples(facts, "ru")[0]).toBe("кто встречался с Кошановым?");
    expect(localExamples(facts, "kk")[0]).toBe("Сидорин кіммен кездесті?");
    // No one else: the catalogue's own example, in Kazakh letters.
    expect(localExamples(withCountry(base(["Erlan Koshanov"])), "kk")[0]).toBe("Қошанов кіммен кездесті?");
  });

  it("join two countries with the Kazakh «and» their last sound takes", () => {
    const facts = base(["Erlan Koshanov"]);
    const signed = { ...(facts.meetings[0] as (typeof facts.meetings)[number]) };
    facts.meetings[0] = { ...signed, agreements: ["a memorandum"], countries: ["Egypt", "Iran"] };
    expect(localExamples(facts, "kk")[1]).toBe("Мысыр мен Иран қандай құжаттарға қол қойды?");
    facts.meetings[0] = { ...signed, agreements: ["a memorandum"], countries: ["Iraq", "Iran"] };
    expect(localExamples(facts, "kk")[1]).toBe("Ирак пен Иран қандай құжаттарға қол қойды?");
  });

  it("find the person they name again", () => {
    const facts = base(["Tanzila Narbayeva", "Erlan Koshanov"]);
    const answerer = new Answerer(facts);
    for (const language of ["ru", "kk"] as const) {
      const answer = answerer.answer(answerer.examples(language)[0] as string);
      expect(answer.parsed.people.map((p) => p.id)).toEqual(["p0"]);
      expect(answer.sources.length).toBeGreaterThan(0);
    }
  });
});
