/**
 * Honorifics: the words of courtesy that stand before a name and are not part of it, in the forms
 * news English uses around the world ("Mr.", "H.E.", "H E", "His Excellency", "the Rt. Hon. (Dr.)",
 * "Tan Sri", "Dato' Sri", "Shri"). Several may follow one another, with dots, brackets and
 * apostrophes between them.
 */
import { fold, type Token } from "./text.ts";

/** A title written short, with a dot, before a name ("Sen. X"). */
interface ShortTitle {
  /** The title it stands for, when a role is read from it ("Senator"). */
  title?: string;
  /** Also a style that stands before a name and is no part of it (an honorific). */
  style: boolean;
  /** A name word or another word too ("Hun Sen"): a style only with its dot. */
  dotBound?: boolean;
}

/**
 * The titles written short before a name, folded, without their dot: the one list that the honorifics
 * here (the styles among them) and the roles read before a name (roles.ts: those that stand for a
 * title, only with the dot and a capital, since "Sen" and "Rep" are names and words of their own too)
 * are made from.
 */
export const SHORT_TITLES = new Map<string, ShortTitle>([
  ["sen", { title: "Senator", style: true, dotBound: true }],
  ["sens", { style: true, dotBound: true }],
  ["rep", { title: "Representative", style: true }],
  ["reps", { style: true }],
  ["gov", { title: "Governor", style: true }],
  ["dep", { style: true, dotBound: true }],
  ["pres", { title: "President", style: false }],
  ["cong", { title: "Congressman", style: false }],
  ["sec", { title: "Secretary", style: false }],
]);

// Each honorific as its words, folded and without dots. Longer forms are tried first.
const PHRASES: string[][] = [
  "his excellency",
  "her excellency",
  "his majesty",
  "her majesty",
  "his highness",
  "her highness",
  "excellency",
  "rt hon",
  "right honourable",
  "right honorable",
  "the honourable",
  "hon",
  "honourable",
  "honorable",
  "tan sri",
  "dato sri",
  "dato seri",
  "datuk seri",
  "dato",
  "datuk",
  "datin",
  "shri",
  "smt",
  "shrimati",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sir",
  "dame",
  "madam",
  "eng",
  "engr",
  // Malay and Bruneian styles ("Yang Berhormat Dato Seri Setia Awang Haji ...").
  "yang berhormat",
  "yang amat berhormat",
  "yang mulia",
  "yang amat mulia",
  "yb",
  "yab",
  "toh puan",
  "puan sri",
  "datuk wira",
  "dato paduka",
  "datin paduka",
  "dato seri setia",
  "dato seri paduka",
  "pehin",
  "pengiran",
  "awang",
  "dayang",
  "haji",
  "hajah",
  "hj",
  // Elsewhere in Asia, the Pacific, the Arab world and Africa.
  "samdech",
  "lok chumteav",
  "oknha",
  "daw",
  "khun",
  "bapak",
  "ibu",
  "ratu",
  "alhaji",
  "alhaja",
  "sardar",
  "advocate",
  "adv",
  "barrister",
  "sheikha",
  "shaikh",
  "sayyid",
  "sayyed",
  "ustaz",
  "hojatoleslam",
  // European styles and courtesy titles.
  "lord",
  "baroness",
  "baron",
  "viscount",
  "mme",
  "madame",
  "monsieur",
  "senor",
  "senora",
  "signor",
  "signora",
  "herr",
  "frau",
  // Turkish "Sayın" (Mr/Ms), which Turkish outlets keep in English copy.
  "sayın",
  "sayin",
  "mgr",
  "msgr",
  "monsignor",
  "rev",
  "reverend",
  "amb",
  "gen",
  // Police ranks that Thai and other Asian reports print before a name ("Pol. Gen. X", "Pol. Lt. Col. Y").
  "pol gen",
  "pol lt gen",
  "pol maj gen",
  "pol col",
  "pol lt col",
  "police general",
  // Abbreviated titles of legislators and officials ("Rep. X", "Sen. X", "Gov. X"): the title, never
  // a name or a part of one.
  ...[...SHORT_TITLES].filter(([, t]) => t.style).map(([abbreviation]) => abbreviation),
]
  .map((p) => p.split(" "))
  .sort((a, b) => b.length - a.length);

// "H.E." and "H E" ("His Excellency") must be written in capitals: "he" is a pronoun.
const CAPITAL_FORMS: string[][] = [["H.E"], ["H", "E"], ["HE"]];

// Marks that may stand between or after honorific words ("Rt. Hon. (Dr.)", "Dato’ Sri").
const GLUE = new Set([".", "’", "'", "(", ")"]);

