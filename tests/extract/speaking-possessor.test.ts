/**
 * "X's office said the speaker ...": a role phrase reported by a person's own office, spokesman or
 * aide is that person, unless what is known of the person conflicts with the title. Short articles
 * written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { resolveMentions } from "../../src/extract/coref.ts";
import { makeDoc } from "../../src/extract/document.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { findOtherMentions } from "../../src/extract/mentions.ts";
import { mergeNameVariants } from "../../src/extract/name-variants.ts";
import { findPeople } from "../../src/extract/people.ts";

// The name of the person the role phrase `phrase` of the last sentence was resolved to, if any.
const referentOf = (text: string, phrase: string) => {
  const doc = makeDoc(parseArticle(text, { id: "x", file: "x.txt", isKnownCity }));
  findPeople(doc);
  mergeNameVariants(doc);
  findOtherMentions(doc);
  resolveMentions(doc);
  const s = doc.sentences.at(-1);
  const m = s?.mentions.find(
    (k) =>
      s.tokens
        .slice(k.from, k.to)
        .map((t) => t.text)
        .join(" ") === phrase,
  );
  return m?.person === undefined ? undefined : doc.people[m.person]?.names[0];
};

describe("the role phrase a person's own office reports", () => {
  it.each([
    "Rep. Doran Velko welcomed Senator Miro Castell at a dinner on Tuesday. Velko's office said the speaker discussed trade with the guests.",
    "Doran Velko met Miro Castell on Tuesday. Velko's spokesman said that the speaker raised the question of visas.",
    "Speaker Doran Velko met Senator Miro Castell on Tuesday. Velko's press service said the speaker thanked the guests.",
  ])("is the possessor whose office speaks: %s", (text) => {
    expect(referentOf(text, "the speaker")).toBe("Doran Velko");
  });

  it("is not the possessor whose known office conflicts with the title", () => {
    const text =
      "Ambassador Lio Marant called on Speaker Ara Benedek on Monday. Benedek's aide said the ambassador arrived in the morning.";
    expect(referentOf(text, "the ambassador")).toBe("Lio Marant");
  });

  it("is not a person who is only named, without an office of his speaking", () => {
    const text =
      "Doran Velko received Ambassador Lio Marant. Velko told reporters the ambassador had come to talk.";
    expect(referentOf(text, "the ambassador")).toBe("Lio Marant");
  });

  it("leaves the possessor's spokesman unnamed rather than give him to someone else", () => {
    const text =
      "Doran Velko met Senator Miro Castell on Tuesday. Velko's spokesman said the talks went well.";
    expect(referentOf(text, "'s spokesman")).toBeUndefined();
    expect(referentOf(text, "spokesman")).toBeUndefined();
    expect(referentOf(text, "Velko")).toBe("Doran Velko");
  });
});
