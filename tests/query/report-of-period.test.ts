/**
 * "who did X meet in December 2020?" when none of X's meetings is recorded then: the reply says so and
 * quotes the report of that period that names X (a phone call the base holds no meeting of), citing it.
 * Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2020-03-04",
      sentences: ["Speaker Reza Karimzad received Speaker Ion Balan in Tehran."],
    },
    {
      id: "a-call",
      file: "call.txt",
      published: "2020-12-15",
      sentences: [
        "During the phone conversation, Karimzad stressed the importance of parliamentary ties with Moldova.",
        "The two speakers agreed to stay in touch.",
      ],
    },
    {
      id: "a-other",
      file: "other.txt",
      published: "2020-12-20",
      sentences: ["Speaker Ion Balan opened the winter session."],
    },
  ],
  people: [
    speaker("karimzad", "Reza Karimzad", "Iran", "a-visit"),
    speaker("balan", "Ion Balan", "Moldova", "a-visit"),
  ],
  meetings: [
    meeting({
      id: "m-visit",
      articleId: "a-visit",
      participants: ["karimzad", "balan"],
      date: { start: "2020-03-03", basis: "stated" },
    }),
  ],
});
const answer = (q: string) => new Answerer(base, { now: NOW }).answer(q);

describe("a period with no meeting of the person asked about", () => {
  it("quotes the report of that period that names them, and cites it", () => {
    const reply = answer("who did Karimzad meet in December 2020?");
    expect(reply.text).toContain("No meeting of Reza Karimzad in December 2020");
    expect(reply.text).toContain("phone conversation");
    expect(reply.sources.map((s) => s.file)).toContain("call.txt");
  });
  it("quotes no report of another period, nor one that does not name them", () => {
    const text = answer("who did Karimzad meet in January 2021?").text;
    expect(text).not.toContain("phone conversation");
    expect(text).not.toContain("winter session");
  });
  it("adds nothing when a meeting of theirs falls in the period", () => {
    expect(answer("who did Karimzad meet in March 2020?").text).not.toContain("Reported then");
  });
});
