/**
 * A question's verb finds the sentence that reports the act in the words news prose uses ("give" →
 * "presented … with", "brief" → "provided updates", "why" → "to attend", "how long" → "will last"), and
 * the question's own word, where a sentence has it, still wins. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { openingKeywords, reportedAs } from "../../src/query/reported-words.ts";
import { stem } from "../../src/text/stem.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-award",
      file: "award.txt",
      published: "2024-04-02",
      sentences: [
        "President Valdrin Oskarsen received Speaker Mirela Tovanic in Brenholt.",
        "Oskarsen presented Tovanic with the Order of the Silver Lynx.",
        "Tovanic provided updates on the new port of Kessel.",
        "Oskarsen mentioned the budget talks.",
        "Oskarsen recalled the flood of 2011.",
      ],
    },
    {
      id: "a-trip",
      file: "trip.txt",
      published: "2024-05-02",
      sentences: [
        "Speaker Mirela Tovanic arrived in Ostrel.",
        "Tovanic came to attend the regional water summit.",
        "The visit will last three days.",
      ],
    },
  ],
  people: [
    speaker("oskarsen", "Valdrin Oskarsen", "Norway", "a-award"),
    speaker("tovanic", "Mirela Tovanic", "Croatia", "a-award"),
  ],
  meetings: [
    meeting({ id: "m-award", articleId: "a-award", participants: ["oskarsen", "tovanic"] }),
    meeting({ id: "m-trip", articleId: "a-trip", participants: ["tovanic"], place: "Ostrel" }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("words that report one act", () => {
  it("are alternatives of each other, by stem", () => {
    expect(reportedAs(stem("give"))).toContain(stem("presented"));
    expect(reportedAs(stem("gave"))).toContain(stem("gifted"));
    expect(reportedAs(stem("meeting"))).toEqual([]);
  });
  it("read discussing in the words reports use for it", () => {
    expect(reportedAs(stem("discuss"))).toContain(stem("deliberations"));
    expect(reportedAs(stem("discussed"))).toContain(stem("exchanged"));
  });
  it("read an invitation as asking, and 'added' as saying", () => {
    expect(reportedAs(stem("ask"))).toContain(stem("invited"));
    expect(reportedAs(stem("say"))).toContain(stem("added"));
  });
  it("keep each word in one act, so that two acts never join through it", () => {
    expect(reportedAs(stem("expected"))).toContain(stem("hope"));
    expect(reportedAs(stem("expected"))).not.toContain(stem("request"));
    expect(reportedAs(stem("ask"))).not.toContain(stem("hope"));
  });
  it("read what a question's opening asks for", () => {
    expect(openingKeywords("Why was she in Ostrel?").map((o) => o.key)).toEqual(["why"]);
    expect(openingKeywords("how long was the visit?")[0]?.stems).toContain(stem("last"));
    expect(openingKeywords("what did she say?")).toEqual([]);
  });
  it("take a reason given with 'due to' for what 'why' asks", () => {
    expect(openingKeywords("why can't she come?")[0]?.stems).toContain(stem("due"));
  });
});

describe("quoting what a question asks in other words", () => {
  it("finds what someone gave in a sentence that says presented", () => {
    expect(ask("What did Oskarsen give Tovanic?")).toContain("Order of the Silver Lynx");
  });
  it("finds what someone was briefed on in a sentence that says provided updates", () => {
    expect(ask("What did Tovanic brief Oskarsen on?")).toContain("port of Kessel");
  });
  it("prefers the question's own verb to another word for the act", () => {
    const text = ask("What did Oskarsen recall about Tovanic?");
    expect(text).toContain("flood of 2011");
    expect(text).not.toContain("budget");
  });
  it("answers why with the sentence that gives the purpose", () => {
    expect(ask("why was Tovanic in Ostrel?")).toContain("regional water summit");
  });
  it("answers how long with the sentence that gives the length", () => {
    expect(ask("how long was Tovanic's visit to Ostrel?")).toContain("three days");
  });
});

describe("what a question's opening asks for, with no other word", () => {
  const trip = factBase({
    articles: [
      {
        id: "a-fair",
        file: "fair.txt",
        published: "2024-06-02",
        sentences: [
          "Speaker Mirela Tovanic received Speaker Valdrin Oskarsen in Brenholt.",
          "Oskarsen is in the country to attend the opening of the Brenholt book fair.",
          "The sides spoke warmly.",
        ],
      },
    ],
    people: [
      speaker("oskarsen", "Valdrin Oskarsen", "Norway", "a-fair"),
      speaker("tovanic", "Mirela Tovanic", "Croatia", "a-fair"),
    ],
    meetings: [meeting({ id: "m-fair", articleId: "a-fair", participants: ["oskarsen", "tovanic"] })],
  });
  it("finds why someone came in the sentence that gives the purpose", () => {
    const text = new Answerer(trip, { now: NOW }).answer("why was the Norwegian speaker in Croatia?").text;
    expect(text).toContain("book fair");
  });
  it("reads an intention as a plan", () => {
    expect(reportedAs(stem("plan"))).toContain(stem("intention"));
  });
});
