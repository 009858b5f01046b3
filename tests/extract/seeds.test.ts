import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/folder.ts";
import { isKnownCity } from "../../src/extract/gazetteer.ts";
import { extractFacts } from "../../src/extract/index.ts";
import type { FactBase } from "../../src/facts/types.ts";

const base = extractFacts(readCorpus("seeds", { isKnownCity }).articles, {
  now: new Date("2026-01-01T00:00:00Z"),
});
const person = (name: string) =>
  base.people.find((p) => p.name.includes(name) || p.aliases.some((a) => a.includes(name)));
const meetingsOf = (articlePrefix: string) =>
  base.meetings.filter((m) => m.articleId.startsWith(articlePrefix));
const names = (ids: string[]) => ids.map((id) => base.people.find((p) => p.id === id)?.name);

describe("the first seed (Nigmatulin in Seoul)", () => {
  const meetings = meetingsOf("000_");
  it("yields three bilateral meetings of Nurlan Nigmatulin", () => {
    expect(meetings).toHaveLength(3);
    const nigmatulin = person("Nigmatulin")?.id;
    for (const m of meetings) expect(m.participants).toContain(nigmatulin);
    const counterparts = meetings.flatMap((m) => names(m.participants.filter((p) => p !== nigmatulin)));
    expect(counterparts.sort()).toEqual(["Ara Babloyan", "Chung Sye-kyun", "Vyacheslav Volodin"]);
  });
  it("knows the counterparts' countries", () => {
    expect(person("Chung Sye-kyun")?.country).toBe("South Korea");
    expect(person("Volodin")?.country).toBe("Russia");
    expect(person("Babloyan")?.country).toBe("Armenia");
  });
  it("places them in Seoul at the Eurasian speakers' meeting, with no date", () => {
    for (const m of meetings) {
      expect(m.place).toBe("Seoul");
      expect(m.occasion).toMatch(/Eurasian/);
      expect(m.date).toBeUndefined();
      expect(m.status).toBe("held");
    }
  });
  it("gives roles from the text", () => {
    expect(person("Volodin")?.roles.map((r) => r.title)).toContain("Chairman of the State Duma of Russia");
    expect(person("Babloyan")?.roles[0]?.title).toMatch(/Chairman of the National Assembly of Armenia/);
  });
});

describe("the second seed (Koshanov and Amarbayasgalan)", () => {
  const meetings = meetingsOf("002_");
  it("yields Erlan Koshanov meeting Dashzegve Amarbayasgalan on 2025-09-04", () => {
    expect(meetings).toHaveLength(1);
    const m = meetings[0];
    expect(names(m?.participants ?? []).sort()).toEqual(["Dashzegve Amarbayasgalan", "Erlan Koshanov"]);
    expect(m?.date?.start).toBe("2025-09-04");
    expect(m?.date?.end).toBeUndefined();
  });
  it("records the memorandum of cooperation signed", () => {
    // The fuller name of the document, told in the closing sentence, is the one kept.
    expect(meetings[0]?.agreements).toContain(
      "memorandum of cooperation between the Majilis of the Kazakh Parliament and the State Great Khural of Mongolia",
    );
  });
  it("keeps the Mongolian President as a person, not a participant", () => {
    const president = person("Ukhnaagiin");
    expect(president?.country).toBe("Mongolia");
    expect(meetings[0]?.participants).not.toContain(president?.id);
  });
  it("merges the two spellings of the Mongolian speaker", () => {
    const p = person("Amarbayasgalan");
    expect([p?.name, ...(p?.aliases ?? [])]).toEqual(
      expect.arrayContaining(["Dashzegve Amarbayasgalan", "Amarbayasgalan Dashzegve"]),
    );
    expect(p?.country).toBe("Mongolia");
  });
});

describe("data/facts.json", () => {
  it("is what the extractor produces from seeds/", () => {
    const committed = JSON.parse(readFileSync("data/facts.json", "utf8")) as FactBase;
    const strip = (b: FactBase) => ({ ...b, generatedAt: "" });
    expect(strip(committed)).toEqual(strip(base));
  });
});
