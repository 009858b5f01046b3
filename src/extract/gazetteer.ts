/**
 * The gazetteer: countries and demonyms (from the world-countries package), parliaments and other
 * bodies, international organisations, title words and cities (from data/gazetteer.json).
 * Phrases are matched on tokens, longest first, through an index on their first word, so that a
 * sentence is scanned once whatever the size of the lists.
 */
import { createRequire } from "node:module";
import {
  type Entry,
  type GazetteerData,
  type LegislatureData,
  loadGazetteerIndex,
  type Phrase,
} from "./gazetteer-index.ts";
import { rememberedAnswers } from "./pattern-cache.ts";
import { fold, type Token, tokenize } from "./text.ts";

export type { Entry } from "./gazetteer-index.ts";

const require = createRequire(import.meta.url);
const data = require("./data/gazetteer.json") as GazetteerData;
const legislatures = require("./data/legislatures.json") as LegislatureData;

/** A gazetteer phrase found in a sentence, by token positions [from, to). */
export interface Found {
  from: number;
  to: number;
  text: string;
  entry: Entry;
}

// The phrases and the countries' tables: read as the build wrote them (at `npm ci`), or built now
// when the sources run unbuilt (see gazetteer-index.ts).
const index = loadGazetteerIndex();
const byFirstWord = new Map<string, Phrase[]>(index.byFirstWord);
const countryNames = new Set<string>(index.countryNames);
const byDomain = new Map<string, string>(index.byDomain);
const byCode = new Map<string, string>(index.byCode);
const capitals = new Map<string, string>(index.capitals);

const organizationNames = new Set(data.organizations.map((o) => o.name));
const titleWords = new Set(data.titles.map(fold));
const thingWords = new Set(data.thingWords.map(fold));

/** Finds every gazetteer phrase in a token list, longest match first, without overlaps. */
export function findPhrases(tokens: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    // Every phrase starts with a capital letter (names of places and bodies): skip the other words fast.
    // (An ASCII character is a capital only from A to Z: only other characters need the Unicode test.)
    const first = t.text.charCodeAt(0);
    if (!(first >= 65 && first <= 90) && (first < 128 || !/^\p{Lu}/u.test(t.text))) {
      i++;
      continue;
    }
    // Only short all-capital forms are kept case-sensitively ("US"): a longer word has none to look up.
    // The case-sensitive forms are tried first: of two phrases of one length, the first tried wins.
    const exactCase = t.text.length <= 3 ? byFirstWord.get(`=${t.text}`) : undefined;
    const folded = byFirstWord.get(t.key);
    let best = exactCase ? longestAt(exactCase, tokens, i, undefined) : undefined;
    if (folded) best = longestAt(folded, tokens, i, best);
    // (Lower-case common words are not names, "georgia" yes, "turkey" the bird no: a phrase starts
    // only at a capitalised word, which the test above made sure of.)
    if (best && best.words.length === 1 && isAmericasWide(tokens, i)) best = undefined;
    if (best) {
      const to = i + best.words.length;
      let text = t.text;
      // Spaced as the article spaces it: "U.S." is two tokens with nothing between them.
      for (let k = i + 1; k < to; k++) {
        const word = tokens[k] as Token;
        text += word.start > (tokens[k - 1] as Token).end ? ` ${word.text}` : word.text;
      }
      out.push({ from: i, to, text, entry: best.entry });
      i = to;
      continue;
    }
    // "Kazakh-Mongolian", "Kazakhstan-Serbia": each part of a hyphenated compound may name a country.
    if (t.text.includes("-")) {
      const parts = t.text.split("-");
      for (const [n, part] of parts.entries()) {
        if (n > 0 && AMERICAN.test(part) && AMERICAS_PART.test(parts[n - 1] ?? "")) continue;
        const entry = (byFirstWord.get(fold(part)) ?? []).find(
          (p) => p.words.length === 1 && /^\p{Lu}/u.test(part),
        )?.entry;
        if (entry?.kind === "country") out.push({ from: i, to: i + 1, text: part, entry });
      }
    }
    i++;
  }
  return out;
}

