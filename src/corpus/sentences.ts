/**
 * Sentence splitting for news English. A full stop ends a sentence unless it ends an abbreviation
 * ("Mr.", "St.", "Aug."), an initial ("K. Tokayev", "N.Nazarbayev") or a number ("6.5 bln").
 */

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "sr",
  "jr",
  "prof",
  "gen",
  "col",
  "lt",
  "sen",
  "rep",
  "reps", // "Reps. A, B and C": the plural title of American and Korean lawmakers
  "sens",
  "gov",
  "hon",
  "rt", // "Rt. Hon."
  "pol", // "Pol. Gen.", "Pol. Col.": the police ranks of Thai and other Asian reports
  "engr",
  "eng", // "Eng. Ahmed ...", an engineer's title in Gulf and Levant agencies
  "smt",
  "adv",
  "rev",
  "capt",
  "maj",
  "amb",
  "no",
  "vs",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "ltd",
  "co",
  "corp",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
  "etc",
  "approx",
  "mln",
  "bln",
  "min",
]);

/** The initials of two letters, a capital and a consonant, that stand for a name ("Ch.", "Ts.", "Md."). */
export const TWO_LETTER_INITIAL = /^(?:Ch|Sh|Ts|Kh|Zh|Md)$/;

// A candidate end: . ! or ? (maybe followed by closing quotes or brackets), then space, then
// something that can open a sentence (a capital, a digit, an opening quote or bracket). Only from
// the first mark of a run: tried at every mark of "......" it read the run once per mark.
const SENTENCE_END = /(?<![.!?])[.!?]+["'”’»)]*(?=\s+["'“‘«(]*[\p{Lu}\d])/gu;

/** Splits a paragraph into sentences, keeping each sentence's own punctuation. */
export function splitSentences(paragraph: string): string[] {
  const text = unglue(oneSpaced(paragraph).trim());
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith(".") && !endsSentence(text, start, m.index)) continue;
    out.push(...cutLong(text.slice(start, end).trim()));
    start = end;
  }
  const last = text.slice(start).trim();
  if (last) out.push(...cutLong(last));
  return out;
}

/**
 * The longest sentence read as one. News sentences are a few hundred characters (the longest of the
 * development set has some 700); a "sentence" of thousands is a list, a table or a text without stops,
 * and the rules, which compare each name with the words before it, would take time that grows with the
 * square of its length.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** A sentence of at most {@link MAX_SENTENCE_CHARS}, or a longer one cut into pieces of at most that, at spaces where it has them. */
export function cutLong(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE_CHARS) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE_CHARS) {
    let cut = rest.lastIndexOf(" ", MAX_SENTENCE_CHARS);
    // No space in the piece's second half: cut where it is full, but never inside a surrogate pair.
    if (cut < MAX_SENTENCE_CHARS / 2) {
      cut = MAX_SENTENCE_CHARS;
      const before = rest.charCodeAt(cut - 1);
      if (before >= 0xd800 && before <= 0xdbff) cut--;
    }
    const piece = rest.slice(0, cut).trim();
    if (piece) out.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

// The runs of white space that are not one plain space: a space and another white-space character, or
// two spaces, each with the rest of its run.
const LOOSE_SPACE = / ?[^\S ]\s*| {2,}\s*/g;

/**
 * The text with each run of white space made one space, as `text.replace(/\s+/g, " ")` makes it, but
 * without matching (and recording) every single space between two words, which most runs are.
 */
export function oneSpaced(text: string): string {
  LOOSE_SPACE.lastIndex = 0;
  if (LOOSE_SPACE.test(text)) return text.replace(LOOSE_SPACE, " ");
  // A text with no loose space would come back as itself: a slice of the whole file, which every
  // sentence cut out of it would keep alive in the fact base. Joined to a mark and cut again, it is a
  // copy of its own (as the replacement's new string was), the same text.
  return ` ${text}`.slice(1);
}

/**
 * Puts back the space a careless copy lost between two sentences ("met Maulen Ashimbayev.During the
 * talks"): a full stop after a word of three or more letters, right before a capitalised word. Initials
 * ("Ts.Tsolmon", "K.Tokayev"), abbreviations ("Prof.Kim") and web addresses keep their dots.
 */
export function unglue(text: string): string {
  // Most paragraphs have no full stop right before a capital letter: one quick scan spares them the
  // pattern below, whose look-behind is tried at every character.
  if (!/\.\p{Lu}/u.test(text)) return text;
  return text.replace(
    /(?<=(?:^|[\s(])([\p{L}]+))\.(?=\p{Lu}\p{Ll}*(?:[\s,;:!?'’")]|$))/gu,
    (dot, word: string) => (/\p{Ll}{3}$/u.test(word) && !ABBREVIATIONS.has(word.toLowerCase()) ? ". " : dot),
  );
}

// Whether a full stop after text[from, to) ends a sentence.
function endsSentence(text: string, from: number, to: number): boolean {
  const word = text.slice(lettersAndDotsBefore(text, from, to), to);
  if (!word) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial: one capital letter ("K." in "K. Tokayev", "V. Matvienko"), or a capital and a consonant,
  // as Mongolian names abbreviate the father's name ("Ch. Ariunaa", "Ts. Bold") and Bangladeshi ones
  // Muhammad ("Md. Karim"). Such a word has no vowel: no English word, so no sentence, ends in one.
  if (/^\p{Lu}$/u.test(word) || TWO_LETTER_INITIAL.test(word)) return false;
  // Dotted initials or abbreviations such as "U.S" or "D.C".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

// One letter (a code point) at a given index.
const LETTER_AT = /\p{L}/uy;

/**
 * Where the run of letters and dots that ends at `to` starts, not before `from` (what /[\p{L}.]+$/u
 * finds in text[from, to), read backwards from the end rather than tried at every character).
 */
function lettersAndDotsBefore(text: string, from: number, to: number): number {
  let k = to;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      k--;
      continue;
    }
    if (c < 128) break;
    // A letter beyond ASCII, perhaps written with two code units (a surrogate pair inside the range).
    let units = 1;
    if (c >= 0xd800 && c <= 0xdfff) {
      // Half of a pair whose other half lies outside the range is no letter there.
      const high = k - 2 >= from ? text.charCodeAt(k - 2) : 0;
      if (c < 0xdc00 || high < 0xd800 || high > 0xdbff) break;
      units = 2;
    }
    LETTER_AT.lastIndex = k - units;
    if (!LETTER_AT.test(text)) break;
    k -= units;
  }
  return k;
}