const LAST_CAPITAL_WORDS = new Set(CAPITAL_FORMS.map((p) => p.at(-1)));
const FIRST_CAPITAL_WORDS = new Set(CAPITAL_FORMS.map((p) => p[0]));
// The honorifics by their last and by their first word (longest first, as PHRASES is sorted), so that a
// token is checked against the few forms that can end or begin there, not against every one.
const BY_LAST = groupBy(PHRASES, (p) => p.at(-1) as string);
const BY_FIRST = groupBy(PHRASES, (p) => p[0] as string);
// Abbreviations that are also name words ("Hun Sen") or other words: a title only with their dot ("Sen. X").
const DOT_BOUND = new Set(
  [...SHORT_TITLES].filter(([, t]) => t.dotBound).map(([abbreviation]) => abbreviation),
);
const SINGLE_WORDS = new Set(
  PHRASES.filter((p) => p.length === 1 && !DOT_BOUND.has(p[0] as string)).map((p) => p[0]),
);

// Whether the honorific `form` may stand at token `k`: a dot-bound abbreviation needs its dot after it.
const standsAt = (form: string[], tokens: Token[], k: number) =>
  form.length > 1 || !DOT_BOUND.has(form[0] as string) || tokens[k + 1]?.text === ".";

function groupBy(forms: string[][], key: (form: string[]) => string): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const form of forms) map.set(key(form), [...(map.get(key(form)) ?? []), form]);
  return map;
}

// A token's key without a final dot (no pattern: this runs for most tokens of every sentence).
const plain = (t: Token | undefined) => {
  const key = t?.key ?? "";
  return key.endsWith(".") ? key.slice(0, -1) : key;
};

/** The words of the honorific that ends right before token `end`, or 0 if none ends there. */
function honorificEndingAt(tokens: Token[], end: number): number {
  // Every honorific ends in one of a few words: most tokens are ruled out by that word alone, before
  // the words before it are collected.
  let lastWord = end - 1;
  while (lastWord >= 0 && GLUE.has(tokens[lastWord]?.text ?? "")) lastWord--;
  const lastToken = tokens[lastWord];
  if (!lastToken || !(BY_LAST.has(plain(lastToken)) || LAST_CAPITAL_WORDS.has(lastToken.text))) return -1;
  const words: number[] = [];
  for (let k = end - 1; k >= 0 && words.length < 3; k--) {
    if (GLUE.has(tokens[k]?.text ?? "")) continue;
    words.unshift(k);
  }
  // Every honorific ends in one of a few words: most tokens are ruled out by that word alone.
  const last = tokens[words.at(-1) ?? -1];
  const forms = last ? BY_LAST.get(plain(last)) : undefined;
  if (!last || !(forms || LAST_CAPITAL_WORDS.has(last.text))) return -1;
  const matches = (forms: string[][], text: (t: Token | undefined) => string) => {
    for (const form of forms) {
      if (form.length > words.length) continue;
      const tail = words.slice(words.length - form.length);
      if (
        form.every((w, n) => text(tokens[tail[n] as number]) === w) &&
        standsAt(form, tokens, tail[0] as number)
      )
        return tail[0] as number;
    }
    return -1;
  };
  const start = Math.max(
    matches(forms ?? [], plain),
    matches(CAPITAL_FORMS, (t) => t?.text ?? ""),
  );
  return start;
}

/**
 * Where the honorifics before token `i` begin (`i` itself when there are none): "the Rt. Hon. (Dr.)
 * Moses" gives the index of "Rt". Only glue marks and honorific words are skipped.
 */
export function honorificStart(tokens: Token[], i: number): number {
  let from = i;
  for (;;) {
    const start = honorificEndingAt(tokens, from);
    if (start < 0) break;
    from = start;
  }
  return from;
}

/** Whether a single word is an honorific by itself ("Mr.", "Dr", "Shri"). */
export function isHonorificWord(word: string): boolean {
  const w = fold(word).replace(/\.$/, "");
  return SINGLE_WORDS.has(w) || word === "H.E" || word === "HE";
}

/**
 * Whether an honorific starts at token `k` ("His Highness", "H.E.", "Dr."): a role phrase ends before
 * one, since what follows it is the courtesy style of the name ("President His Highness Sheikh X").
 */
export function honorificBeginsAt(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  const forms = first ? BY_FIRST.get(plain(first)) : undefined;
  if (!first || !(forms || FIRST_CAPITAL_WORDS.has(first.text))) return false;
  const words: Token[] = [];
  for (let x = k; x < tokens.length && words.length < 3; x++) {
    if (GLUE.has(tokens[x]?.text ?? "")) {
      if (x === k) return false;
      continue;
    }
    words.push(tokens[x] as Token);
  }
  const starts = (forms: string[][], text: (t: Token | undefined) => string) =>
    forms.some(
      (form) =>
        form.length <= words.length &&
        form.every((w, n) => text(words[n]) === w) &&
        standsAt(form, tokens, k),
    );
  return starts(forms ?? [], plain) || starts(CAPITAL_FORMS, (t) => t?.text ?? "");
}

/** Where the honorifics that begin at token `k` end ("Dato Seri Setia Awang Haji X" → the index of X). */
export function honorificEnd(tokens: Token[], k: number): number {
  let end = k;
  // The honorifics before a word reach back to `k` when that word stands right after them.
  for (let x = k + 1; x <= Math.min(tokens.length, k + 12); x++) if (honorificStart(tokens, x) <= k) end = x;
  return end;
}
