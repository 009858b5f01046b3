/**
 * Finding a name in the articles' text: whole folded words side by side, through the inverted index
 * (only the articles holding every word are read), newest first. Every name and sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { FactIndex } from "../../src/facts/index.ts";
import { nameMentions, nameWordForms } from "../../src/query/name-mentions.ts";
import { slotNameSpans } from "../../src/query/slot-names.ts";
import { factBase, report } from "./fixture.ts";

const index = new FactIndex(
  factBase({
    articles: [
      report("a-old", "2023-01-05", "Senator Ruta Kolářová-Benn thanked Zorbek Tamm for the visit."),
      report("a-new", "2024-07-09", "The talks were held at Zorbek Tamm’s invitation."),
      report("a-apart", "2024-08-01", "Zorbek arrived; Tamm stayed home."),
      report("a-short", "2024-09-01", "Li Wu opened the session."),
      {
        id: "a-title",
        file: "t.txt",
        published: "2022-02-02",
        title: "Ruta Kolarova-Benn in Drosk",
        sentences: [],
      },
    ],
    people: [],
    meetings: [],
  }),
  () => undefined,
);
const find = (name: string) => nameMentions(index, nameWordForms(name));

describe("a name in the articles' text", () => {
  it("is found as whole words side by side, newest first, with the sentence that names it", () => {
    expect(find("Zorbek Tamm") ?? []).toEqual([
      { articleId: "a-new", sentence: "The talks were held at Zorbek Tamm’s invitation." },
      { articleId: "a-old", sentence: "Senator Ruta Kolářová-Benn thanked Zorbek Tamm for the visit." },
    ]);
    expect((find("Tamm") ?? []).map((m) => m.articleId)).toEqual(["a-apart", "a-new", "a-old"]);
  });

  it("folds letters and hyphens as the articles' words are read, titles included", () => {
    expect((find("Kolarova-Benn") ?? []).map((m) => m.articleId)).toEqual(["a-old", "a-title"]);
  });

  it("is in no article when a word is in none, or only part of a longer word", () => {
    expect(find("Zorbek Quill")).toEqual([]);
    expect(find("Zorb")).toEqual([]);
  });

  it("cannot be looked up by words too short for the index", () => {
    expect(find("Li Wu")).toBeUndefined();
  });

  it("is read from Cyrillic in its case forms", () => {
    expect(nameWordForms("Таммом")).toContainEqual(expect.arrayContaining(["tamm"]));
    expect((find("Зорбеком Таммом") ?? []).map((m) => m.articleId)).toEqual(["a-new", "a-old"]);
  });
});

describe("a name in a name's slot", () => {
  it("spans the name-like words beside the slot, known to the articles, not an abbreviation", () => {
    const original = ["who", "met", "Zorbek", "Tamm"];
    const known = () => true;
    const nameLike = [false, false, true, true];
    expect(slotNameSpans({ original, slots: new Set([3]), nameLike, known })).toEqual([[2, 4]]);
    expect(slotNameSpans({ original, slots: new Set([3]), nameLike, known: (i) => i !== 2 })).toEqual([
      [3, 4],
    ]);
    expect(slotNameSpans({ original: ["who", "met", "IPU"], slots: new Set([2]), nameLike, known })).toEqual(
      [],
    );
    expect(slotNameSpans({ original: ["who", "met", "Er"], slots: new Set([2]), nameLike, known })).toEqual(
      [],
    );
  });
});

describe("a name whose words are in very many articles", () => {
  it("is not read through at a question's pace: what they hold is left unsaid", () => {
    const many = new FactIndex(
      factBase({
        articles: Array.from({ length: 201 }, (_, i) =>
          report(`a-${i}`, "2024-01-01", "Orvel Daskin spoke."),
        ),
        people: [],
        meetings: [],
      }),
      () => undefined,
    );
    expect(nameMentions(many, nameWordForms("Daskin"))).toBeUndefined();
    expect(nameMentions(many, nameWordForms("Quill"))).toEqual([]);
  });
});
