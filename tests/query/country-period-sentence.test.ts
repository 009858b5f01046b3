/**
 * "which Estonian senators held the video conference in June 2020?": no meeting of the country
 * fits the period, but a sentence of an article says it; that sentence answers, not a list of the
 * country's other meetings. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW, speaker } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    {
      id: "a-video",
      file: "video.txt",
      published: "2020-06-18",
      sentences: [
        "Estonian senators Tiit Kallaste and Mari Oja took part in a video conference of the assembly.",
      ],
    },
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2023-02-02",
      sentences: ["Kallaste received Aidan Dunmore."],
    },
  ],
  people: [
    speaker("kallas", "Tiit Kallaste", "Estonia", "a-visit"),
    speaker("dunmore", "Aidan Dunmore", "Ireland", "a-visit"),
  ],
  meetings: [
    meeting({
      id: "m-visit",
      articleId: "a-visit",
      participants: ["kallas", "dunmore"],
      countries: ["Estonia", "Ireland"],
      date: { start: "2023-02-01", basis: "stated" },
    }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a country's meetings, none in the period asked", () => {
  it("are answered by the sentence that says it", () => {
    const text = ask("which Estonian senators held the video conference in June 2020?");
    expect(text).toContain("Tiit Kallaste and Mari Oja took part in a video conference");
    expect(text).not.toContain("Dunmore");
  });
  it("are listed with a notice when no sentence says it", () => {
    const text = ask("who from Estonia met someone in June 2020?");
    expect(text).toContain("No meeting");
    expect(text).toContain("Dunmore");
  });
});