// "Latin American", "North American", "Pan-American", "Euro-Latin American", "Latin America": a region
// of the Americas, not the United States that "American" or "America" alone names.
const AMERICAN = /^america(?:ns?)?$/i;
const AMERICAS_PART = /(?:^|-)(?:latin|north|south|central|meso|ibero|pan|inter)$/i;
function isAmericasWide(tokens: Token[], i: number): boolean {
  return AMERICAN.test(tokens[i]?.text ?? "") && AMERICAS_PART.test(tokens[i - 1]?.text ?? "");
}

/**
 * The first phrase of `phrases` (longest first) that the tokens from `i` spell and that is longer than
 * `best`, else `best`.
 */
function longestAt(
  phrases: Phrase[],
  tokens: Token[],
  i: number,
  best: Phrase | undefined,
): Phrase | undefined {
  for (const p of phrases) {
    // Longest first: none after this one is longer than the best found.
    if (best && p.words.length <= best.words.length) break;
    if (i + p.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      const w = tokens[i + k] as Token;
      ok = p.caseSensitive ? w.text === p.words[k] : w.key === p.words[k];
    }
    if (ok) return p;
  }
  return best;
}

/** A country's capital city, as the world-countries list names it ("Kazakhstan" → "Astana"). */
export function capitalOf(country: string): string | undefined {
  return capitals.get(country);
}

/** The country a single word or phrase names or describes ("Kazakh" → Kazakhstan), if any. */
export function countryOf(text: string): string | undefined {
  const tokens = tokenize(text);
  const found = findPhrases(tokens);
  const f = found.length === 1 && found[0]?.to === tokens.length ? found[0] : undefined;
  if (!f) return undefined;
  if (f.entry.kind === "country") return f.entry.name;
  if (f.entry.kind === "body") return f.entry.country;
  return f.entry.kind === "city" ? f.entry.country : undefined;
}

/**
 * The countries whose chamber a shared name names ("Bundesrat": Germany and Austria), when the lexicon
 * lists them; undefined for any other body.
 */
export function countriesSharingBody(body: string): readonly string[] | undefined {
  return legislatures.sharedBy[body];
}

/**
 * Whether a word is a title word ("Speaker", "Chairman", "Ambassador"), also one that lower-case words
 * qualify after a hyphen ("Ambassador-at-large", "Speaker-designate", "minister-counsellor").
 */
export function isTitleWord(w: string): boolean {
  // A mark or a number is no title; nor is a word whose first three letters (ASCII, so its fold's) open
  // no title word ("the", "and", "with", "said"): no look-up for most tokens asked about.
  const a = asciiLetterIndex(w.charCodeAt(0));
  if (a < 0) {
    if (w.charCodeAt(0) < 128) return false;
  } else {
    const b = asciiLetterIndex(w.charCodeAt(1));
    const c = asciiLetterIndex(w.charCodeAt(2));
    if (b >= 0 && c >= 0 && titleOpenings[(a * 26 + b) * 26 + c] === 0) return false;
  }
  return titleWordAnswers(w);
}
// Asked of most words of every sentence, many times over by the rules: remembered.
const titleWordAnswers = rememberedAnswers(judgeTitleWord, 50_000);

