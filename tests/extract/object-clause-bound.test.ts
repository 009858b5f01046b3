/**
 * A meeting verb's object ends at a clause boundary (", and", "; ", ", while", ", but") when the
 * words before it already hold the verb's object and a new clause follows: "A met students, and B
 * spoke to journalists" pairs no one. Lists, "and with" continuations and appositive titles go on.
 * Invented names and bodies only.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./meeting-helpers.ts";

const pairs = (text: string) => meetingsOf(text).map((m) => m.names.join(" + "));
const A = "Velko Dramin";
const B = "Orsolya Kertveny";
const C = "Tamsin Oberlade";
const AB = [A, B].sort().join(" + ");

describe("a meeting verb's object stops at a new clause", () => {
  const negatives: [string, string][] = [
    ["met, and", `Speaker ${A} met students of the Vardel Academy, and Senator ${B} spoke to journalists.`],
    ["met, while", `Speaker ${A} met farmers in the north, while Deputy ${B} visited a school.`],
    [
      "held talks with, and",
      `Speaker ${A} held talks with trade unions on wages, and Deputy ${B} answered questions.`,
    ],
    ["held talks on, but", `Speaker ${A} held talks on trade, but Minister ${B} declined to comment.`],
    ["hosted; ", `Speaker ${A} hosted a youth forum; Deputy ${B} opened an exhibition.`],
    ["received, and", `Speaker ${A} received a group of veterans, and Deputy ${B} addressed the plenary.`],
    [
      "received, while",
      `Chairman ${A} received a petition from teachers, while Senator ${B} chaired the committee.`,
    ],
  ];
  for (const [verb, text] of negatives)
    it(`pairs no one: ${verb}`, () => {
      expect(pairs(text)).not.toContain(AB);
    });
});

describe("objects that go on past a comma", () => {
  it("keeps a list of counterparts", () => {
    const got = pairs(`Speaker ${A} met Senator ${C}, Deputy ${B} and Deputy Ivo Marsek.`);
    expect(got).toContain(AB);
    expect(got).toContain([A, C].sort().join(" + "));
  });
  it("keeps a list with a serial comma", () => {
    const got = pairs(`Speaker ${A} met Senator ${C}, Deputy ${B}, and two members of the Vardel Assembly.`);
    expect(got).toContain(AB);
  });
  it("keeps an 'and with' continuation after a titled object", () => {
    expect(
      pairs(`Speaker ${A} held talks with the Speaker of the Senate of Ruritania, and with Deputy ${B}.`),
    ).toContain(AB);
  });
  it("keeps an 'and with' continuation after a non-person object", () => {
    expect(pairs(`Speaker ${A} met students of the Vardel Academy, and with Senator ${B}.`)).toContain(AB);
  });
  it("keeps an appositive title between commas", () => {
    expect(pairs(`Speaker ${A} received the Ambassador of Ruritania, ${B}, on Monday.`)).toContain(AB);
  });
  it("keeps an appositive title before a hosted guest", () => {
    expect(
      pairs(`Speaker ${A} hosted the Chairwoman of the Vardel Assembly, ${B}, in the capital.`),
    ).toContain(AB);
  });
  it("keeps a plain held meeting", () => {
    expect(pairs(`Speaker ${A} held talks on trade with Senator ${B} in Vardel.`)).toContain(AB);
  });
});
