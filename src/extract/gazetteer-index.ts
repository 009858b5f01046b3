/**
 * The gazetteer's look-up tables: every phrase it knows (countries and demonyms from the
 * world-countries package; bodies, organisations and cities from data/gazetteer.json and
 * data/legislatures.json), indexed on its first word, and the countries' names, domains, codes and
 * capitals. Building them reads the package's 1.4 MB of JSON and tokenises and folds some thousands
 * of phrases: some 45 ms of CPU at every start of a command. The build (scripts/build.mjs) builds them
 * once and writes them beside the compiled code (data/gazetteer-index.json), where a start reads
 * them in a few milliseconds; the sources, run unbuilt, build them at load. Same data, same code:
 * the same tables.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fold, tokenize } from "./text.ts";

const require = createRequire(import.meta.url);

/** Where the build writes the tables, beside the compiled code (dist/data/). */
const PREBUILT = new URL("./data/gazetteer-index.json", import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  independent?: boolean;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  tld?: string[];
  cca2?: string;
}

/** The shape of data/gazetteer.json. */
export interface GazetteerData {
  preferredNames: Record<string, string>;
  extraNames: Record<string, string[]>;
  /** A body several countries have ("Shura Council") has no country here. */
  bodies: { name: string; country?: string; aliases: string[] }[];
  organizations: { name: string; aliases: string[] }[];
  titles: string[];
  /** Head nouns of institutions, places, events and documents ("Route", "Order", "Majlis"). */
  thingWords: string[];
  /** City → its country (null when unknown). */
  cities: Record<string, string | null>;
}

/**
 * The legislatures of the world: for each country its bodies, each as "Name|other form|...", and the
 * names several countries share, which say no country by themselves.
 */
export interface LegislatureData {
  national: Record<string, string[]>;
  shared: string[];
  /** For some shared names (their first form), the countries whose chamber they name. */
  sharedBy: Record<string, string[]>;
}

/** What a gazetteer phrase stands for. */
export type Entry =
  | { kind: "country"; name: string; demonym: boolean }
  | { kind: "body"; name: string; country?: string }
  | { kind: "org"; name: string }
  | { kind: "city"; name: string; country?: string };

/** A phrase of the gazetteer, as its words are compared with a sentence's tokens. */
export interface Phrase {
  words: string[];
  caseSensitive: boolean;
  entry: Entry;
}

/** The tables, as plain JSON: each map as its list of entries, in the order they were filled. */
export interface GazetteerIndex {
  /** Phrases by their first word (folded; "=" and the word for case-sensitive ones), longest first. */
  byFirstWord: [string, Phrase[]][];
  countryNames: string[];
  /** A national domain (".kz") → its country. */
  byDomain: [string, string][];
  /** An ISO 3166 two-letter code → its country. */
  byCode: [string, string][];
  /** A country → its capital. */
  capitals: [string, string][];
}

/** The tables: as the build wrote them beside the compiled code (`prebuilt`), else built now. */
export function loadGazetteerIndex(prebuilt: URL | string = PREBUILT): GazetteerIndex {
  return existsSync(prebuilt)
    ? (JSON.parse(readFileSync(prebuilt, "utf8")) as GazetteerIndex)
    : buildGazetteerIndex();
}

/** Builds the tables and writes them into `dataDir` (the build's data/ folder), for loadGazetteerIndex. */
export function writeGazetteerIndex(dataDir: string): void {
  writeFileSync(join(dataDir, "gazetteer-index.json"), JSON.stringify(buildGazetteerIndex()));
}

/** Builds the tables from the data files and the world-countries package. */
export function buildGazetteerIndex(): GazetteerIndex {
  const countries = require("world-countries") as WorldCountry[];
  const data = require("./data/gazetteer.json") as GazetteerData;
  const legislatures = require("./data/legislatures.json") as LegislatureData;

  const byFirstWord = new Map<string, Phrase[]>();
  const countryNames = new Set<string>();

  function add(text: string, entry: Entry): void {
    const raw = tokenize(text).map((t) => t.text);
    const words = raw.map(fold);
    if (!words[0]) return;
    // Short all-capital forms ("US", "UK", "UN") must be written so; "us" and "un" are English words.
    const caseSensitive = text.length <= 3 && text === text.toUpperCase();
    const phrase = { words: caseSensitive ? raw : words, caseSensitive, entry };
    const key = caseSensitive ? `=${raw[0]}` : words[0];
    const list = byFirstWord.get(key) ?? [];
    list.push(phrase);
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(key, list);
  }

  // A body under its first name, whichever of its forms the text writes.
  function addBody([name, ...aliases]: string[], country?: string): void {
    if (!name) return;
    for (const n of [name, ...aliases]) add(n, { kind: "body", name, ...(country ? { country } : {}) });
  }

  const byDomain = new Map<string, string>();
  const byCode = new Map<string, string>();
  const capitals = new Map<string, string>();
  // Sovereign states first: a demonym several share ("French": France and its southern lands) names
  // the state, since a phrase added earlier wins over one of the same length added later.
  const statesFirst = [...countries].sort((a, b) => Number(!!b.independent) - Number(!!a.independent));
  for (const c of statesFirst) {
    const name = data.preferredNames[c.name.common] ?? c.name.common;
    countryNames.add(name);
    for (const tld of c.tld ?? []) byDomain.set(tld, name);
    if (c.cca2) byCode.set(c.cca2, name);
    const forms = new Set([c.name.common, c.name.official, name]);
    for (const alt of c.altSpellings)
      if (/^[\p{Script=Latin}\s'’.-]+$/u.test(alt) && alt.length > 2) forms.add(alt);
    for (const f of forms) add(f, { kind: "country", name, demonym: false });
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
      if (d) add(d, { kind: "country", name, demonym: true });
    for (const city of c.capital ?? []) add(city, { kind: "city", name: city, country: name });
    if (c.capital?.[0] && !capitals.has(name)) capitals.set(name, c.capital[0]);
  }
  for (const [country, names] of Object.entries(data.extraNames)) {
    for (const n of names)
      add(n, {
        kind: "country",
        name: country,
        demonym: /(an|ish|ese|i|ic|h|k|z|n)$/.test(n) && !/stan$/.test(n),
      });
  }
  for (const b of data.bodies)
    for (const n of [b.name, ...b.aliases])
      add(n, { kind: "body", name: b.name, ...(b.country ? { country: b.country } : {}) });
  for (const [country, bodies] of Object.entries(legislatures.national))
    for (const forms of bodies) addBody(forms.split("|"), country);
  for (const forms of legislatures.shared) addBody(forms.split("|"));
  for (const o of data.organizations)
    for (const n of [o.name, ...o.aliases]) add(n, { kind: "org", name: o.name });
  for (const [c, country] of Object.entries(data.cities)) {
    const name = c === "St. Petersburg" || c === "St Petersburg" ? "Saint Petersburg" : c;
    add(c, { kind: "city", name, ...(country ? { country } : {}) });
  }

  return {
    byFirstWord: [...byFirstWord],
    countryNames: [...countryNames],
    byDomain: [...byDomain],
    byCode: [...byCode],
    capitals: [...capitals],
  };
}
