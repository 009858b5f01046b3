/**
 * A country the extractor only guessed from where a report stands (a bare "President X" in a report
 * from Astana) stays a guess through ingest: the fact base file keeps the mark, and articles ingested
 * later, one ingest at a time as the bot gets them, weigh it as a guess. Every name below is invented.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { emptyFactBase, loadFactBase } from "../../src/facts/io.ts";
import type { Person } from "../../src/facts/types.ts";
import { Ingester } from "../../src/ingest/ingester.ts";
import { silentLog } from "../../src/ingest/log.ts";
import { readSources } from "../../src/ingest/sources.ts";
import { Answerer } from "../../src/query/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";

let dir: string;
let store: Store;
let ingester: Ingester;
let factsPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "parlbot-guesses-"));
  factsPath = join(dir, "facts.json");
  store = openStore(join(dir, "db.sqlite"));
  ingester = new Ingester({ store, answerer: new Answerer(emptyFactBase()), factsPath, log: silentLog });
  return () => store.close();
});

let files = 0;
// Ingests article files at once, as `parlbot ingest FILE...` or the inbox does: read, merged, saved.
async function ingest(...texts: string[]): Promise<void> {
  const paths = texts.map((text) => {
    const file = join(dir, `article-${++files}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const { articles, problems } = await readSources(paths);
  expect(problems).toEqual([]);
  expect(ingester.ingest(articles).added).toHaveLength(texts.length);
}

// Everyone the saved fact base file calls Vesmirov.
const vesmirovs = (): Person[] => loadFactBase(factsPath).people.filter((p) => p.name.includes("Vesmirov"));

// A bare title in a report from Astana: Kazakhstan is only where the report stands.
const guessing = (day: number, guest: string) =>
  ` date 2025-03-${String(day).padStart(2, "0")} ASTANA – President Orlan Vesmirov met Senator ${guest}.\n`;
// The same man's country stated by the report.
const stating = (day: number, guest: string) =>
  ` date 2025-03-${String(day).padStart(2, "0")} ASTANA – President of Mongolia Orlan Vesmirov met Senator ${guest}.\n`;

describe("a guessed country through ingest", () => {
  it("is kept in the fact base file as a guess", async () => {
    await ingest(guessing(1, "Ivo Markov"));
    expect(vesmirovs()).toMatchObject([{ country: "Kazakhstan", countryGuessed: true }]);
  });

  it("yields to a country stated in a later article, and the person stays one", async () => {
    await ingest(guessing(1, "Ivo Markov"));
    await ingest(guessing(2, "Dana Rusu"));
    await ingest(stating(3, "Karel Vostrik"));
    const [person, ...others] = vesmirovs();
    expect(others).toEqual([]);
    expect(person?.country).toBe("Mongolia");
    expect(person?.countryGuessed).toBeUndefined();
  });

  it("never outweighs a stated country, however many later articles guess it", async () => {
    await ingest(stating(1, "Ivo Markov"));
    for (const [k, guest] of ["Dana Rusu", "Karel Vostrik", "Lina Petrak", "Tomas Belic"].entries())
      await ingest(guessing(k + 2, guest));
    const [person, ...others] = vesmirovs();
    expect(others).toEqual([]);
    expect(person?.country).toBe("Mongolia");
    expect(person?.countryGuessed).toBeUndefined();
  });

  it("never outweighs a stated country when the articles come in one ingest", async () => {
    await ingest(
      stating(1, "Ivo Markov"),
      guessing(2, "Dana Rusu"),
      guessing(3, "Karel Vostrik"),
      guessing(4, "Lina Petrak"),
    );
    expect(vesmirovs()).toMatchObject([{ country: "Mongolia" }]);
    expect(vesmirovs()[0]?.countryGuessed).toBeUndefined();
  });

  it("and another article's different guess leave no country, as extracting both at once would", async () => {
    await ingest(guessing(1, "Ivo Markov"));
    await ingest(" date 2025-03-02 TBILISI – President Orlan Vesmirov met Senator Dana Rusu.\n");
    const [person, ...others] = vesmirovs();
    expect(others).toEqual([]);
    expect(person?.country).toBeUndefined();
  });
});
