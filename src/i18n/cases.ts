/**
 * Case forms of names and country names in Russian and Kazakh questions: "с Кошановым", "Нарбаевой",
 * "о Кошанове", "Қошановпен", "Моңғолиямен", "Әшімбаевтың". Neither language has a dictionary of
 * foreign surnames, so instead of one analysis each word gets the forms it may come from, most
 * likely first; the caller keeps the first that names someone (or something) it knows.
 */

// Kazakh case endings (instrumental, dative, genitive, accusative, locative, ablative), longest first.
// Kazakh joins them to the word unchanged, so the base is what is left.
const KAZAKH_ENDINGS = [
  "пенен",
  "менен",
  "бенен",
  "пен",
  "мен",
  "бен",
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "нан",
  "нен",
  "дан",
  "ден",
  "тан",
  "тен",
  "ға",
  "ге",
  "қа",
  "ке",
  "на",
  "не",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "да",
  "де",
  "та",
  "те",
];

// Russian endings of nouns and surnames and what the nominative may end in instead, most likely first.
// Surnames in -ов/-ев/-ин decline like "Кошанов, Кошанова, Кошанову, Кошановым, о Кошанове"; women's
// like "Нарбаева, Нарбаевой, Нарбаеву"; others like nouns ("Симонян, Симоняна, Симоняном").
const RUSSIAN_ENDINGS: [string, string[]][] = [
  ["ского", ["ский"]],
  ["скому", ["ский"]],
  ["ским", ["ский"]],
  ["ском", ["ский"]],
  ["ской", ["ская"]],
  ["скую", ["ская"]],
  ["ым", [""]],
  ["им", ["", "ий"]],
  ["ом", [""]],
  ["ем", ["", "ь", "й"]],
  ["ой", ["а", "", "ой"]],
  ["ей", ["я", "а", "ь", "ей"]],
  ["ою", ["а"]],
  ["ею", ["я"]],
  ["у", ["", "а"]],
  ["ю", ["я", "ь", "й"]],
  ["а", ["", "а"]],
  ["я", ["ь", "й", "я"]],
  ["е", ["", "а", "я"]],
  ["ы", ["а"]],
  ["и", ["я", "ь", "а", "й"]],
];

/**
 * The forms a Cyrillic word may be a case form of, the word itself first: "Кошановым" →
 * ["Кошановым", "Кошанов"], "Нарбаевой" → ["Нарбаевой", "Нарбаева", "Нарбаев"], "Қошановпен" →
 * ["Қошановпен", "Қошанов"]. Words of other scripts come back alone.
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  if (!/\p{Script=Cyrillic}/u.test(word)) return forms;
  const lower = word.toLowerCase();
  const keepCase = (base: string) =>
    word[0] === lower[0] ? base : base.charAt(0).toUpperCase() + base.slice(1);
  const add = (base: string) => {
    // A stem needs at least three letters: "Ли" is a name, not a case form of "Л".
    if (base.length >= 3 && !forms.includes(keepCase(base))) forms.push(keepCase(base));
  };
  for (const ending of KAZAKH_ENDINGS)
    if (lower.endsWith(ending)) {
      const base = lower.slice(0, -ending.length);
      add(base);
    }
  for (const [ending, nominatives] of RUSSIAN_ENDINGS)
    if (lower.endsWith(ending))
      for (const nominative of nominatives) add(lower.slice(0, -ending.length) + nominative);
  return forms;
}

const ADJECTIVE = /^(\p{L}{3,}?)(ь)?(ск|цк)(ий|ая|ое|ие|ого|ому|им|ом|ой|ую|их|ими|ым)$/u;

/**
 * The stem of a Russian adjective made from a place name ("монгольского" → "монгол", "казахстанский"
 * → "казахстан", "российской" → "росси"), or undefined for other words.
 */
export function adjectiveStem(word: string): string | undefined {
  const m = ADJECTIVE.exec(word.toLowerCase());
  if (!m) return undefined;
  // "российск-", "корейск-": the "й" belongs to the adjective, not to "Россия", "Корея".
  return (m[1] as string).replace(/й$/, "");
}
