/**
 * Places: the city where they met, as the article spells it; "here" resolved by the dateline or a
 * later sentence; an organisation only discussed is neither the place nor the occasion.
 * Names and places here are invented (a few real countries give the gazetteer something to know).
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { occasionIn } from "../../src/extract/details.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";

const placesOf = (text: string, published = "2024-05-02") => {
  const a = parseArticle(` date ${published} ${text}`, { id: "t", file: "t.txt", isKnownCity });
  return extractArticle(a).meetings.map((m) => m.place);
};

describe("the place of a meeting", () => {
  it("does not place a planned meeting where the trip began", () => {
    const text =
      "Speaker of the Parliament of Georgia Orvan Teliko said his visit to Vienna will deepen ties.\nSpeaking to reporters at Tbilisi airport before his departure, Teliko said he would meet his Austrian counterpart Dilo Marsek to discuss trade.";
    expect(placesOf(text)).toEqual(["Vienna"]);
  });
  it("keeps the spelling the article uses", () => {
    for (const city of ["Kiev", "Kyiv", "Alma-Ata", "Almaty", "Nur-Sultan", "Astana"]) {
      const text = `Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek in ${city}.`;
      expect(placesOf(text)).toEqual([city]);
    }
  });
  it("keeps the whole name a dateline prints, with its article and before its country ('LA VALLETTA (MALTA)')", () => {
    const text =
      "LA VALLETTA (MALTA) (NEWSWIRE/AGENCY) – Speaker Orvan Teliko of Georgia made his first official visit.\nOn Thursday he met with Dilo Marsek, the President of Malta.";
    expect(placesOf(text, "2024-05-03")).toEqual(["La Valletta"]);
  });
  it("reads a city the gazetteer does not know when its country follows it", () => {
    const text =
      "Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek in Valmoray, Austria.";
    expect(placesOf(text)).toEqual(["Valmoray"]);
    const at =
      "Speaker of the Parliament of Georgia Orvan Teliko met the delegation of Armenia led by Dilo Marsek at Port Lenwick in Canada.";
    expect(placesOf(at)).toEqual(["Port Lenwick"]);
  });
  it("does not take a phrase before 'in <country>' for a city", () => {
    const text =
      "Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek.\nThey spoke of the Commission for Sustainable Development in Kazakhstan.";
    expect(placesOf(text)).toEqual([undefined]);
  });
  it("resolves 'here' from a later sentence that says where the visit took place", () => {
    const text =
      "Speaker of the Parliament of Kyrgyzstan Orvan Teliko received a delegation led by Member of the Parliament of Türkiye Dilo Marsek.\nThe parties discussed trade.\n«As part of our visit to Bishkek, an exchange of views took place,» Marsek said.";
    expect(placesOf(text)).toEqual(["Bishkek"]);
  });
  it("resolves 'here' from the dateline", () => {
    const text =
      "TASHKENT. NEWSWIRE – Speaker of the Senate of Uzbekistan Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek here.";
    expect(placesOf(text)).toEqual(["Tashkent"]);
  });
  it("does not take an invitation for the place", () => {
    const text =
      "Speaker of the Parliament of Georgia Orvan Teliko met with Speaker of the Parliament of Armenia Dilo Marsek.\nMarsek invited Teliko to visit Yerevan.";
    expect(placesOf(text)).toEqual([undefined]);
  });
});

describe("what is only discussed", () => {
  it("is not the occasion", () => {
    expect(
      occasionIn(
        "The parties discussed the partnership of the two countries in general, as well as within the framework of the Interparliamentary Assembly of the Union.",
      ),
    ).toBeUndefined();
    expect(
      occasionIn("They discussed cooperation within the Parliamentary Assembly of the Union."),
    ).toBeUndefined();
  });
  it("while a meeting held within a forum has it as its occasion", () => {
    expect(
      occasionIn("Within the framework of the Summit of Speakers, Orvan Teliko met with Dilo Marsek."),
    ).toMatch(/Summit of Speakers/);
  });
});
