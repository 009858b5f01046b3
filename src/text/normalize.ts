/**
 * The one text normalisation of parlbot: extraction, the fact index and the question parser fold and
 * split text here, so that a name is folded the same way when it is stored and when it is asked for
 * ("Khürelsükh", "Khurelsukh" and "Хурэлсух" meet).
 */
import transliterate from "@sindresorhus/transliterate";

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Whether a text is written in Latin script only (with digits and punctuation). */
export function isLatin(text: string): boolean {
  return !NON_LATIN.test(text);
}

/** Drops combining diacritics ("Kövér" → "Kover"): decomposed first, so that "ü" becomes "u", not "ue". */
export function stripDiacritics(text: string): string {
  // Printable ASCII is its own decomposition, with no marks to drop: most names skip both passes.
  return /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * The look-up key of extraction: lower case, no diacritics, one apostrophe; punctuation and script
 * are kept (gazetteer entries and names are compared whole, "d'ivoire", "sye-kyun").
 */
export function foldKey(s: string): string {
  // Most words asked for are ASCII (extraction asks millions of times): their fold is their lower
  // case (no diacritics to drop, and "`" is the only ASCII apostrophe to change), read in one pass.
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 96) return foldOther(s);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? s.toLowerCase() : s;
}

// The fold of a string with other characters. Words repeat endlessly across articles: remember the
// folds of short strings.
function foldOther(s: string): string {
  const cached = foldCache.get(s);
  if (cached !== undefined) return cached;
  const folded = stripDiacritics(s).replace(/[’`´]/g, "'").toLowerCase();
  if (s.length <= 40) {
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(s, folded);
  }
  return folded;
}
const foldCache = new Map<string, string>();

/**
 * Folds text for matching words: Cyrillic and other scripts transliterated to Latin, diacritics dropped,
 * apostrophes removed, lower case, anything else that is not a letter or digit turned into a space.
 */
export function fold(text: string): string {
  return tokenize(text).folded.join(" ");
}

/** The words of a text, in their original case and folded, index for index. */
export function tokenize(text: string): { original: string[]; folded: string[] } {
  let t = text;
  // Most article text is plain ASCII: only other text pays for Unicode folding.
  if (!PRINTABLE_ASCII.test(t)) {
    t = stripDiacritics(t);
    // Other scripts, and Latin letters that do not decompose ("ı", "ß", "ø"), are transliterated.
    if (!PRINTABLE_ASCII.test(t)) t = transliterate(t);
  }
  // A possessive is the name ("Tokayev's visit"), other apostrophes join the word ("O'Neil").
  const original =
    t
      .replace(/[’'`´ʼ]s\b/g, "")
      .replace(/[’'`´ʼ]/g, "")
      .match(/[A-Za-z0-9]+/g) ?? [];
  return { original, folded: original.map((w) => w.toLowerCase()) };
}

/**
 * Calls `visit` with each folded word of a text and whether it was written in lower case: the same
 * words as {@link tokenize}, without building arrays (the indexes run this over every article).
 */
export function forEachWord(text: string, visit: (word: string, lowerCase: boolean) => void): void {
  if (PRINTABLE_ASCII.test(text)) {
    forEachAsciiWord(text, visit, true);
    return;
  }
  // News prose is ASCII but for its typographic quotes and dashes: those become the ASCII marks that
  // folding would make of them, so that such a sentence too is read letter by letter.
  const plain = text.replace(TYPOGRAPHIC, (mark) => TYPOGRAPHIC_ASCII[mark] ?? mark);
  if (PRINTABLE_ASCII.test(plain) && !TRANSLITERATED_ASCII.test(plain)) {
    forEachAsciiWord(plain, visit, false);
    return;
  }
  const { original, folded } = tokenize(text);
  for (let i = 0; i < folded.length; i++)
    visit(folded[i] as string, (original[i] as string).charCodeAt(0) >= 97);
}

// Typographic marks, and what tokenize makes of them: the right single quote is an apostrophe there,
// dashes become hyphens (transliterate), the ellipsis three dots and the no-break space a space (NFKD),
// and the other quotes separate words as any mark does.
const TYPOGRAPHIC_ASCII: Record<string, string> = {
  "\u2019": "'",
  "\u2018": " ",
  "\u201c": " ",
  "\u201d": " ",
  "\u00ab": " ",
  "\u00bb": " ",
  "\u2013": "-",
  "\u2014": "-",
  "\u2026": "...",
  "\u00a0": " ",
};
const TYPOGRAPHIC = /[\u2019\u2018\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u00a0]/g;
// The ASCII marks transliterate drops (tokenize transliterates a whole text that is not plain ASCII).
const TRANSLITERATED_ASCII = /[\^`]/;

// The words of printable ASCII text. `hyphenJoins`: a word after a hyphen is part of a name, never an
// ordinary word (tokenize, which reads the other texts, does not make that distinction).
function forEachAsciiWord(
  text: string,
  visit: (word: string, lowerCase: boolean) => void,
  hyphenJoins: boolean,
): void {
  const clean =
    text.includes("'") || text.includes("`") ? text.replace(/['`]s\b/g, "").replace(/['`]/g, "") : text;
  const lower = clean.toLowerCase();
  // The runs of [a-z0-9], read letter by letter: a regular expression would build a match object a word.
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    do i++;
    while (i < n && isWordCode(lower.charCodeAt(i)));
    // After a hyphen a name goes on in lower case ("Sye-kyun"): that is not an ordinary word.
    visit(
      lower.slice(start, i),
      clean.charCodeAt(start) >= 97 && (!hyphenJoins || clean.charCodeAt(start - 1) !== 45),
    );
  }
}

// a-z and 0-9.
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The words of a folded text. */
export function words(folded: string): string[] {
  return folded ? folded.split(" ") : [];
}

/** A word or punctuation mark of a sentence, with where it stands. */
export interface TokenSpan {
  text: string;
  start: number;
  end: number;
  /** The text folded by {@link foldKey}, once: extraction compares tokens by it millions of times. */
  key: string;
}

// Words keep inner apostrophes, hyphens and dots of initials ("Sye-kyun", "ash-Sheikh", "K.Tokayev", "d'Ivoire"):
// /[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*\.?|[^\s\p{L}\p{M}\d]/u, read character by character
// below (a pattern run over the sentence built a match object per token). These read one
// character of the text in place, where ASCII does not decide.
const WORD_CHAR_AT = /[\p{L}\p{M}\d]/uy;
const SPACE_AT = /\s/uy;

// Whether the character at `i` is a letter, a mark or a digit.
function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(text);
}

