/**
 * Names that more than one entry of the fact base answers to: two spellings of one person's surname
 * ("Askerov", "Asgarov" from two reports), a surname two people share beside someone only one of them
 * met or after a title only one of them holds, and a yes-no question about signing. Names invented.
 */
import { describe, expect, it } from "vitest";
import type { FactBase } from "../../src/facts/types.ts";
import { Answerer } from "../../src/query/index.ts";
import { detectIntent } from "../../src/query/intent.ts";
import { meeting, NOW, speaker } from "./fixture.ts";

const base: FactBase = {
  version: 1,
  generatedAt: "2026-01-01T00:00:00.000Z",
  articles: [
    {
      id: "a-harbour",
      file: "harbour.txt",
      published: "2024-04-02",
      sentences: [
        "Vice-speaker Tamerlan Oskarov received Senator Ilse Brautigam in Porvik.",
        "They discussed the protocol on ferries signed between the two sides in 2019.",
      ],
    },
    {
      id: "a-committee",
      file: "committee.txt",
      published: "2024-06-10",
      sentences: ["The defence committee chaired by Tamerlan Oskerov met in Velm."],
    },
    {
      id: "a-shore",
      file: "shore.txt",
      published: "2024-07-01",
      sentences: ["Speaker Dorin Al Vashti met Speaker Lars Ekdahl in Velm."],
    },
    {
      id: "a-river",
      file: "river.txt",
      published: "2024-08-01",
      sentences: ["Senator Oana Al-Vashti met Speaker Piet Hoekstraat in Tarnow."],
    },
  ],
  people: [
    speaker("oskarov", "Tamerlan Oskarov", "Estland", "a-harbour"),
    speaker("oskerov", "Tamerlan Oskerov", "Estland", "a-committee"),
    speaker("brautigam", "Ilse Brautigam", "Netherlands", "a-harbour"),
    speaker("dorin", "Dorin Al Vashti", "Moldova", "a-shore"),
    {
      id: "oana",
      name: "Oana Al-Vashti",
      aliases: [],
      country: "Romania",
      roles: [{ title: "Senator", country: "Romania", articleId: "a-river" }],
    },
    speaker("ekdahl", "Lars Ekdahl", "Sweden", "a-shore"),
    speaker("hoekstraat", "Piet Hoekstraat", "Netherlands", "a-river"),
    // Another person with Oskarov's given name and a surname far from his.
    speaker("tamerlan-berg", "Tamerlan Bergmann", "Estland", "a-committee"),
  ],
  meetings: [
    meeting({
      id: "m-harbour",
      articleId: "a-harbour",
      participants: ["oskarov", "brautigam"],
      place: "Porvik",
    }),
    meeting({ id: "m-shore", articleId: "a-shore", participants: ["dorin", "ekdahl"], place: "Velm" }),
    meeting({ id: "m-river", articleId: "a-river", participants: ["oana", "hoekstraat"], place: "Tarnow" }),
  ],
};
const ask = (q: string) => new Answerer(base, { now: NOW }).answer(q).text;

describe("one person under two spellings of a surname", () => {
  it("is found by either full name", () => {
    expect(ask("who did Tamerlan Oskerov meet?")).toContain("Ilse Brautigam");
    expect(ask("who did Tamerlan Oskarov meet?")).toContain("Ilse Brautigam");
  });
  it("is found by either surname alone", () => {
    expect(ask("who met Oskerov?")).toContain("Ilse Brautigam");
    expect(ask("who met Oskarov?")).toContain("Ilse Brautigam");
  });
  it("is never someone with the same given name and another surname", () => {
    const text = ask("who met Bergmann?");
    expect(text).not.toContain("Brautigam");
    expect(text).toMatch(/no meeting of Tamerlan Bergmann/i);
  });
});

describe("a surname two people share, beside someone only one of them met", () => {
  it("means the one who met them, with no note about several people", () => {
    const text = ask("when did Al Vashti meet Ekdahl?");
    expect(text).toContain("Dorin Al Vashti and Lars Ekdahl met in Velm");
    expect(text).not.toContain("Oana");
    expect(text).not.toContain("Several people");
  });
  it("alone, names every person who answers to it", () => {
    const text = ask("who met Al Vashti?");
    expect(text).toContain("Several people match that name: Dorin Al Vashti, Oana Al-Vashti.");
  });
});

describe("a surname two people share, after a title only one of them holds", () => {
  it.each([
    ["who did Senator Al Vashti meet?", "Piet Hoekstraat", "Lars Ekdahl"],
    ["who did Speaker Al Vashti meet?", "Lars Ekdahl", "Piet Hoekstraat"],
  ])("%s → %s", (q, met, notMet) => {
    const text = ask(q);
    expect(text).toContain(met);
    expect(text).not.toContain(notMet);
    expect(text).not.toContain("Several people");
  });
});

describe("a yes-no question about signing", () => {
  it.each([
    ["Did Oskarov and Brautigam sign anything?", "signed"],
    ["was a memorandum signed by Oskarov and Brautigam?", "signed"],
    ["did Oskarov meet Brautigam and sign a memorandum?", "did-meet"],
    ["did Oskarov meet Brautigam?", "did-meet"],
  ])("%s → %s", (q, intent) => {
    expect(detectIntent(q)).toBe(intent);
  });
  it("says nothing signed is recorded, then the sentence about signing, not 'yes, they met'", () => {
    const text = ask("Did Oskarov and Brautigam sign anything?");
    expect(text).toMatch(/^I have no record of an agreement signed by Tamerlan Oskarov and Ilse Brautigam\./);
    expect(text).toContain("protocol on ferries signed between the two sides in 2019");
    expect(text).not.toMatch(/^Yes/);
  });
});
