/**
 * Ways people ask that the reply must follow: "who welcomed X?" (an act told in a sentence, not a
 * meeting list), "who did X meet from C?" (only the counterparts of C), "did X and Y discuss Z?" (the
 * topics), "what is X's position?" (who X is), "did X meet Y?" answered no (who each met in the
 * reports that name both), and a country's question answered by a report that recorded no meeting of
 * it. Names invented.
 */
import { describe, expect, it } from "vitest";
import { Answerer } from "../../src/query/index.ts";
import { detectIntent } from "../../src/query/intent.ts";
import { factBase, meeting, NOW, speaker } from "./fixture.ts";

const base = factBase({
  articles: [
    {
      id: "a-visit",
      file: "visit.txt",
      published: "2024-03-05",
      sentences: [
        "Speaker Talvenor Quissick arrived in Velmora on an official visit.",
        "At the airport, Quissick was welcomed by Ambassador Dorsa Pellinek and other officials.",
        "Quissick then held talks with Speaker Arno Brisk and with Senator Ilse Vantro.",
      ],
    },
    {
      id: "a-forum",
      file: "forum.txt",
      published: "2024-05-10",
      sentences: [
        "Speakers of several parliaments met at a forum in Ostrel.",
        "Brisk and Senator Kemal Oduya discussed transboundary river management.",
        "Brisk recalled the words of President Harlan Vesk about river management.",
        "The head of the Ostrel friendship group, Kemal Oduya, opened the forum.",
      ],
    },
    {
      id: "a-video",
      file: "video.txt",
      published: "2024-06-01",
      sentences: ["Chairperson Mirta Solvang praised the flood relief measures taken in Poland."],
    },
    {
      id: "a-trip",
      file: "trip.txt",
      published: "2024-07-01",
      sentences: [
        "A delegation of the Polish Sejm led by Deputy Jarek Wendt will attend the session in Ostrel.",
      ],
    },
  ],
  people: [
    speaker("quissick", "Talvenor Quissick", "Germany", "a-visit"),
    speaker("brisk", "Arno Brisk", "Poland", "a-visit"),
    speaker("vantro", "Ilse Vantro", "Lithuania", "a-visit"),
    speaker("pellinek", "Dorsa Pellinek", "Germany", "a-visit"),
    speaker("oduya", "Kemal Oduya", "Kenya", "a-forum"),
    speaker("vesk", "Harlan Vesk", "Poland", "a-forum"),
    speaker("solvang", "Mirta Solvang", "Norway", "a-video"),
    {
      id: "wendt",
      name: "Jarek Wendt",
      aliases: [],
      country: "Poland",
      // Read newest report first: the order of the list says nothing of time.
      roles: [
        { title: "Marshal of the Sejm", country: "Poland", articleId: "a-trip" },
        { title: "Deputy of the Sejm", country: "Poland", articleId: "a-visit" },
      ],
    },
  ],
  meetings: [
    meeting({
      id: "m-welcome",
      articleId: "a-visit",
      participants: ["quissick", "pellinek"],
      place: "Velmora",
      date: { start: "2024-03-04", basis: "stated" },
    }),
    meeting({
      id: "m-talks",
      articleId: "a-visit",
      participants: ["quissick", "brisk", "vantro"],
      place: "Warsaw",
      date: { start: "2024-03-04", basis: "stated" },
    }),
    meeting({
      id: "m-forum",
      articleId: "a-forum",
      participants: ["brisk", "oduya"],
      place: "Ostrel",
      date: { start: "2024-05-09", basis: "stated" },
      topics: ["transboundary river management"],
    }),
  ],
});
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("what a question asks for", () => {
  it.each([
    ["who welcomed Quissick at the airport?", "open"],
    ["who announced the speaker's visit?", "open"],
    ["Who accompanies Quissick on the visit?", "open"],
    ["who did Brisk protest to about the resolution?", "open"],
    ["whom did Quissick thank for the invitation?", "open"],
    ["who did Brisk receive in Ostrel?", "who-met"],
    ["who met Quissick?", "who-met"],
    ["who received Quissick in Velmora?", "who-met"],
    ["who welcomed Quissick when he arrived?", "open"],
    ["who did Brisk meet when he was in Ostrel?", "who-met"],
    ["did Brisk and Oduya discuss river management?", "discussed"],
    ["did Brisk meet Oduya?", "did-meet"],
    ["What is Arno Brisk's position?", "who-is"],
    ["Pellinek is ambassador of which country?", "who-is"],
    ["which delegations did Brisk meet?", "who-met"],
    ["which congressmen did Quissick meet?", "who-met"],
    ["who led the Polish delegation to the session?", "open"],
    ["What did the Polish senators do after the meeting?", "open"],
    ["since when have Poland and Kenya been partners?", "open"],
    ["where will the next session be held according to Brisk?", "open"],
    ["where did Brisk meet Oduya according to the report?", "where"],
    ["which MPs headed the visit to Ostrel?", "open"],
    ["what does Arno Brisk do?", "who-is"],
    ["what did Brisk do in Ostrel?", "open"],
  ])("%s → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
});

describe("replies that follow the question", () => {
  it("answers who welcomed someone with the sentence that says so", () => {
    const text = ask("who welcomed Quissick at the airport?");
    expect(text).toContain("Pellinek");
    expect(text).not.toContain("Vantro");
  });
  it("answers who someone met from a country with that country's people only", () => {
    const text = ask("who did Quissick meet from Lithuania?");
    expect(text).toContain("Vantro");
    expect(text).not.toContain("Brisk");
    expect(ask("who from Poland did Quissick meet?")).not.toContain("Vantro");
  });
  it("answers whether two people discussed something with their recorded topics", () => {
    expect(ask("did Brisk and Oduya discuss river management?")).toContain("transboundary river management");
  });
  it("answers no with who each side met in the reports that name both", () => {
    const text = ask("did Vesk meet Brisk?");
    expect(text).toMatch(/^No/);
    expect(text).toContain("Oduya");
    // Quissick's meeting with Brisk is reported where Vesk is not named.
    expect(text).not.toContain("Quissick");
  });
  it("answers whether someone visited a country by the meetings held there", () => {
    expect(ask("Has Quissick visited Poland?")).toMatch(/^Yes/);
    // Brisk met a German, but in Poland: that is no visit to Germany.
    expect(ask("Has Brisk visited Germany?")).toMatch(/^No/);
  });
  it("gives a person's newest title first", () => {
    const text = ask("what is Jarek Wendt's position?");
    expect(text.indexOf("Marshal of the Sejm")).toBeGreaterThan(-1);
    expect(text.indexOf("Marshal of the Sejm")).toBeLessThan(text.indexOf("Deputy of the Sejm"));
  });
  it("answers who led a delegation with the sentence that names the leader", () => {
    expect(ask("who led the Polish delegation to the session in Ostrel?")).toContain("Wendt");
  });
  it("answers who heads a body no role records with the sentence that names the head", () => {
    expect(ask("who heads the Ostrel friendship group?")).toContain("Kemal Oduya, opened the forum");
  });
  it("finds a country's answer in a report that recorded no meeting of it", () => {
    expect(ask("who praised the flood relief measures in Poland?")).toContain("Solvang");
  });
});
