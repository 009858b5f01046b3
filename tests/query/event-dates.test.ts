/**
 * "when will X address the diaspora?", "when will the forum take place?": the date of an event that is
 * not a meeting comes from the sentence that names the event with its day, not from a meeting's date;
 * "when did X meet Y?" is still answered by their meeting. Names invented.
 */
import { describe, expect, it } from "vitest";
import { namesADay } from "../../src/query/dates.ts";
import { Answerer } from "../../src/query/index.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-talks",
      file: "talks.txt",
      published: "2024-03-11",
      sentences: [
        "Speaker Tomas Verhagen met Speaker Ilse Marrow in Brenholt on 10 March 2024.",
        "The sides discussed trade.",
      ],
    },
    {
      id: "a-trip",
      file: "trip.txt",
      published: "2024-10-01",
      sentences: [
        "Speaker Tomas Verhagen leads a delegation to the assembly in Ostrel.",
        "Verhagen will also address the diaspora in Ostrel on 14 October 2024.",
      ],
    },
    {
      id: "a-forum",
      file: "forum.txt",
      published: "2023-05-20",
      sentences: [
        "Kessel, May 20, NORPRESS – The Forum of Coastal Speakers will take place in the capital of Iceland on Friday, 2 June, the parliament announced.",
      ],
    },
  ],
  people: [
    speaker("verhagen", "Tomas Verhagen", "Netherlands", "a-talks"),
    speaker("marrow", "Ilse Marrow", "Norway", "a-talks"),
    speaker("eyvind", "Eyvind Sturlason", "Iceland", "a-talks"),
  ],
  meetings: [
    meeting({
      id: "m-talks",
      articleId: "a-talks",
      participants: ["verhagen", "marrow"],
      place: "Brenholt",
      date: { start: "2024-03-10", basis: "stated" },
      topics: ["trade"],
    }),
    meeting({
      id: "m-iceland",
      articleId: "a-talks",
      participants: ["marrow", "eyvind"],
      date: { start: "2024-03-09", basis: "stated" },
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("a sentence names a day", () => {
  it("by a day and a month's name, in either order, or a month and a year", () => {
    expect(namesADay("He will speak on 14 October 2024.")).toBe(true);
    expect(namesADay("The delegation stays until February 29.")).toBe(true);
    expect(namesADay("The visit took place in March 2019.")).toBe(true);
    expect(namesADay("The speaker met 12 deputies of the Majilis.")).toBe(false);
  });
  it("but not by the dateline that opens a report", () => {
    expect(namesADay("Accra, April 1, GNA – The Speaker was invited to the inauguration.")).toBe(false);
  });
});

describe("the date of an event that is not a meeting", () => {
  it("is the day the sentence naming the event gives, not the day of the person's meeting", () => {
    const text = ask("when will Verhagen address the diaspora in Ostrel?");
    expect(text).toContain("14 October 2024");
    expect(text).not.toContain("10 March 2024");
  });
  it("is found for an event asked about by its country, where nobody is named", () => {
    expect(ask("when will the Forum of Coastal Speakers take place in Iceland?")).toContain("2 June");
  });
  it("leaves the question of when two people met to their meeting", () => {
    const text = ask("when did Verhagen meet Marrow?");
    expect(text).toContain("10 March 2024");
    expect(text).not.toContain("14 October");
  });
  it("is the only date of a reply to when two people met: the source is cited without the day it came out", () => {
    const text = ask("when did Verhagen meet Marrow?");
    expect(text).toContain("10 March 2024");
    expect(text).not.toContain("11 March 2024");
    // Other replies still date their sources.
    expect(ask("where did Verhagen meet Marrow?")).toContain("11 March 2024");
  });
  it("is not guessed from a sentence that names the event with no day", () => {
    expect(ask("when will Verhagen lead the delegation to the assembly?")).not.toContain("14 October");
  });
});
