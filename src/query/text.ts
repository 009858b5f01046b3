/**
 * Text folding shared by every matcher of the query core: names, countries and keywords are compared
 * in one plain form (Latin script, no diacritics, lower case, words separated by single spaces), so that
 * "Khürelsükh", "Khurelsukh" and "Хурэлсух" can meet.
 */
import transliterate from "@sindresorhus/transliterate";
import { editDistance } from "../extract/similar.ts";

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** Whether a text is written in Latin script only (with digits and punctuation). */
export function isLatin(text: string): boolean {
  return !NON_LATIN.test(text);
}

/**
 * Folds text for matching: Cyrillic and other scripts transliterated to Latin, diacritics dropped,
 * apostrophes removed, lower case, anything else that is not a letter or digit turned into a space.
 */
export function fold(text: string): string {
  return tokenize(text).folded.join(" ");
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The words of a text, in their original case and folded, index for index. */
export function tokenize(text: string): { original: string[]; folded: string[] } {
  let t = text;
  // Most article text is plain ASCII: only other text pays for Unicode folding.
  if (!PRINTABLE_ASCII.test(t)) {
    // Diacritics go first, so that Latin "ü" becomes "u" (transliterate would write "ue").
    t = t.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (NON_LATIN.test(t)) t = transliterate(t);
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
  if (!PRINTABLE_ASCII.test(text)) {
    const { original, folded } = tokenize(text);
    for (let i = 0; i < folded.length; i++)
      visit(folded[i] as string, (original[i] as string).charCodeAt(0) >= 97);
    return;
  }
  const clean =
    text.includes("'") || text.includes("`") ? text.replace(/['`]s\b/g, "").replace(/['`]/g, "") : text;
  const lower = clean.toLowerCase();
  const word = /[a-z0-9]+/g;
  // After a hyphen a name goes on in lower case ("Sye-kyun"): that is not an ordinary word.
  for (let m = word.exec(lower); m; m = word.exec(lower))
    visit(m[0], clean.charCodeAt(m.index) >= 97 && clean[m.index - 1] !== "-");
}

/** The words of a folded text. */
export function words(folded: string): string[] {
  return folded ? folded.split(" ") : [];
}

/**
 * A crude English stem, enough to let "discussed" meet "discuss" and "signing" meet "signed": common
 * inflection endings are cut from words of five letters or more.
 */
export function stem(word: string): string {
  if (word.length < 5 || /^\d/.test(word)) return SYNONYMS.get(word) ?? word;
  let cached = stemCache.get(word);
  if (cached === undefined) {
    if (stemCache.size > 200_000) stemCache.clear();
    cached = stemWord(word);
    stemCache.set(word, cached);
  }
  return cached;
}

// Words that reports use for one another ("stressed" / "highlighted"), as stems: each maps to the first
// of its group, so that a question's word finds the article's.
const SYNONYMS = new Map(
  [
    ["stress", "emphas", "emphasiz", "highlight", "underlin", "underscor"],
    ["propos", "proposal", "suggest"],
    ["recall", "remind", "recollect"],
    ["thank", "gratitud", "grateful"],
    ["award", "decorat", "honour", "honor"],
    ["talk", "negoti", "convers"],
  ].flatMap((group) => group.map((w) => [w, group[0] as string] as const)),
);

// Words repeat endlessly in a corpus: each is stemmed once.
const stemCache = new Map<string, string>();

function stemWord(word: string): string {
  let w = word;
  const cut = (ending: string) => w.endsWith(ending) && w.length - ending.length >= 4;
  // "cities" → "city", "agencies" → "agency".
  if ((w.endsWith("ies") || w.endsWith("ied")) && w.length >= 6) return `${w.slice(0, -3)}y`;
  const ending = ["ations", "ation", "ings", "ing", "ed", "ly"].find(cut);
  if (ending) w = w.slice(0, -ending.length);
  else if (/(ss|x|z|ch|sh)es$/.test(w) && cut("es")) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && cut("s")) w = w.slice(0, -1);
  // "invite" and "invited" both become "invit".
  if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);
  // "cooperate" meets "cooperation", "congratulated" meets "congratulations".
  if (w.endsWith("at") && w.length >= 7) w = w.slice(0, -2);
  return SYNONYMS.get(w) ?? w;
}

/** Compares two strings by code units (ISO dates, ids): much cheaper than localeCompare in big sorts. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Similarity of two words between 0 and 1 (1 - edit distance / longer length). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

/**
 * Words of titles and institutions: they appear in aliases such as "Senate Chairman Tokayev" but never
 * tell one person from another, so they are not matched as names.
 */
export const ROLE_WORDS = new Set(
  (
    "senate senator assembly national state great house council committee commission chamber lower upper " +
    "parliament parliamentary congress duma khural majilis mazhilis majlis kenesh bundestag " +
    "speaker chairman chairwoman chairperson chair president vice deputy head secretary general " +
    "ambassador minister prime foreign affairs envoy consul leader member members mp delegation group " +
    "friendship republic federation kingdom people peoples of the and his her kazakh guest counterpart " +
    "side sides marshal interlocutor high profile official officials mr mrs ms dr first elbasy nation"
  ).split(" "),
);

/**
 * Words that carry no subject in a question: function words, question words and the vocabulary of
 * meetings and titles. They are never taken for names, and they do not count as keywords.
 */
export const STOPWORDS = new Set(
  (
    "a an the and or but of to in on at by for from with without about into onto over under after before " +
    "during since until between among as than then so if is are was were be been being am do does did done " +
    "has have had having will would shall should can could may might must not no yes this that these those " +
    "it its it s he she they them their his her him we us our you your i me my who whom whose what which " +
    "when where why how there here any some all each every other another one also only just per according " +
    "report reported says said tell told please know known get got let " +
    "meet meets met meeting meetings hold holds held talk talks talked negotiations negotiate receive " +
    "received receives visit visited visits visiting host hosted welcome welcomed see saw " +
    "speaker chairman chairwoman chairperson chair head president deputy vice ambassador minister " +
    "parliament parliamentary official officials counterpart counterparts side sides delegation " +
    "mr mrs ms dr article news"
  ).split(" "),
);
