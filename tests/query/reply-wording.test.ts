/**
 * How structured replies are worded where they used to read wrong: a narrowing that matched nothing is
 * said first (no "X met:" above "no meeting … is recorded"), in English, Russian and Kazakh; a country's
 * meetings asked for "with" it are headed "with"; and the person a reply is about is described by the
 * role of their newest report, not by whichever role was read last. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, report, speaker } from "./fixture.ts";

// Malkin's talks with one guest, told in `articleId`, held where and on the day it says.
function talks(articleId: string, guest: string, country: string, place: string, day: string) {
  return meeting({
    id: `m-${guest}`,
    articleId,
    participants: ["malkin", guest],
    countries: ["Moldova", country],
    place,
    date: { start: day, basis: "stated" },
  });
}

const base = factBase({
  articles: [
    report("a-new", "2025-05-20", "President Teodor Malkin received Speaker Ilse Marrow in Velm."),
    report("a-old", "2016-03-02", "Senate Chairman Teodor Malkin met Speaker Piet Dorne in Drosk."),
  ],
  people: [
    {
      id: "malkin",
      name: "Teodor Malkin",
      aliases: ["Malkin"],
      country: "Moldova",
      // Read in this order: the newest report's role first, the old office last.
      roles: [
        { title: "President of Moldova", country: "Moldova", articleId: "a-new" },
        { title: "Chairman of the Senate", body: "Senate", country: "Moldova", articleId: "a-old" },
      ],
    },
    speaker("marrow", "Ilse Marrow", "Argentina", "a-new"),
    speaker("dorne", "Piet Dorne", "Belgium", "a-old"),
  ],
  meetings: [
    talks("a-new", "marrow", "Argentina", "Velm", "2025-05-20"),
    talks("a-old", "dorne", "Belgium", "Drosk", "2016-03-02"),
  ],
});
const answerer = new Answerer(base, { now: NOW });
const ask = (q: string) => answerer.answer(q).text;
const firstLine = (q: string) => ask(q).split("\n")[0];

describe("a narrowing that matched nothing", () => {
  it("is the first line, not under a header saying whom they met", () => {
    const text = ask("who met Malkin in 2019?");
    expect(text.split("\n")[0]).toBe("No meeting of Teodor Malkin in 2019 is recorded. Other meetings:");
    expect(text).not.toContain(" met:");
    expect(text).toContain("Ilse Marrow");
  });
  it("keeps the date and place on each line, the header having no room for them", () => {
    expect(ask("who met Malkin in Minsk in 2025?")).toMatch(/• Ilse Marrow[^\n]*in Velm/);
  });
  it("comes first in Russian and in Kazakh too", () => {
    expect(firstLine("кто встречался с Малкиным в 2019 году?")).toBe(
      "Встречи (Teodor Malkin) в 2019 году у меня не записаны. Другие встречи:",
    );
    expect(firstLine("Малкин 2019 жылы кіммен кездесті?")).toBe(
      "Teodor Malkin қатысқан кездесу 2019 жылы менде жазылмаған. Басқа кездесулер:",
    );
  });
  it("heads a country's meetings too", () => {
    expect(firstLine("meetings of Belgium in 2025")).toMatch(/^No meeting of Belgium in 2025 is recorded/);
  });
});

describe("a country's meetings asked for with 'with'", () => {
  it("are headed 'Meetings with' when there are some", () => {
    expect(firstLine("meetings with Argentina")).toBe("Meetings with Argentina:");
  });
  it("say 'no meeting with' when there is none", () => {
    expect(firstLine("meetings with Chile")).toBe("I know of no meeting with Chile.");
  });
  it("keep 'of' when the question says 'of'", () => {
    expect(firstLine("meetings of Chile")).toBe("I know of no meeting of Chile.");
  });
});

describe("the person a reply is about", () => {
  it("is described by the role of their newest report", () => {
    expect(firstLine("who met Malkin?")).toBe("Teodor Malkin, President of Moldova, met:");
    expect(firstLine("who met Malkin in 2025?")).toBe("Teodor Malkin, President of Moldova, met:");
  });
  it("by the office held then, when the question names a time", () => {
    expect(firstLine("who met Malkin in 2016?")).toMatch(
      /^Teodor Malkin, Chairman of the Senate \(Moldova\), met/,
    );
  });
});
