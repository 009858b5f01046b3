/**
 * What the sides discussed, as news English tells it: the verb before the matter, the matter before
 * a passive, the agenda, a frame at the head of the sentence, and what one side stressed or told the
 * other. Every name and body here is invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/article.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import { topicsOfSentence } from "../../src/extract/topics.ts";

/** The first matter a sentence says was discussed (stressed importance aside). */
const topicIn = (text: string) => topicsOfSentence(text).find((t) => !t.weak)?.text;

const said = (text: string) => topicsOfSentence(text).map((t) => (t.weak ? `(weak) ${t.text}` : t.text));

describe("the verb, then the matter", () => {
  it("discussed, focused on, exchanged views on, paid attention to", () => {
    expect(topicIn("The speakers discussed the expansion of trade between Velmar and Oskan.")).toBe(
      "expansion of trade between Velmar and Oskan",
    );
    expect(topicIn("The talks focused on water security in the river basin.")).toBe(
      "water security in the river basin",
    );
    expect(topicIn("The sides exchanged views on the situation in the region.")).toBe(
      "situation in the region",
    );
    expect(topicIn("The parties paid special attention to cooperation within the Northern Assembly.")).toBe(
      "cooperation within the Northern Assembly",
    );
  });
  it("drops the words that only say these were issues, and the clause after the matter", () => {
    expect(
      topicIn(
        "They discussed in detail a wide range of issues related to digital legislation, Orvell News reported.",
      ),
    ).toBe("digital legislation");
    expect(
      topicIn(
        "The meeting focused on closer ties between the chambers, with Speaker Nel Ardo stressing the role of youth.",
      ),
    ).toBe("closer ties between the chambers");
    expect(topicIn("Speaker Ardo discussed fisheries quotas during the meeting with his counterpart.")).toBe(
      "fisheries quotas",
    );
  });
  it("cuts a long list after its last whole item", () => {
    const items = Array.from({ length: 12 }, (_, i) => `the joint programme number ${i + 1}`).join(", ");
    const topic = topicIn(`The sides discussed ${items}.`) ?? "";
    expect(topic.length).toBeLessThanOrEqual(200);
    expect(topic).toMatch(/number \d+$/);
  });
});

describe("the matter, then the passive or the agenda", () => {
  it("reads the subject of 'were addressed', 'were considered', 'were on the agenda'", () => {
    expect(
      said(
        "Energy transit, customs rules and the Oskan investment climate were addressed during the meeting.",
      ),
    ).toEqual(["Energy transit, customs rules and the Oskan investment climate"]);
    expect(said("According to the press office, issues of flood protection were considered.")).toEqual([
      "flood protection",
    ]);
    expect(said("Rail links, tourism and climate projects were on the agenda.")).toEqual([
      "Rail links, tourism and climate projects",
    ]);
  });
  it("reads a frame at the head of the sentence", () => {
    expect(
      said("While discussing the border markets, the interlocutors praised the customs officers."),
    ).toEqual(["border markets"]);
    expect(
      said("Referring to the role of the joint commission, Ardo invited the guests to its session."),
    ).toEqual(["role of the joint commission"]);
  });
});

describe("what one side stressed or told: weaker matters", () => {
  it("are marked weak", () => {
    expect(said("Ardo emphasized the importance of continuing the reform of the courts.")).toEqual([
      "(weak) continuing the reform of the courts",
    ]);
    expect(
      said("Noting the importance of cross-border trade, Ardo said the regions account for half of it."),
    ).toEqual(["(weak) cross-border trade"]);
    expect(said("Pim Tavel informed his colleague about the new electoral law of Oskan.")).toEqual([
      "(weak) new electoral law of Oskan",
    ]);
  });
});

describe("what is no matter discussed", () => {
  it("the meeting itself, a pronoun, an agent, or a matter said not to be discussed by others", () => {
    expect(said("The issue was raised by the guest.")).toEqual([]);
    expect(said("Internal issues of a country should not be discussed by others.")).toEqual([]);
    expect(said("The Speaker considered it important to continue the dialogue.")).toEqual([]);
    expect(said("He addressed the participants of the forum.")).toEqual([]);
  });
});

describe("the topics of a meeting", () => {
  it("put the matters discussed before what one side stressed", () => {
    const text = [
      "Senate Speaker Nel Ardo of Velmar met Pim Tavel, Speaker of the Oskan Assembly.",
      "Ardo stressed the importance of regular contacts between the committees.",
      "The sides discussed cooperation in renewable energy.",
    ].join("\n\n");
    const base = extractFacts([
      parseArticle(` date 2024-05-14 ${text}`, { id: "x", file: "x.txt", isKnownCity }),
    ]);
    expect(base.meetings[0]?.topics).toEqual([
      "cooperation in renewable energy",
      "regular contacts between the committees",
    ]);
  });
});
