/**
 * A country named as the place ("who did X meet in Bahrain?") finds the meetings held there when no
 * meeting is with that country; and the words of a "who met" question that choose an event keep every
 * meeting reported at that event, though the sentence with the words named only some. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { meeting, NOW, speaker } from "./fixture.ts";

const ipu = { articleId: "a-manama", place: "Manama", occasion: "the 150th IPU Assembly" };
const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    {
      id: "a-manama",
      file: "manama.txt",
      published: "2025-03-12",
      sentences: [
        "Varmadesh met Hamish Rowebury, Speaker of Australia, at the Assembly.",
        "Varmadesh held bilateral meetings with his counterparts from Chile and Peru.",
      ],
    },
    {
      id: "a-delhi",
      file: "delhi.txt",
      published: "2025-06-01",
      sentences: ["Varmadesh received Chidi Okaforo in New Delhi."],
    },
  ],
  people: [
    speaker("varma", "Kiran Varmadesh", "India", "a-manama"),
    speaker("rowe", "Hamish Rowebury", "Australia", "a-manama"),
    speaker("okafor", "Chidi Okaforo", "Nigeria", "a-delhi"),
  ],
  meetings: [
    meeting({
      id: "m-rowe",
      ...ipu,
      participants: ["varma", "rowe"],
      countries: ["India", "Australia"],
      evidence: "Varmadesh met Hamish Rowebury, Speaker of Australia, at the Assembly.",
    }),
    meeting({
      id: "m-chile",
      ...ipu,
      participants: ["varma"],
      parties: [{ country: "Chile", description: "counterparts from Chile" }],
      countries: ["India", "Chile"],
      evidence: "Varmadesh held bilateral meetings with his counterparts from Chile and Peru.",
    }),
    meeting({
      id: "m-peru",
      ...ipu,
      participants: ["varma"],
      parties: [{ country: "Peru", description: "counterparts from Peru" }],
      countries: ["India", "Peru"],
      evidence: "Varmadesh held bilateral meetings with his counterparts from Chile and Peru.",
    }),
    meeting({
      id: "m-delhi",
      articleId: "a-delhi",
      participants: ["varma", "okafor"],
      countries: ["India", "Nigeria"],
      place: "New Delhi",
      evidence: "Varmadesh received Chidi Okaforo in New Delhi.",
    }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a country named as the place", () => {
  it("finds the meetings held there when none is with that country", () => {
    const text = ask("who did Varmadesh meet in Bahrain?");
    expect(text).toContain("Hamish Rowebury");
    expect(text).not.toContain("Okaforo");
    expect(text).not.toContain("No meeting");
  });
  it("is still a counterpart's country when asked as one", () => {
    expect(ask("who from Bahrain did Varmadesh meet?")).toContain(
      "No meeting of Kiran Varmadesh with Bahrain",
    );
  });
});

describe("words that choose an event", () => {
  it("keep every meeting of that event in a list of whom someone met", () => {
    const text = ask("which counterparts did Varmadesh hold bilateral meetings with?");
    expect(text).toContain("Chile");
    expect(text).toContain("Hamish Rowebury");
    expect(text).not.toContain("Okaforo");
  });
});