// Whether the character at `i` is white space.
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}

// How many code units the character at `i` takes (two for a surrogate pair).
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

// The end of the run of letters, marks and digits that starts at `i` (`i` when there is none).
function wordRunEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && isWordCharAt(text, k)) k += charLength(text, k);
  return k;
}

/**
 * Splits a sentence into tokens with their offsets, as extraction reads it (case and script kept). A
 * trailing full stop stays on a one-letter initial ("K.").
 */
export function tokenSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < text.length; ) {
    if (isSpaceAt(text, i)) {
      i += charLength(text, i);
      continue;
    }
    let start = i;
    let end = wordRunEnd(text, i);
    if (end === i) {
      // A mark: one character a token.
      i += charLength(text, i);
      out.push(span(text.slice(start, i), start));
      continue;
    }
    // Inner apostrophes, dots, hyphens and en dashes ("Estonia–Finland") followed by more letters,
    // then perhaps a final dot.
    for (;;) {
      const c = text.charCodeAt(end);
      if (c !== 39 && c !== 8217 && c !== 46 && c !== 45 && c !== 8211) break;
      const next = wordRunEnd(text, end + 1);
      if (next === end + 1) break;
      end = next;
    }
    if (text.charCodeAt(end) === 46) end++;
    i = end;
    let word = text.slice(start, end);
    // Keep the dot only on initials and known abbreviations; otherwise it is punctuation.
    // A compound that ends in a dotted abbreviation keeps its dot too ("Japan-U.S. Friendship League"),
    // as the abbreviation alone does in the gazetteer's "U.S." (its dot ends no sentence before a capital).
    if (
      word.length > 1 &&
      word.endsWith(".") &&
      !/^(\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof)\.$/u.test(word) &&
      !/\p{L}-(?:\p{Lu}\.){2,}$/u.test(word)
    ) {
      out.push(span(word.slice(0, -1), start));
      start += word.length - 1;
      word = ".";
    }
    // A possessive is a token of its own, so that "Kyrgyzstan’s" is found as a country.
    const possessive = endsInApostropheS(word) ? /^(.{2,})(['’]s)$/u.exec(word) : null;
    if (possessive) {
      const stem = possessive[1] as string;
      out.push(span(stem, start));
      out.push(span(possessive[2] as string, start + stem.length));
      continue;
    }
    out.push(span(word, start));
  }
  return out;
}

// Whether a word ends in "'s" or "’s": the cheap test before the possessive pattern, which most words fail.
function endsInApostropheS(word: string): boolean {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 8217;
}

// One token, its folded key made once here rather than at every comparison.
function span(text: string, start: number): TokenSpan {
  return { text, start, end: start + text.length, key: foldKey(text) };
}
