/**
 * Ways people ask that an independent annotator's questions showed: "who will X meet besides Y?" (Y set
 * aside, not a second subject), "who did X meet at Orvel Palace Hotel?" (a venue, not a person),
 * "who called on X?" (a courtesy call is a meeting), "the visiting MEPs" (no name), and "has X visited
 * C?" answered no when no meeting was there. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { detectIntent } from "../../src/query/intent.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-tour",
      file: "tour.txt",
      published: "2024-03-05",
      sentences: [
        "Speaker Talvenor Quissick will meet Speaker Arno Brisk and President Ilse Vantro in Warsaw.",
        "Quissick met Minister Kemal Oduya at the Orvel Palace Hotel in Warsaw.",
      ],
    },
    {
      id: "a-call",
      file: "call.txt",
      published: "2024-04-10",
      sentences: ["Ambassador Dorsa Pellinek called on Speaker Brisk in Warsaw."],
    },
  ],
  people: [
    speaker("quissick", "Talvenor Quissick", "Germany", "a-tour"),
    speaker("brisk", "Arno Brisk", "Poland", "a-tour"),
    speaker("vantro", "Ilse Vantro", "Poland", "a-tour"),
    speaker("oduya", "Kemal Oduya", "Poland", "a-tour"),
    speaker("pellinek", "Dorsa Pellinek", "Germany", "a-call"),
  ],
  meetings: [
    meeting({ id: "m-brisk", articleId: "a-tour", participants: ["quissick", "brisk"], place: "Warsaw" }),
    meeting({ id: "m-vantro", articleId: "a-tour", participants: ["quissick", "vantro"], place: "Warsaw" }),
    meeting({ id: "m-oduya", articleId: "a-tour", participants: ["quissick", "oduya"], place: "Warsaw" }),
    meeting({
      id: "m-call",
      articleId: "a-call",
      participants: ["pellinek", "brisk"],
      place: "Warsaw",
      date: { start: "2024-04-09", basis: "stated" },
    }),
  ],
});
const answerer = new Answerer(base, { now: NOW });
const ask = (q: string) => answerer.answer(q).text;

describe("a person set aside is not a subject", () => {
  it.each([
    "who will Quissick meet besides Brisk?",
    "who did Quissick meet apart from Brisk?",
    "who else did Quissick meet other than Brisk?",
    "who will Quissick meet in Poland except Brisk?",
  ])("%s", (q) => {
    const reply = ask(q);
    expect(reply).toContain("Vantro");
    expect(reply).toContain("Oduya");
    expect(reply).not.toContain("Brisk");
  });

  it("is read as set aside only after the words that set it aside", () => {
    expect(answerer.parse("who will Quissick meet besides Brisk?").people).toHaveLength(1);
    expect(answerer.parse("who will Quissick meet with Brisk?").people).toHaveLength(2);
  });
});

describe("a venue is a place, not a person", () => {
  it("answers who met X at a named hotel with X's meetings there", () => {
    const reply = ask("who did Quissick meet at Orvel Palace Hotel Warsaw?");
    expect(reply).not.toMatch(/I know of no meeting|I don't know/);
    expect(reply).toContain("Oduya");
  });

  it("does not take the venue's words for an unknown name", () => {
    const q = answerer.parse("who did Quissick meet at Orvel Palace Hotel?");
    expect(q.unknownNames).toEqual([]);
    expect(q.people).toHaveLength(1);
  });

  it("still reads one capitalised word after 'at' as a possible name", () => {
    const q = answerer.parse("who did Quissick meet at Brisk's invitation?");
    expect(q.people.map((p) => p.ids[0])).toContain("brisk");
  });
});

describe("a courtesy call is a meeting", () => {
  it.each([
    ["who called on Brisk in April 2024?", "who-met"],
    ["who paid a courtesy call on Brisk?", "who-met"],
    ["who called for the sanctions to end?", "open"],
  ])("%s → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });

  it("lists the caller", () => {
    expect(ask("who called on Brisk in April 2024?")).toContain("Pellinek");
  });
});

describe("has X visited a city", () => {
  it("says no meeting was recorded there when all were elsewhere, naming the place", () => {
    const reply = ask("has Pellinek visited Berlin?");
    expect(reply).toMatch(/^No meeting of Dorsa Pellinek in Berlin is recorded/);
  });

  it("says yes with the meeting when one was there", () => {
    expect(ask("has Pellinek visited Warsaw?")).toMatch(/^Yes/);
  });
});

describe("an abbreviation in the plural names a kind of people", () => {
  it.each(["when did Brisk receive the visiting MEPs?", "who did Quissick meet among the NGOs?"])(
    "%s",
    (q) => {
      expect(answerer.parse(q).unknownNames).toEqual([]);
      expect(answerer.answer(q).text).not.toMatch(/I don't know anything about/);
    },
  );
});

describe("whom someone congratulated is told by a sentence, whatever the length of their name", () => {
  it.each([
    "who did Brisk congratulate on his election?",
    "whom did Speaker Ali bin Omar Al Tamar congratulate on the national day?",
  ])("%s → open", (q) => {
    expect(detectIntent(q)).toBe("open");
  });

  it("reads 'which speakers congratulated X' so too, unless they also met", () => {
    expect(detectIntent("which Ruritanian speakers congratulated Brisk on his election?")).toBe("open");
    expect(detectIntent("which speakers met and congratulated Brisk?")).toBe("who-met");
  });

  it("still reads 'who did X meet' as a meeting question", () => {
    expect(detectIntent("who did Ali bin Omar Al Tamar meet in Warsaw?")).toBe("who-met");
  });
});
