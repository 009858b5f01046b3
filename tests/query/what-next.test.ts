/**
 * "what did X do after meeting Y?": the report's sentence after the meeting that opens with a word of
 * sequence ("After the talks, …", "Then …"), else one that has one ("X later visited …"), though it
 * repeats none of the question's words. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

// Two reports of a visit: what came next is told by its place after the meeting's sentence.
const visit = (id: string, met: string, next: string[]) => ({
  id,
  file: `${id}.txt`,
  published: "2024-03-11",
  sentences: ["The speakers discussed trade.", met, "The sides praised their ties.", ...next],
});
// Verhagen's meeting with each guest, in the report of that name, as its second sentence says it.
const guests = [
  [
    "marrow",
    "Ilse Marrow",
    "Velm",
    ["Marrow thanked the guests.", "After the talks, Verhagen laid a wreath."],
  ],
  ["dorne", "Piet Dorne", "Drosk", ["Verhagen later toured the harbour."]],
] as const;
const metSentence = (name: string, place: string) =>
  `Speaker Tomas Verhagen met Speaker ${name} in ${place}.`;
const base = factBase({
  articles: guests.map(([id, name, place, next]) => visit(`a-${id}`, metSentence(name, place), [...next])),
  people: [
    speaker("verhagen", "Tomas Verhagen", "Belgium", "a-marrow"),
    ...guests.map(([id, name]) => speaker(id, name, "Norway", `a-${id}`)),
  ],
  meetings: guests.map(([id, name, place]) =>
    meeting({
      id: `m-${id}`,
      articleId: `a-${id}`,
      participants: ["verhagen", id],
      evidence: metSentence(name, place),
    }),
  ),
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("what someone did after a meeting", () => {
  it.each([
    ["what did Verhagen do after meeting Marrow?", "After the talks, Verhagen laid a wreath\\."],
    ["what did Verhagen do after the talks with Dorne?", "Verhagen later toured the harbour"],
  ])("%s", (question, sentence) => expect(ask(question)).toMatch(new RegExp(`^“${sentence}`)));
});
