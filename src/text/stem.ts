/**
 * Stemming shared by the fact index (article keywords) and the question parser (question keywords), so
 * that a word of a question meets the same word in an article whatever its ending.
 */

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
