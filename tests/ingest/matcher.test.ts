import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Meeting, Person } from "../../src/facts/types.ts";
import { matchMeetings } from "../../src/ingest/matcher.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { nameKey, watchedNameMatches, wordsMatch } from "../../src/store/name-keys.ts";

const koshanov: Person = {
  id: "erlan-koshanov",
  name: "Erlan Koshanov",
  aliases: ["Yerlan Koshanov", "Koshanov"],
  country: "Kazakhstan",
  roles: [],
};
const amar: Person = {
  id: "dashzegve-amarbayasgalan",
  name: "Dashzegve Amarbayasgalan",
  aliases: [],
  roles: [],
};
const meeting: Meeting = {
  id: "m1",
  articleId: "a1",
  participants: [koshanov.id, amar.id],
  parties: [{ country: "Turkey", description: "a Turkish delegation" }],
  countries: ["Kazakhstan", "Mongolia"],
  status: "held",
  agreements: [],
  topics: [],
  evidence: "Koshanov met Amarbayasgalan.",
};
const people = new Map([koshanov, amar].map((p) => [p.id, p]));

describe("name keys", () => {
  it("normalise case, diacritics and Cyrillic", () => {
    expect(nameKey("Mr. Khürelsükh")).toBe("khurelsukh");
    expect(nameKey("Кошанов")).toBe("koshanov");
  });
  it("allow one typo in a long word, none in a short one", () => {
    expect(wordsMatch("koshanof", "koshanov")).toBe(true);
    expect(wordsMatch("nigmatullin", "nigmatulin")).toBe(true);
    expect(wordsMatch("koshnaov", "koshanov")).toBe(true); // swapped neighbours
    expect(wordsMatch("koshanov", "kashanav")).toBe(false);
    expect(wordsMatch("li", "lu")).toBe(false);
  });
  it("match a watched name only when every word of it matches", () => {
    expect(watchedNameMatches("erlan koshanof", ["Yerlan Koshanov", "Erlan Koshanov"])).toBe(true);
    expect(watchedNameMatches("nurlan koshanov", ["Erlan Koshanov"])).toBe(false);
  });
});

describe("matching meetings to subscriptions", () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(join(mkdtempSync(join(tmpdir(), "parlbot-match-")), "db.sqlite"));
  });
  afterEach(() => store.close());

  it("finds person, country, party, all and fuzzy watched-name subscribers, and nobody else", () => {
    const s = store.subscriptions;
    s.add(1, { kind: "person", key: koshanov.id, label: "Erlan Koshanov" });
    s.add(2, { kind: "country", key: "mongolia", label: "Mongolia" });
    s.add(3, { kind: "country", key: "turkey", label: "Turkey" }); // an unnamed side
    s.add(4, { kind: "all", key: "", label: "every new meeting" });
    s.add(5, { kind: "name", key: nameKey("Amarbayasgalan"), label: "Amarbayasgalan" });
    s.add(6, { kind: "name", key: nameKey("Кошанов"), label: "Кошанов" });
    s.add(7, { kind: "name", key: nameKey("Koshanof"), label: "Koshanof" });
    // Not matching:
    s.add(10, { kind: "person", key: "vyacheslav-volodin", label: "Vyacheslav Volodin" });
    s.add(11, { kind: "country", key: "russia", label: "Russia" });
    s.add(12, { kind: "name", key: nameKey("Nurlan Koshanov"), label: "Nurlan Koshanov" });
    s.add(13, { kind: "name", key: nameKey("Kim"), label: "Kim" });
    const matches = matchMeetings([meeting], people, s);
    expect([...matches.keys()].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...(matches.get(1) ?? [])]).toEqual(["m1"]);
  });

  it("gives nothing when there are no new meetings", () => {
    store.subscriptions.add(4, { kind: "all", key: "", label: "every new meeting" });
    expect(matchMeetings([], people, store.subscriptions).size).toBe(0);
  });
});
