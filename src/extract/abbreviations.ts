/**
 * Abbreviations an article defines for a body of one country: "the National Assembly (NA) of
 * Ostria", "the Federal Council (FC)". Later in the article "chairman X of the NA Committee" or
 * "First Deputy Speaker of the FC" is a role in that body, of that country, as if the gazetteer knew it.
 */
import type { Entry, Found } from "./gazetteer.ts";
import { isCapitalized, type Token } from "./text.ts";

interface Sentenceish {
  tokens: Token[];
  found: Found[];
}

/**
 * Finds the abbreviations the sentences define and adds each later (and earlier) use of one to the
 * gazetteer phrases of its sentence, as a body of the country the definition names.
 */
export function addDefinedAbbreviations(sentences: Sentenceish[]): void {
  const defined = new Map<string, Entry>();
  for (const s of sentences)
    for (let i = 1; i + 2 < s.tokens.length; i++) {
      const abbr = s.tokens[i + 1]?.text ?? "";
      if (s.tokens[i]?.text !== "(" || s.tokens[i + 2]?.text !== ")" || !ABBREVIATION.test(abbr)) continue;
      if (defined.has(abbr) || s.found.some((f) => f.from === i + 1)) continue;
      const entry = definition(s, i, abbr);
      if (entry) defined.set(abbr, entry);
    }
  if (!defined.size) return;
  for (const s of sentences) {
    let added = false;
    s.tokens.forEach((t, k) => {
      const entry = defined.get(t.text);
      if (!entry || s.found.some((f) => f.from <= k && k < f.to)) return;
      // The definition's own bracket stays part of the body phrase before it.
      if (s.tokens[k - 1]?.text === "(") return;
      s.found.push({ from: k, to: k + 1, text: t.text, entry });
      added = true;
    });
    if (added) s.found.sort((a, b) => a.from - b.from);
  }
}

// Capitals, with a lower-case "o" of "of" or "f" of "for" between two of them: "NA", "FNC", "HoC", "PoG".
const ABBREVIATION = /^\p{Lu}(?:\p{Lu}|[of](?=\p{Lu})){1,5}$/u;

// The body an abbreviation in brackets at `open` stands for, with its country: the capitalised words
// before the bracket whose initials spell the abbreviation, and a country among them, in the body
// they name, or in an "of Ostria" right after the bracket.
function definition(s: Sentenceish, open: number, abbr: string): Entry | undefined {
  let start = -1;
  for (let from = open - 1; from >= Math.max(0, open - 8); from--) {
    const words = s.tokens.slice(from, open).map((t) => t.text);
    if (!isCapitalized(words[0] ?? "")) continue;
    const initials = words
      .filter((w) => isCapitalized(w))
      .flatMap((w) => w.split("-"))
      .map((w) => w[0])
      .join("");
    // "House of Councillors (HoC)": the lower-case letters are the little words' ("of").
    if (initials === abbr.replace(/\p{Ll}/gu, "")) {
      start = from;
      break;
    }
  }
  if (start < 0) return undefined;
  const inside = s.found.filter((f) => f.from >= start && f.to <= open);
  const body = inside.find((f) => f.entry.kind === "body");
  let country = body?.entry.kind === "body" ? body.entry.country : undefined;
  country ??= inside.map((f) => (f.entry.kind === "country" ? f.entry.name : undefined)).find(Boolean);
  if (!country && (s.tokens[open + 3]?.key ?? "") === "of") {
    let k = open + 4;
    if ((s.tokens[k]?.key ?? "") === "the") k++;
    const after = s.found.find((f) => f.from === k);
    if (after?.entry.kind === "country") country = after.entry.name;
  }
  if (!country) return undefined;
  const name = s.tokens
    .slice(start, open)
    .map((t) => t.text)
    .join(" ");
  return { kind: "body", name: body?.entry.name ?? name, country };
}
