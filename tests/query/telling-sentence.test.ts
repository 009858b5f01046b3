/**
 * Which sentence of a report answers an open question: a word that most of the report's sentences
 * have (the forum, the city the whole report is about) tells less which sentence answers than the
 * word only one has; a sentence repeated (a title repeated as the lead) is quoted once; "led" finds
 * "leading". Names and places invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { openingKeywords, reportedAs } from "../../src/query/reported-words.ts";
import { stem } from "../../src/text/stem.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-forum",
      file: "forum.txt",
      published: "2024-04-02",
      sentences: [
        "Speaker Ilona Varga arrived in Drosk for the regional forum.",
        "The forum in Drosk gathered forty delegations.",
        "At the forum, Varga assumed the chairmanship of the assembly.",
        "Varga met Speaker Oren Kastell on the sidelines.",
      ],
    },
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2024-05-02",
      sentences: [
        "Speaker Oren Kastell receives a delegation from Velmora.",
        "Speaker Oren Kastell receives a delegation from Velmora.",
        "The delegation to Tarnhalt toured the harbour first.",
        "Senator Ruta Belvik, leading the delegation to Tarnhalt, then met Kastell.",
      ],
    },
  ],
  people: [
    speaker("varga", "Ilona Varga", "Hungary", "a-forum"),
    speaker("kastell", "Oren Kastell", "Austria", "a-forum"),
    speaker("belvik", "Ruta Belvik", "Lithuania", "a-visit"),
  ],
  meetings: [
    meeting({ id: "m-forum", articleId: "a-forum", participants: ["varga", "kastell"], place: "Drosk" }),
    meeting({ id: "m-visit", articleId: "a-visit", participants: ["kastell", "belvik"], place: "Tarnhalt" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("the sentence that answers an open question", () => {
  it("is the one with the word only it has, not the one with the words the whole report repeats", () => {
    const first = ask("What did Varga assume at the forum in Drosk?").split("\n")[0];
    expect(first).toContain("chairmanship");
  });
  it("is quoted once when the report repeats it word for word", () => {
    const text = ask("Why did Kastell receive a delegation from Velmora?");
    expect(text.split("receives a delegation from Velmora").length - 1).toBe(1);
  });
  it("for 'who led', is the one that says 'leading'", () => {
    const first = ask("Who led the delegation to Tarnhalt?").split("\n")[0];
    expect(first).toContain("Belvik");
  });
});

describe("words of leading", () => {
  it("report one act", () => {
    expect(reportedAs(stem("led"))).toContain(stem("leading"));
    expect(reportedAs(stem("lead"))).toContain(stem("led"));
    expect(reportedAs(stem("led"))).not.toContain(stem("leader"));
  });
});

describe("'how did X …?'", () => {
  const letters = factBase({
    articles: [
      {
        id: "a-letter",
        file: "letter.txt",
        published: "2024-07-01",
        sentences: [
          "Speaker Ilona Varga congratulated Oren Kastell on his election as Speaker.",
          "Varga sent Kastell a letter of congratulations on behalf of the assembly.",
        ],
      },
    ],
    people: [
      speaker("varga", "Ilona Varga", "Hungary", "a-letter"),
      speaker("kastell", "Oren Kastell", "Austria", "a-letter"),
    ],
    meetings: [],
  });
  it("asks for the means: the sentence with the letter or the video link", () => {
    const first = new Answerer(letters, { now: NOW })
      .answer("How did Varga congratulate Kastell?")
      .text.split("\n")[0];
    expect(first).toContain("letter");
  });
  it("but 'how did X describe Y?' asks for X's words, not the means", () => {
    expect(openingKeywords("how did Varga congratulate Kastell?").map((o) => o.key)).toEqual(["how"]);
    expect(openingKeywords("how did Varga describe Kastell?")).toEqual([]);
    expect(openingKeywords("how many letters did Varga send?")).toEqual([]);
  });
});
