/**
 * Words around a meeting that are no new side and no place: "his accompanying delegation" is the
 * company of the person just named; a capital that speaks for its government ("Tashkent is expecting
 * …", "Moscow and Beijing agreed …") is not where anyone met; and in "…, X said after meeting Y" the
 * one who met Y is the speaker of the clause. Every name is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { meetingsOf } from "./meeting-helpers.ts";

const places = (text: string) =>
  extractFacts([
    parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity }),
  ]).meetings.map((m) => m.place);

describe("the accompanying delegation", () => {
  it("is the company of the person just named, not another side", () => {
    for (const text of [
      "DOHA (QNA) - Speaker Hamad Al-Ghanim met the Speaker of the National Assembly of Kenya Peter Wanjala on Tuesday. Later, Prime Minister Nasser Al-Thani received the Kenyan Speaker and his accompanying delegation.",
      "DOHA (QNA) - Speaker Hamad Al-Ghanim met the Speaker of the National Assembly of Kenya Peter Wanjala on Tuesday. Later, Prime Minister Nasser Al-Thani received the Kenyan Speaker and the accompanying delegation.",
    ]) {
      const met = meetingsOf(text).map((m) => m.names.join(" + "));
      expect(met, text).toEqual(["Hamad Al-Ghanim + Peter Wanjala", "Nasser Al-Thani + Peter Wanjala"]);
    }
  });
  it("still lets 'the delegation' alone stand for the delegation's head", () => {
    const met = meetingsOf(
      "ASTANA. KAZINFORM - A delegation led by Speaker Erlan Bekov arrived in Riga. The delegation met the Speaker of the Saeima Ilze Berzina.",
    );
    expect(met.map((m) => m.names)).toEqual([["Erlan Bekov", "Ilze Berzina"]]);
  });
});

describe("a capital speaking for its government", () => {
  it("is not the place of the meeting the sentence reports", () => {
    expect(
      places(
        "ASTANA. KAZINFORM - Tashkent is expecting the visit of the Speaker of the Parliament of Latvia Ilze Berzina, Speaker Nodir Ismoilov said after meeting Ambassador of Latvia Janis Ozols.",
      ),
    ).toEqual(["Astana"]);
    expect(
      places(
        "Speaker Nodir Ismoilov met Ambassador of Latvia Janis Ozols on Monday. Ozols said Riga and Tashkent have agreed to open a direct flight.",
      ),
    ).toEqual([undefined]);
  });
  it("leaves a capital that hosts, or one after 'in', as the place", () => {
    expect(
      places("Speaker Nodir Ismoilov met Ambassador of Latvia Janis Ozols in Tashkent on Monday."),
    ).toEqual(["Tashkent"]);
  });
});

describe("the subject of 'said after meeting'", () => {
  it("is the speaker of the clause, not a person named earlier in the sentence", () => {
    const met = meetingsOf(
      "Tashkent is expecting the visit of the Speaker of the Parliament of Latvia Ilze Berzina, Speaker Nodir Ismoilov said after meeting Ambassador of Latvia Janis Ozols.",
    );
    expect(met.map((m) => m.names)).toEqual([["Janis Ozols", "Nodir Ismoilov"]]);
  });
});
