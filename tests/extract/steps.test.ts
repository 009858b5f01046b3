import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { agreementsOfSentence } from "../../src/extract/agreements.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { statedDates } from "../../src/extract/dates.ts";
import { occasionIn } from "../../src/extract/details.ts";
import { countryOf, findPhrases, isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { listIds } from "../../src/extract/meetings.ts";
import { findNames } from "../../src/extract/names.ts";
import { nameMatches } from "../../src/extract/people.ts";
import { roleBefore } from "../../src/extract/roles.ts";
import { sameNameWord } from "../../src/extract/similar.ts";
import { tokenize } from "../../src/extract/text.ts";

/** The documents a sentence records as signed or agreed, as a meeting stores them. */
const agreementsIn = (text: string) => agreementsOfSentence(text).map((a) => a.text);

const article = (text: string, published?: string, id = "t") =>
  parseArticle(published ? ` date ${published} ${text}` : text, { id, file: `${id}.txt`, isKnownCity });
const sides = (text: string, published?: string) => {
  const { doc, meetings } = extractArticle(article(text, published));
  return meetings.map((m) => ({
    people: m.people.map((i) => doc.people[i]?.names[0]).sort(),
    parties: m.parties.map((p) => p.country),
    planned: m.planned,
    date: m.date,
    place: m.place,
    agreements: m.agreements,
  }));
};

describe("gazetteer", () => {
  it("knows countries, demonyms and parliaments", () => {
    expect(countryOf("Kazakh")).toBe("Kazakhstan");
    expect(countryOf("Korean")).toBe("South Korea");
    expect(countryOf("State Duma")).toBe("Russia");
    expect(countryOf("Jogorku Kenesh")).toBe("Kyrgyzstan");
    expect(countryOf("Oliy Majlis")).toBe("Uzbekistan");
    expect(countryOf("State Great Khural")).toBe("Mongolia");
    expect(countryOf("Majilis")).toBe("Kazakhstan");
  });
  it("finds possessive and hyphenated country words", () => {
    const found = findPhrases(tokenize("Kyrgyzstan’s Jogorku Kenesh and the Kazakh-Turkish talks"));
    expect(found.map((f) => f.text)).toEqual(["Kyrgyzstan", "Jogorku Kenesh", "Kazakh", "Turkish"]);
  });
});

describe("names", () => {
  const names = (s: string) => {
    const t = tokenize(s);
    return findNames(t, findPhrases(t), () => false).map((n) => n.name);
  };
  it("finds names with particles and initials, not institutions", () => {
    expect(
      names(
        "Speaker Nurlanbek Turgunbek uulu met K.Tokayev and T. Narbayeva at the Astana International Financial Center.",
      ),
    ).toEqual(["Nurlanbek Turgunbek uulu", "K.Tokayev", "T. Narbayeva"]);
    expect(names("The Ministry of Digital Development hosted the Parliamentary Friendship Group.")).toEqual(
      [],
    );
  });
  it("accepts a lone surname only after a title", () => {
    expect(names("Mr. Petrov met Ivanov.")).toEqual(["Petrov"]);
  });
});

describe("roles", () => {
  it("reads title, body and country before a name", () => {
    const t = tokenize("Chairman of the Majilis of the Kazakh Parliament Erlan Koshanov met");
    const role = roleBefore(t, 8, findPhrases(t));
    expect(role).toMatchObject({
      title: "Chairman of the Majilis of the Kazakh Parliament",
      body: "Majilis",
      country: "Kazakhstan",
    });
  });
});

describe("name spellings", () => {
  it("treats transliteration variants as one name", () => {
    expect(sameNameWord("Nigmatulin", "Nigmatullin")).toBe(true);
    expect(sameNameWord("Erlan", "Yerlan")).toBe(true);
    expect(sameNameWord("Dashzegve", "Dashzegviin")).toBe(true);
    expect(nameMatches("Amarbayasgalan Dashzegve", ["Dashzegve Amarbayasgalan"])).toBe(true);
  });
  it("keeps apart names that only look alike", () => {
    expect(sameNameWord("Nazarbayev", "Nazarbayeva")).toBe(false);
    expect(nameMatches("Igor Petrov", ["Igor Smirnov"])).toBe(false);
    expect(nameMatches("K.Tokayev", ["Dariga Tokayev"])).toBe(false);
  });
});

describe("meeting finders", () => {
  it("splits one subject meeting several people into bilateral meetings", () => {
    const m = sides(
      "Speaker of the Senate Ivan Petrov met with Ambassador of France Jean Dupont and Ambassador of Chile Pedro Soto in Astana.",
    );
    expect(m.map((x) => x.people)).toEqual([
      ["Ivan Petrov", "Jean Dupont"],
      ["Ivan Petrov", "Pedro Soto"],
    ]);
    expect(m.every((x) => x.place === "Astana")).toBe(true);
  });
  it("resolves role phrases and pronouns to the people they name", () => {
    const m = sides(
      "The Chairman of the Majilis Ivan Petrov arrived in Seoul. The Majilis Speaker and his Korean counterpart Kim Dae-ho discussed trade. In addition, he met with the Speaker of the State Duma of Russia Oleg Sidorov.",
    );
    expect(m.map((x) => x.people)).toEqual([
      ["Ivan Petrov", "Kim Dae-ho"],
      ["Ivan Petrov", "Oleg Sidorov"],
    ]);
  });
  it("finds the implicit side of 'at a meeting with' from the rest of the article", () => {
    const m = sides(
      "At a meeting with the Majilis Speaker Ivan Petrov, the sides discussed trade. Welcoming the guest, Petrov praised Mongolia. Chairman of the State Great Khural Bat Erdene thanked him.",
      "2024-05-02",
    );
    expect(m).toHaveLength(1);
    expect(m[0]?.people).toEqual(["Bat Erdene", "Ivan Petrov"]);
  });
  it("does not make a praised president a participant", () => {
    const m = sides(
      "Speaker Ivan Petrov received Ambassador of Italy Marco Rossi. Petrov praised the reforms of President Nursultan Nazarbayev.",
    );
    expect(m.flatMap((x) => x.people)).not.toContain("Nursultan Nazarbayev");
  });
  it("marks meetings that are only planned", () => {
    const m = sides(
      "Speaker of the Senate Ivan Petrov will meet with Speaker of the Sejm of Poland Jan Kowalski on 5 May.",
      "2024-05-01",
    );
    expect(m[0]).toMatchObject({ planned: true, date: { start: "2024-05-05", basis: "stated" } });
  });
  it("records a delegation as an unnamed side", () => {
    const m = sides("Speaker of the Majilis Ivan Petrov received a delegation of the German Bundestag.");
    expect(m[0]).toMatchObject({ people: ["Ivan Petrov"], parties: ["Germany"] });
  });
  it("reads lists joined by commas only when they end the clause", () => {
    expect(listIds("@m0 , @m1 , and @m2")).toEqual([0, 1, 2]);
    expect(listIds("@m0 , @m1", " noted that")).toEqual([0]);
    expect(listIds("@m0 , @m1", " , alongside")).toEqual([0, 1]);
    expect(listIds("@m0 and @m1 , @m2")).toEqual([0, 1]);
  });
});

describe("dates", () => {
  it("reads day-precise dates relative to the publication date", () => {
    expect(statedDates("They met on June 25 in Seoul.", "2017-06-26").map((d) => d.start)).toEqual([
      "2017-06-25",
    ]);
    expect(statedDates("They met yesterday.", "2016-03-19")[0]).toMatchObject({
      start: "2016-03-18",
      relative: "yesterday",
    });
    expect(statedDates("He met the guest on Tuesday.", "2018-02-07")[0]?.start).toBe("2018-02-06");
    expect(statedDates("The visit runs from September 4 to 7, 2025.", "2025-09-01")[0]).toMatchObject({
      start: "2025-09-04",
      end: "2025-09-07",
    });
  });
  it("ignores years and months alone", () => {
    expect(statedDates("The state visit in April 2019 and the goals for 2050.", "2021-05-14")).toEqual([]);
  });
  it("gives the publication date only to a same-day report, and never invents one", () => {
    expect(
      sides(
        "ASTANA. KAZINFORM – Speaker Ivan Petrov met with Ambassador of Italy Marco Rossi.",
        "2024-03-01",
      )[0]?.date,
    ).toMatchObject({
      start: "2024-03-01",
      basis: "publication",
    });
    expect(sides("Speaker Ivan Petrov met with Ambassador of Italy Marco Rossi.")[0]?.date).toBeUndefined();
    expect(
      sides(
        "On the sidelines of the World Conference of Speakers, Speaker Ivan Petrov met with Speaker Marco Rossi.",
        "2024-03-01",
      )[0]?.date,
    ).toBeUndefined();
  });
});

describe("details", () => {
  it("reads signed documents and occasions", () => {
    expect(agreementsIn("The sides signed a memorandum of cooperation between the two parliaments.")).toEqual(
      ["memorandum of cooperation between the two parliaments"],
    );
    expect(agreementsIn("A roadmap for 2024-2025 was signed by the speakers.")).toEqual([
      "roadmap for 2024-2025",
    ]);
    expect(
      occasionIn("On the sidelines of the 6th World Conference of Speakers of Parliaments, she met him."),
    ).toBe("6th World Conference of Speakers of Parliaments");
  });
  it("attaches an agreement to its meeting", () => {
    const m = sides(
      "Speaker Ivan Petrov met with Speaker Marco Rossi. The sides signed a memorandum of cooperation.",
    );
    expect(m[0]?.agreements).toEqual(["memorandum of cooperation"]);
  });
});

describe("across articles", () => {
  it("keeps one person whatever the spelling, and two people apart", () => {
    const base = extractFacts([
      article(
        "Chairman of the Majilis Nurlan Nigmatulin met with Ambassador of Italy Marco Rossi.",
        undefined,
        "a",
      ),
      article(
        "Chairman of the Majilis Nurlan Nigmatullin met with Senator Dariga Nazarbayeva.",
        undefined,
        "b",
      ),
      article("Senator Nursultan Nazarbayev met with Ambassador of Italy Marco Rossi.", undefined, "c"),
    ]);
    const nig = base.people.filter((p) => /Nigmatul/.test(p.name));
    expect(nig).toHaveLength(1);
    expect([nig[0]?.name, ...(nig[0]?.aliases ?? [])].sort()).toEqual(
      ["Nigmatulin", "Nurlan Nigmatulin", "Nurlan Nigmatullin"].filter((n) => n !== "Nigmatulin"),
    );
    expect(
      base.people
        .filter((p) => /Nazarbayev/.test(p.name))
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Dariga Nazarbayeva", "Nursultan Nazarbayev"]);
    expect(base.people.filter((p) => /Rossi/.test(p.name))).toHaveLength(1);
  });
  it("keeps apart two people who share only a surname", () => {
    const base = extractFacts([
      article(
        "Speaker of the Majilis Nurlan Sadykov met with Ambassador of Italy Marco Rossi. Sadykov praised Italy.",
        undefined,
        "a",
      ),
      article(
        "Senator Dariga Sadykov met with Ambassador of Chile Pedro Soto. Sadykov thanked him.",
        undefined,
        "b",
      ),
    ]);
    expect(
      base.people
        .filter((p) => /Sadykov/.test(p.name))
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Dariga Sadykov", "Nurlan Sadykov"]);
  });
});
