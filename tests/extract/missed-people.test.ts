/**
 * People the extractor used to miss or split (issue 8, point 6), each on sentences with invented
 * names: a middle initial printed without its dot, a name right after "the U.S.", one person under
 * two first names in one article, a transliteration pair, and a visiting representative the outlet's
 * country was given to.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { extractArticle } from "../../src/extract/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { meetingsOf } from "./meeting-helpers.ts";
import { namesIn, people } from "./people-helpers.ts";
import { placesAndDatesOf } from "./place-date-helpers.ts";

describe("a middle initial without its dot", () => {
  it("stays inside the name between two name words, even where it reads as an article ('A')", () => {
    expect(namesIn("Senators Dalo Perin and Ibrahim A Vantelo were received by the ambassador.")).toEqual([
      "Dalo Perin",
      "Ibrahim A Vantelo",
    ]);
    expect(meetingsOf("Senator Ibrahim A Vantelo met with Ambassador Kiro Talen.")[0]?.names).toEqual([
      "Ibrahim A Vantelo",
      "Kiro Talen",
    ]);
  });
  it("is the article before a lower-case word", () => {
    expect(namesIn("After Speaker Dalo Perin A delegation met him.")).not.toContain("Dalo Perin A");
  });
});

describe("a name right after an abbreviated country", () => {
  it("is read without the abbreviation ('the U.S. Yerlan X')", () => {
    expect(namesIn("Ambassador of Ostria to the U.S. Yerlan Dospanov thanked the organizers.")).toEqual([
      "Yerlan Dospanov",
    ]);
  });
  it("keeps initials that open a name elsewhere ('W.M. Dasanayake')", () => {
    expect(namesIn("Secretary General W.M. Dasanayake met the guests.")).toEqual(["W.M. Dasanayake"]);
  });
});

/** The local people of a one-article text, each with every name form it was written under. */
const namesOfPeople = (text: string) => {
  const { doc } = extractArticle(parseArticle(` date 2024-05-14 ${text}`, { id: "t", isKnownCity }));
  return doc.people.map((p) => [...p.names].sort());
};

describe("one person under two spellings in one article", () => {
  it("is one person across a transliteration pair of the surname", () => {
    expect(
      namesOfPeople(
        "Speaker Gulnar Asgarova met with Minister Bogdan Varescu. Gulnar Askerova said the talks were useful.",
      ),
    ).toEqual([["Gulnar Askerova", "Gulnar Asgarova"].sort(), ["Bogdan Varescu"]]);
    expect(
      namesOfPeople("Speaker Rauf Hasanli met with Minister Bogdan Varescu. Rauf Gasanli thanked him."),
    ).toHaveLength(2);
  });
  it("keeps a man and a woman of one family apart in any transliteration", () => {
    expect(
      namesOfPeople(
        "Speaker Gulnar Asgarova met with Minister Bogdan Varescu. Deputy Murad Askerov attended.",
      ),
    ).toHaveLength(3);
  });
  it("is one person under two spellings of the first name, written without a title the second time", () => {
    expect(
      namesOfPeople(
        "Speaker of the Ostrian Parliament Igor Dorin met with Minister Bogdan Varescu. Ion Dorin thanked Ostria for its support.",
      ),
    ).toEqual([["Igor Dorin", "Ion Dorin"], ["Bogdan Varescu"]]);
  });
  it("keeps apart relatives with other first names, titled namesakes, and two names in one sentence", () => {
    // Other initials: a father and a son.
    expect(
      namesOfPeople("President Ilham Dorin met Speaker Bogdan Varescu. Heydar Dorin was recalled."),
    ).toHaveLength(3);
    // A title of their own: two senators of one family.
    expect(
      namesOfPeople("Senator Igor Pell met Speaker Bogdan Varescu. Senator Ion Pell also met him."),
    ).toHaveLength(3);
    // Both in one sentence: two people.
    expect(
      namesOfPeople("Speaker Bogdan Varescu met Igor Dorin. He thanked Igor Dorin and Ion Dorin."),
    ).toHaveLength(3);
  });
});

describe("a visit dated long before the report", () => {
  it("is recalled, not the visit the article's people are on", () => {
    const ms = placesAndDatesOf(
      "Foreign Minister Bogdan Varescu welcomed on Wednesday the President of the Parliament of Moldova, Igor Dorin. Dorin thanked him for the support. The minister recalled the talks held during his visit to Chisinau on March 3. Dorin said relations were strong.",
      "2024-05-15",
    );
    expect(ms[0]?.names).toEqual(["Bogdan Varescu", "Igor Dorin"]);
    expect(ms[0]?.countries.get("Igor Dorin")).toBe("Moldova");
    expect(ms[0]?.countries.get("Bogdan Varescu")).not.toBe("Moldova");
  });
});

describe("a guest whose title names no country", () => {
  const korean = { url: "https://www.ostria-news.co.kr/view/1" };
  it("is of the other country the article is about when told arriving here, not of the outlet's", () => {
    const found = people(
      "National Assembly Speaker Kim Dal-su met with Rep. Mark Tanner in Seoul on Monday. Kim said the alliance between Korea and the United States was strong. Rep. Mark Tanner arrived here on Sunday. The United States is a key ally.",
      korean,
    );
    expect(found.get("Mark Tanner")?.country).toBe("United States");
    expect(found.get("Kim Dal-su")?.country).toBe("South Korea");
  });
  it("leaves a representative who is not told arriving with the country of the report", () => {
    const found = people(
      "National Assembly Speaker Kim Dal-su met with Rep. Park Min-so in Seoul on Monday. Kim said the alliance between Korea and the United States was strong. The United States is a key ally.",
      korean,
    );
    expect(found.get("Park Min-so")?.country).toBe("South Korea");
  });
});
