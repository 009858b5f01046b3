/**
 * Builds, at run time, a corpus of real-style articles for the extraction benchmark: the articles of
 * the development set (when it is there), each copied many times into a temporary folder with every
 * person's name (the gold `<ID>.json` people and the name-like forms among their variants) replaced
 * by a generated, never repeated name, the countries permuted and the publication date drawn at
 * random. Nothing of the corpus is copied into the project; the copies are deleted after the run.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { seededRandom } from "./generate-corpus.ts";

/** One source article with the name forms of its people. */
interface Source {
  id: string;
  text: string;
  meta: Record<string, unknown>;
  /** Each person's name forms, fullest first. */
  people: string[][];
}

/** Countries and their adjectives, permuted within each copy. */
const COUNTRIES: [string, string][] = [
  ["Kazakhstan", "Kazakh"],
  ["Uzbekistan", "Uzbek"],
  ["Kyrgyzstan", "Kyrgyz"],
  ["Tajikistan", "Tajik"],
  ["Mongolia", "Mongolian"],
  ["Azerbaijan", "Azerbaijani"],
  ["Armenia", "Armenian"],
  ["Georgia", "Georgian"],
  ["Turkey", "Turkish"],
  ["Russia", "Russian"],
  ["Belarus", "Belarusian"],
  ["Hungary", "Hungarian"],
  ["Poland", "Polish"],
  ["Italy", "Italian"],
  ["Japan", "Japanese"],
  ["India", "Indian"],
  ["Egypt", "Egyptian"],
  ["Qatar", "Qatari"],
];
const COUNTRY_WORD = new RegExp(
  String.raw`\b(${COUNTRIES.flat()
    .sort((a, b) => b.length - a.length)
    .join("|")})\b`,
  "g",
);
const ONSETS = ["b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "sh", "zh", "kh", "ch", "", "y"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ay", "ei"];
const CODAS = ["", "n", "r", "l", "k", "m", "s", "t"];
const ENDINGS = ["ov", "ova", "ev", "yan", "uly", "bek", "in", "adze", "oglu", "ski", "ani", "ic"];

/**
 * The folder the real-style articles are built from: BENCH_REAL_SOURCE, else a development set beside
 * the checkout (../dev: the articles not held out, when someone keeps such a split), else the shared
 * corpus (../shared/corpus). Names, countries and dates are replaced, so nothing of it is copied.
 */
export const REAL_SOURCE = resolve(
  process.env.BENCH_REAL_SOURCE ??
    (existsSync(join("..", "dev")) ? join("..", "dev") : join("..", "shared", "corpus")),
);

/** Whether the corpus the benchmark builds on is there. */
export function haveCorpus(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".meta.json"));
}

/** Reads the source articles and the name forms of their people (their gold annotations). */
export function readSources(dir: string): Source[] {
  const out: Source[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    const id = f.slice(0, -4);
    const goldPath = join(dir, `${id}.json`);
    const metaPath = join(dir, `${id}.meta.json`);
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
      people?: { name: string; variants?: string[] }[];
    };
    const people = (gold.people ?? []).map((p) => nameForms(p.name, p.variants ?? []));
    out.push({
      id,
      text: readFileSync(join(dir, f), "utf8"),
      meta: existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, "utf8")) : {},
      people,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

// The variants that are spellings of the name ("T. Mamytov"), not roles ("Speaker of the Senate").
function nameForms(name: string, variants: string[]): string[] {
  const words = new Set(wordsOf(name));
  const nameLike = (v: string) =>
    !/\b(of|the|and|for|to)\b/.test(v) && wordsOf(v).some((w) => words.has(w) && w.length > 2);
  return [name, ...variants.filter(nameLike)].sort((a, b) => b.length - a.length);
}
const wordsOf = (s: string) => s.split(/[\s.]+/).filter(Boolean);

/** Writes `count` copies of the sources into `out`, each with new people, countries and dates. */
export function writeRealStyleCorpus(sources: Source[], out: string, count: number, seed = 1): void {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  let serial = 0;
  // A name word built from a serial number in mixed radix, so that no two people share a surname.
  const newWord = (n: number, ending: boolean) => {
    let w = "";
    let k = n;
    do {
      w += ONSETS[k % ONSETS.length] + (VOWELS[Math.floor(k / ONSETS.length) % VOWELS.length] as string);
      w += CODAS[Math.floor(k / (ONSETS.length * VOWELS.length)) % CODAS.length];
      k = Math.floor(k / (ONSETS.length * VOWELS.length * CODAS.length));
    } while (k > 0);
    w += ending ? pick(ENDINGS) : pick(VOWELS);
    return w[0]?.toUpperCase() + w.slice(1);
  };
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length] as Source;
    let text = src.text;
    // People: each word of the fullest form gets a new word; other forms follow word by word.
    const replacements: [string, string][] = [];
    for (const forms of src.people) {
      const full = forms[0] as string;
      const map = new Map<string, string>();
      const fullWords = wordsOf(full);
      fullWords.forEach((w, k) => {
        map.set(w, newWord(serial * 8 + k, k === fullWords.length - 1));
      });
      serial++;
      for (const f of forms) {
        const renamed = f.replace(/[\p{L}'’-]+\.?/gu, (w) => {
          const bare = w.replace(/\.$/, "");
          const mapped = map.get(bare);
          if (mapped) return w.endsWith(".") ? `${mapped}.` : mapped;
          // An initial: the first letter of the new word for the old word it stands for.
          const of = fullWords.find((x) => bare.length === 1 && x.startsWith(bare));
          return of ? `${(map.get(of) as string)[0]}${w.slice(1)}` : w;
        });
        replacements.push([f, renamed]);
      }
      for (const [w, n] of map) if (w.length > 3) replacements.push([w, n]);
    }
    text = replaceAll(text, replacements);
    // Countries: a random permutation of the table, country and adjective together.
    const order = COUNTRIES.map((_, k) => k).sort(() => rnd() - 0.5);
    const swap = new Map<string, string>();
    COUNTRIES.forEach(([c, a], k) => {
      const [c2, a2] = COUNTRIES[order[k] as number] as [string, string];
      swap.set(c, c2);
      swap.set(a, a2);
    });
    text = text.replace(COUNTRY_WORD, (w) => swap.get(w) ?? w);
    // Dates: a random publication day; years in the text follow it.
    const year = 2012 + Math.floor(rnd() * 14);
    const published = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
    text = text
      .replace(/\bdate \d{4}-\d{2}-\d{2}\b/, `date ${published}`)
      .replace(/\b20[0-2]\d\b/g, String(year));
    const name = `R${String(i).padStart(6, "0")}`;
    writeFileSync(join(out, `${name}.txt`), text);
    writeFileSync(
      join(out, `${name}.meta.json`),
      JSON.stringify({ ...src.meta, url: `https://example.org/${name}`, published }),
    );
  }
}

// Replaces every form at once (longest first), so that a new name is never replaced again.
function replaceAll(text: string, pairs: [string, string][]): string {
  if (!pairs.length) return text;
  const map = new Map(pairs);
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(
    keys.map((k) => `(?<![\\p{L}])${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`).join("|"),
    "gu",
  );
  return text.replace(re, (m) => map.get(m) ?? m);
}
