/**
 * "Where" and "when" answers add the sentence that reported the meeting when it says what the record
 * lacks: the venue inside the city ("at the Drosk river station", recorded as Drosk), the weekday of a
 * meeting with no date ("On Friday, …"). A record that already says it gets no extra line. Names and
 * places invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { askThroughCli, factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-station",
      file: "station.txt",
      published: "2024-03-05",
      sentences: [
        "Speaker Ilona Varga met Speaker Oren Kastell at the Drosk river station.",
        "They spoke about barge traffic.",
      ],
    },
    {
      id: "a-friday",
      file: "friday.txt",
      published: "2024-04-05",
      sentences: [
        "On Friday, Speaker Ilona Varga met Senator Mira Telen in Brask.",
        "They spoke about bridges.",
      ],
    },
    {
      id: "a-palace",
      file: "palace.txt",
      published: "2024-05-05",
      sentences: ["Speaker Oren Kastell received Senator Mira Telen at the Vessel Palace on 2 May 2024."],
    },
  ],
  people: [
    speaker("varga", "Ilona Varga", "Hungary", "a-station"),
    speaker("kastell", "Oren Kastell", "Austria", "a-station"),
    speaker("telen", "Mira Telen", "Slovenia", "a-friday"),
  ],
  meetings: [
    meeting({
      id: "m-station",
      articleId: "a-station",
      participants: ["varga", "kastell"],
      place: "Drosk",
      evidence: "Speaker Ilona Varga met Speaker Oren Kastell at the Drosk river station.",
    }),
    meeting({
      id: "m-friday",
      articleId: "a-friday",
      participants: ["varga", "telen"],
      place: "Brask",
      evidence: "On Friday, Speaker Ilona Varga met Senator Mira Telen in Brask.",
    }),
    meeting({
      id: "m-palace",
      articleId: "a-palace",
      participants: ["kastell", "telen"],
      place: "Vessel Palace",
      date: { start: "2024-05-02", basis: "stated" },
      evidence: "Speaker Oren Kastell received Senator Mira Telen at the Vessel Palace on 2 May 2024.",
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("what the record of a meeting lacks, from the sentence that reported it", () => {
  it("gives the venue inside the city for 'where'", () => {
    expect(ask("where did Varga meet Kastell?")).toContain("river station");
  });

  it("gives the weekday of a meeting with no date for 'when'", () => {
    expect(ask("when did Varga meet Telen?")).toContain("On Friday");
  });

  it("adds nothing when the record says it already", () => {
    const reply = ask("where did Kastell meet Telen?");
    expect(reply).toContain("Vessel Palace");
    expect(reply).not.toContain("received");
    // A dated meeting's weekday is not asked for.
    expect(ask("when did Varga meet Kastell?")).not.toContain("river station");
  });

  it("answers through `parlbot ask` the same way", () => {
    const { status, answer } = askThroughCli(base, "where did Varga meet Kastell?");
    expect(status).toBe(0);
    expect(answer?.text).toContain("river station");
    expect(answer?.sources.map((s) => s.articleId)).toEqual(["a-station"]);
  });
});