// 0 to 25 for an ASCII letter of either case, -1 for any other code (and for none: NaN).
function asciiLetterIndex(c: number): number {
  const lower = c | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

// The first three letters of the title words ("spe", "cha", "pre"), by letter index (26 × 26 × first +
// 26 × second + third). A word's fold starts with its first three letters in lower case, and a title
// word it folds to (whole, before "'s", or as the first part of a compound) starts so too; a title
// shorter than three letters ("mp") is matched only by words whose third character is none or a mark,
// which the look-up answers.
const titleOpenings = new Uint8Array(26 * 26 * 26);
for (const t of titleWords) {
  const a = asciiLetterIndex(t.charCodeAt(0));
  const b = asciiLetterIndex(t.charCodeAt(1));
  const c = asciiLetterIndex(t.charCodeAt(2));
  if (a >= 0 && b >= 0 && c >= 0) titleOpenings[(a * 26 + b) * 26 + c] = 1;
}

function judgeTitleWord(w: string): boolean {
  const f = withoutPossessive(fold(w));
  if (titleWords.has(f)) return true;
  const dash = w.indexOf("-");
  if (dash <= 0 || !titleWords.has(f.slice(0, dash))) return false;
  // "Minister-President", "Deputy-Chairman": two titles joined are one.
  return (
    /^[a-z-]+$/.test(w.slice(dash + 1)) ||
    f
      .slice(dash + 1)
      .split("-")
      .every((part) => titleWords.has(part))
  );
}

/** The singular of a plural title ("Presidents", "Congressmen", "deputies"), or undefined for any other word. */
export function singularTitle(plural: string): string | undefined {
  const singular = plural.replace(/men$/, "man").replace(/ies$/, "y").replace(/s$/, "");
  return singular !== plural && isTitleWord(singular) ? singular : undefined;
}

// A folded word without a final "'s" (no pattern: asked for most words of every sentence).
function withoutPossessive(f: string): string {
  const n = f.length;
  return n >= 2 && f.charCodeAt(n - 1) === 115 && (f[n - 2] === "'" || f[n - 2] === "’") ? f.slice(0, -2) : f;
}

/**
 * Whether a word is the head noun of an institution, place, event or document ("Route", "Order",
 * "Airport", "Majlis"), also inside a compound ("Ash'shura", "Al-Shura").
 */
export function isThingWord(w: string): boolean {
  const f = fold(w);
  if (thingWords.has(f) || thingWords.has(f.replace(/s$/, ""))) return true;
  const parts = f.split(/['-]/);
  return parts.length > 1 && thingWords.has(parts.at(-1) as string);
}

const GENERIC_DOMAINS = new Set([
  ".io",
  ".tv",
  ".me",
  ".co",
  ".ai",
  ".fm",
  ".ly",
  ".to",
  ".ws",
  ".cc",
  ".gg",
]);

/** The country of a web address's national domain ("https://www.inform.kz/en/..." → Kazakhstan), if any. */
export function countryOfUrl(url: string | undefined): string | undefined {
  // A host may end on the root's dot ("news.example.lk.").
  const host = /^[a-z]+:\/\/([^/:]+)/i.exec(url ?? "")?.[1]?.replace(/\.$/, "");
  const tld = host?.match(/\.[a-z]{2}$/i)?.[0];
  // Some national domains are sold to anyone ("news.io", "channel.tv"): they say nothing of a country.
  return tld && !GENERIC_DOMAINS.has(tld.toLowerCase()) ? byDomain.get(tld.toLowerCase()) : undefined;
}

/** The country of an ISO 3166 two-letter code in capitals ("SE" → "Sweden"), if it is one. */
export const countryOfCode = (code: string): string | undefined => byCode.get(code);

/** Whether a body name is an international organisation's ("OSCE PA", "IPU"), which has no country. */
export const isOrganization = (name: string): boolean => organizationNames.has(name);

/** Whether a name is a canonical country name. */
export const isCountryName = (name: string): boolean => countryNames.has(name);

/**
 * What `read` gives for the longest run of `phrase`'s first words it knows ("Republic of Italy
 * Street": tried whole, then without its last word, and so on), or `undefined`.
 */
export function longestLeadingPlace<T>(
  phrase: string,
  read: (words: string) => T | undefined,
): T | undefined {
  const words = phrase.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const found = read(words.slice(0, n).join(" "));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Whether a title-cased name is a city the gazetteer knows (for datelines). */
export function isKnownCity(name: string): boolean {
  const f = findPhrases(tokenize(name));
  if (f.length === 1 && f[0]?.entry.kind === "city") return true;
  // A capital named "<Country> City" is written as its country in a dateline ("KUWAIT: ...").
  const city = findPhrases(tokenize(`${name} City`));
  return !name.endsWith(" City") && city.length === 1 && city[0]?.entry.kind === "city";
}
