/**
 * Person-name finder: runs of capitalised words that are not places, bodies, titles or common
 * capitalised words, with the particles and initials names carry ("Turgunbek uulu",
 * "Abdullah ibn Muhammad Al ash-Sheikh", "K.Tokayev", "L. Enkh-Amgalan", "Ts.Tsolmon"), in any
 * order ("Xi Jinping", "Tran Thanh Man", "Mr. KAIEDA Banri"). A run that ends in the head noun of an
 * institution, a place or a thing ("Transport Route", "Friendship Order") is not a name.
 */
import { split as pinyinSyllables } from "pinyin-split";
import { TWO_LETTER_INITIAL } from "../corpus/sentences.ts";
import { countryOf, type Found, isThingWord, isTitleWord, singularTitle } from "./gazetteer.ts";
import { honorificBeginsAt, honorificEnd, honorificStart, isHonorificWord } from "./honorifics.ts";
import { rememberedAnswers } from "./pattern-cache.ts";
import { fold, isAllCaps, isCapitalized, type Token } from "./text.ts";

// "son of" and "daughter of" after the father's name, in Kyrgyz, Kazakh, Azerbaijani and Uzbek spellings
// ("Nurbek Asan uulu", "Samira Rauf qizi Huseynli", "Anvar Karim ogli", "Ismoil o'g'li").
const END_PARTICLES = new Set([
  "uulu",
  "kyzy",
  "ogly",
  "oglu",
  "uly",
  "qyzy",
  "qizi",
  "gizi",
  "ogli",
  "o'g'li",
  "o‘g‘li",
  "oʻgʻli",
  "o’g’li",
]);
// Lower-case particles that stand inside or at the end of names.
const PARTICLES = new Set([
  ...END_PARTICLES,
  "ibn",
  "bin",
  "binti",
  "bint",
  "al",
  "el",
  "de",
  "van",
  "von",
  "der",
  "da",
  "dos",
  "del",
  "la",
  "le",
  "los",
  "las",
  "di",
  "du",
  "des",
  "do",
  "das",
  "ter",
  "ten",
  "den",
  "af",
  "zu",
  "ould",
  "ben",
  "y",
]);
// Words after which a city's name is the place, not a person's name.
const PLACE_PREPOSITIONS = new Set(
  "in to from at of near via between and or for on into across around outside inside".split(" "),
);

// The ordinal of a monarch or pope, from II to XIX but V and X, which are more often initials
// ("King Faisal II", "Pope Leo XIV").
const ROMAN_NUMERAL = /^(?:X?(?:I{2,3}|IV|VI{1,3}|IX)|XI{1,3}|XV)$/;
// Particles of descent in Arabic and Malay names ("son of", "daughter of"), always before the father's name.
const PATRONYMIC_PARTICLES = new Set(["bin", "ibn", "bint", "binti"]);
// A surname that a French or Italian particle is elided onto, printed as one word in lower case:
// "d'Arvelle", "l'Estrange", "dell'Orto", "dall'Ara". Not the French words of titles and places
// ("Chargé d'Affaires", "Côte d'Ivoire", "coup d'État", "Légion d'Honneur").
const ELIDED_PARTICLE_NAME =
  /^(?:d|l|dell|dall|nell|sull)['’](?!(?:Affaires|Ivoire|Etat|État|Honneur|Or)$)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

// Capitalised words that are not names (sentence openers, institutions, calendar words...).
const NOT_NAME = new Set(
  `the a an in on at during after before following within while with as for from to by of and or but this that these those
  his her its their our it he she they we i you there here then today yesterday tomorrow earlier later also meanwhile moreover
  besides furthermore however thus therefore both each all some many several other another such according speaking noting
  highlighting welcoming opening greeting stressing talking coming touching regarding concerning besides at
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  parliament parliamentary assembly council committee commission chamber house senate congress national federal state
  republic kingdom sultanate emirate principality duchy union international interparliamentary inter-parliamentary people's peoples united supreme grand
  great general standing legislative executive foreign affairs defense defence security policy economic cultural
  government ministry department office service press agency news reports source photo lead all
  president vice prime minister speaker chairman chairwoman chairperson chair head deputy ambassador secretary member
  central asia asian latin east west north south middle europe european eurasian region regional province city capital
  forum conference summit session meeting talks visit day program programme initiative strategy plan road map roadmap
  center centre university foundation company corporation bank fund group friendship cooperation partnership treaty
  convention memorandum agreement declaration expo olympic world global new first second third fourth fifth
  islamic consultative extraordinary plenipotentiary honorable honourable his-majesty majesty emperor heads leaders
  bilateral multilateral strategic independence constitution constitutional order medal award prize river sea lake bay
  corridor cosmodrome station peninsula mission delegation diaspora last next updated published posted read more
  featured sponsored trending related advertisement share comments tags
  northern southern eastern western one two three four five six seven eight nine ten twelve twenty fifty hundred
  thousand million billion trillion
  economy finance finances justice health energy trade labour labor transport interior sport sports youth water
  digital internal external social public home culture agriculture science commerce treasury judiciary emergency
  emergencies infrastructure legislature representative representatives executive extraordinary honorary plenary
  anniversary century secretary military primary temporary ordinary voluntary monetary budgetary revolutionary
  dignitary alliance presidency address message speech decree doctrine debate hearing
  democratic republican socialist conservative reform reforms report
  highland highlands upland lowland lowlands nagorno nagorny upper lower greater inner outer
  call phone telephone courtesy nuclear safety
  overall nevertheless nonetheless likewise otherwise afterwards afterward instead thereafter hence indeed
  alongside together still again plus
  issue political relations about against towards toward over concern`.split(/\s+/),
);

/** Verbs that headlines capitalise ("Speaker Receives Ambassador", "Meetings Took Place in Moscow"). */
export const HEADLINE_VERBS = new Set(
  "receives received receive holds held hold meets met meet visits visited visit took take takes place discuss discusses discussed signs signed sign agree agrees agreed pledges pledged calls called says said talks hails hailed praises praised urges urged hosts welcomes greets thanks lauds lauded commends commended underlines underlined stresses stressed highlights highlighted vows vowed backs backed seeks sought eyes mulls expresses expressed voices voiced raises raised".split(
    " ",
  ),
);

// Endings of English common nouns, which names almost never have ("Development", "Prosperity", "Relations").
// Adjectives in "-ional" and "-ical" ("Institutional", "Historical") are never names either.
const COMMON_NOUN_ENDING =
  /(tion|tions|ions|sion|ment|ments|ity|ities|stry|logy|ship|ism|ics|ings|ness|ure|ies|ive|ional|ical)$/;
// Titles that are also English surnames ("Rose Mary King", "Anna Bishop", "Tom Marshal").
const SURNAME_TITLES = new Set(
  "king bishop knight judge marshal marshall major prince duke earl baron dean pope mayor cardinal chancellor sheriff abbot deacon".split(
    " ",
  ),
);
// Styles of rank written before a name ("Sheikh", "Prince"), never a middle name.
const RANK_STYLES = /^(?:sheikh|sheikha|shaikh|prince|princess|emir|amir|king|queen|sultan)$/;
// Endings that common nouns share with many given names ("Anniversary", "Victory", "Balance" but
// Mary, Gary, Grigory, Valery, Florence, Constance): such a word is a name only beside another name
// word. (-ure, -ies and -ive stay common-noun endings: "Better Future", "Developed Countries" and
// "Preventive Diplomacy" are far more frequent than Clive or Lefaure.)
const NAME_PRONE_NOUN_ENDING = /(ence|ance|ery|ary|ory)$/;

/** What a word, out of context, could be: part of a name, part of one only beside another name word, or not. */
type WordVerdict = "name" | "beside-name" | "not";

/** Whether a word, out of context, could be part of a person's name (remembered: words repeat). */
export function couldBeNameWord(w: string): boolean {
  return wordVerdict(w) === "name";
}

function wordVerdict(w: string): WordVerdict {
  // Most words of a sentence start with an ASCII character that is no capital letter ("the", ",", "2024"):
  // neither an initial nor a capitalised word, they are no name, without a look-up.
  const first = w.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 128) || w.length === 0) return "not";
  return wordVerdicts(w);
}
const wordVerdicts = rememberedAnswers(judgeWord, 100_000);

function judgeWord(w: string): WordVerdict {
  if (isInitial(w)) return "name";
  const f = fold(w);
  if (!couldBeNameWordAtAll(w, f)) return "not";
  if (COMMON_NOUN_ENDING.test(f)) return doubleSurname(w) ? "name" : "not";
  return NAME_PRONE_NOUN_ENDING.test(f) ? "beside-name" : "name";
}

// Prefixes of English compounds in title case ("Anti-Corruption", "Self-Determination"), never a name.
const COMPOUND_PREFIX =
  /^(?:anti|inter|intra|self|post|multi|counter|cross|socio|trans|semi|mega|mini|ultra|super|over|under|well)$/;

/**
 * Whether a hyphenated word is a double surname whose second part ends like a common noun
 * ("Demoulin-Faure", "Martin-Lecture"): its first part is a name word of four letters or more.
 */
function doubleSurname(w: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{3,})-\p{Lu}\p{Ll}+$/u.exec(w);
  const first = m?.[1];
  return !!first && !COMPOUND_PREFIX.test(fold(first)) && wordVerdict(first) === "name";
}

function couldBeNameWordAtAll(w: string, f: string, allowGerund = false): boolean {
  if (!isCapitalized(w)) return false;
  if (isAllCaps(w) && w.length > 1) return false;
  return (
    !NOT_NAME.has(f) &&
    !NOT_NAME.has(f.replace(/s$/, "")) &&
    !isTitleWord(w) &&
    singularTitle(w) === undefined &&
    !isThingWord(w) &&
    !HEADLINE_VERBS.has(f) &&
    (allowGerund || !isCapitalGerund(w, f)) &&
    !isHonorificWord(w) &&
    !/^\d/.test(w)
  );
}

// English nouns in "-ing" that end the names of buildings, events and things ("the Capitol Building",
// "the Senate Hearing"), never a person's name.
const ING_NOUNS = new Set(
  `building buildings briefing hearing hearings wedding evening morning spring king ring thing string wing
  ceiling offering gathering opening closing setting painting housing funding training planning shipping
  banking mining dining marketing printing landing crossing dealing understanding signing ruling sitting`.split(
    /\s+/,
  ),
);

// A capitalised word in "-ing" that is not pinyin: an English gerund opening a sentence ("Speaking"),
// or a name that ends so ("Tshering"). The English nouns above stay English even where they split
// into pinyin syllables ("Mining": mi-ning, as in "Minister of Mining X").
const isCapitalGerund = (w: string, f: string) =>
  /^\p{Lu}\p{Ll}+ing$/u.test(w) && (ING_NOUNS.has(f) || !isPinyin(f));

/**
 * Whether a word in "-ing" would be a name word but for its ending: it is one right after another
 * name word and before a word in lower case ("Lhakpa Tshering met", not "Tokayev Opening Ceremony").
 */
function isNameEndingInIng(tokens: Token[], i: number, afterNameWord: boolean): boolean {
  const w = tokens[i]?.text ?? "";
  const f = fold(w);
  return (
    afterNameWord &&
    !ING_NOUNS.has(f) &&
    isCapitalGerund(w, f) &&
    couldBeNameWordAtAll(w, f, true) &&
    !COMMON_NOUN_ENDING.test(f) &&
    !isCapitalized(tokens[i + 1]?.text ?? "")
  );
}

/**
 * Whether a word is Chinese written in pinyin, syllable by syllable ("Jinping", "Guoqing"): such
 * words end in "-ing" without being English gerunds ("Speaking", "Meeting").
 */
export function isPinyin(word: string): boolean {
  const syllables = pinyinSyllables(word);
  return (
    syllables.join("") === word &&
    syllables.every((x) => x.length > 1 && x !== "ng") &&
    // The syllables of a name are few; a long English word may still split by chance.
    syllables.length <= 3
  );
}

/**
 * A surname written in capitals before the given name, as Japanese and some other reports do, after
 * an honorific ("Mr. KAIEDA Banri") or a role ("President of the House of Councillors of Japan
 * NAKAMURA Kenji", whose last word `afterPhrase` says is a known place or body).
 */
function isCapitalSurname(tokens: Token[], i: number, afterPhrase = false): boolean {
  const w = tokens[i]?.text ?? "";
  // A lower-case ASCII letter or a sign first (most words): no capitals, no pattern to run.
  const first = w.charCodeAt(0);
  if (first > 90 && first < 128) return false;
  return (
    /^\p{Lu}{3,}$/u.test(w) &&
    /[AEIOUY]/.test(w) &&
    // "German MEP Martin X": a title in capitals is the role, not a surname.
    !isTitleWord(w) &&
    (honorificStart(tokens, i) < i || afterPhrase || isTitleWord(tokens[i - 1]?.text ?? "")) &&
    couldBeNameWord(tokens[i + 1]?.text ?? "") &&
    !isInitial(tokens[i + 1]?.text ?? "")
  );
}

// A word in capitals of four letters or more, or two such parts joined by a hyphen ("ENKH-AMGALAN"):
// three capitals are mostly a code ("USD", "GDP").
const CAPITAL_WORD = /^\p{Lu}{4,}(?:-\p{Lu}{2,})?$/u;
// A given name as names are printed: one capital, then small letters ("Miyegombo", "Jean-Pierre"), not
// a brand ("AdChoices") or an address ("Mail.ru").
const PLAIN_GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
// An English word set in capitals ("ADVERTISING", "INFORMATION"): its ending says so.
const isEnglishWordInCapitals = (w: string) => {
  const f = fold(w);
  return COMMON_NOUN_ENDING.test(f) || (f.endsWith("ing") && !isPinyin(f));
};

/**
 * Whether a word, out of context, may be a surname though a common word: capitalised, then small
 * letters, and none of the words that are never names (articles, months, bodies, page furniture),
 * honorifics or plural titles. Remembered: asked again for each capitalised word of every sentence.
 */
function commonWordMayBeSurname(w: string): boolean {
  // A word that opens with an ASCII character other than a capital needs no look-up.
  const first = w.charCodeAt(0);
  if (first < 65 || (first > 90 && first < 128)) return false;
  return commonSurnameAnswers(w);
}
const commonSurnameAnswers = rememberedAnswers(
  (w: string) =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
    !NOT_NAME.has(fold(w)) &&
    !NOT_NAME.has(fold(w).replace(/s$/, "")) &&
    !isHonorificWord(w) &&
    singularTitle(w) === undefined,
  100_000,
);

/** A person name found in a sentence, by token positions [from, to). */
export interface NameSpan {
  from: number;
  to: number;
  name: string;
  /** An honorific or title word right before the name makes a one-word name credible ("Mr. Canas"). */
  titled: boolean;
  /** A lone capitalised word with nothing to vouch for it: a name only if the article names it in full too. */
  weak: boolean;
  /**
   * A lone word followed by a role in apposition ("Suharyanto, Speaker of the House, said"): a
   * single-word name if the article names it again (a role alone could follow a sentence's opening word).
   */
  apposed?: boolean;
}

// "K.", "K.Tokayev", the two-letter initials of Mongolian names ("Ts.Tsolmon", "Sh.Batbold"), and an
// initial before a surname in capitals, as Mongolian agencies print it ("G.ZANDANBAATAR"; a vowel in it,
// not an abbreviation).
const isInitial = (w: string) =>
  /^\p{Lu}\.$/u.test(w) ||
  /^(\p{Lu}\p{Ll}?\.)+\p{Lu}\p{Ll}[\p{L}-]+$/u.test(w) ||
  /^(\p{Lu}\p{Ll}?\.)+(?=\p{Lu}*[AEIOUY])\p{Lu}{4,}(?:-\p{Lu}{2,})?$/u.test(w);

/**
 * Finds person names among the tokens of a sentence. `covered` marks tokens that belong to a
 * gazetteer phrase; `knownSurnames` (folded) lets a lone surname seen earlier in the article count.
 */
export function findNames(
  tokens: Token[],
  found: Found[],
  knownSurnames: (word: string) => boolean,
): NameSpan[] {
  const sentenceWords = new SentenceWords(tokens, found);
  const nameLike = (i: number): boolean => sentenceWords.nameLike(i);
  const out: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Pol. Gen. Anurak X": an honorific of several words parted by dots, whose first word could pass
    // for a name ("Pol"), opens the name after it and is no name of its own.
    if (tokens[i + 1]?.text === "." && honorificBeginsAt(tokens, i)) {
      const end = honorificEnd(tokens, i);
      if (end > i + 2) {
        i = end - 1;
        continue;
      }
    }
    // "Mr. Clement Said", "Deputy Speaker Hall said": common words that a title or an honorific makes a name.
    const commonEnd = nameLike(i) ? -1 : sentenceWords.commonWordsNamedAt(i);
    if (commonEnd > i) {
      const single = commonEnd === i + 1;
      out.push({ from: i, to: commonEnd, name: joinName(tokens, i, commonEnd), titled: true, weak: single });
      i = commonEnd - 1;
      continue;
    }
    if (!nameLike(i) && !dottedInitialsAt(tokens, i, nameLike)) continue;
    // "the U.S. Yerzhan X": dotted capitals after "the" abbreviate a country, not a first name.
    if (!nameLike(i) && fold(tokens[i - 1]?.text ?? "") === "the") {
      i++;
      continue;
    }
    let j = i;
    const words: string[] = [];
    while (j < tokens.length) {
      const w = tokens[j]?.text ?? "";
      if (dottedInitialsAt(tokens, j, nameLike)) {
        words.push(w, "."); // "W.M.D." before "Jayasundara": the tokenizer parts the last dot
        j += 2;
      } else if (nameLike(j)) {
        words.push(w);
        j++;
      } else if (words.length > 0 && ROMAN_NUMERAL.test(w) && isTitleWord(tokens[i - 1]?.text ?? "")) {
        words.push(w); // "King Faisal II": a monarch's ordinal is part of the name
        j++;
      } else if (words.length > 0 && /^\p{Lu}$/u.test(w) && nameLike(j + 1)) {
        words.push(w); // "Ibrahim A Danbaba": a middle initial printed without its dot
        j++;
      } else if (
        words.length > 0 &&
        /^["“]$/.test(w) &&
        nameLike(j + 1) &&
        /^["”]$/.test(tokens[j + 2]?.text ?? "") &&
        nameLike(j + 3)
      ) {
        // "Rosario "Charo" Reyes": a nickname in quotes between the given name and the surname
        words.push(w, tokens[j + 1]?.text ?? "", tokens[j + 2]?.text ?? "");
        j += 3;
      } else if (
        words.length > 0 &&
        w === "(" &&
        PLAIN_GIVEN_NAME.test(tokens[j + 1]?.text ?? "") &&
        nameLike(j + 1) &&
        tokens[j + 2]?.text === ")" &&
        nameLike(j + 3)
      ) {
        // "Ahmad (Andi) Suryadinata": a nickname in brackets, as Indonesian and Filipino reports print it
        words.push(w, tokens[j + 1]?.text ?? "", ")");
        j += 3;
      } else if (words.length > 0 && /^\p{Ll}{1,3}-\p{Lu}/u.test(w) && !isThingWord(w)) {
        // "ash-Sheikh", "al-Sharhan"; not a feast's or a body's head ("Eid al-Fitr", "Majlis al-Shura")
        words.push(w);
        j++;
      } else if (words.length > 0 && ELIDED_PARTICLE_NAME.test(w)) {
        words.push(w); // "Jeanne d'Arvelle", "Carlo dell'Orto": the particle elided onto the surname
        j++;
      } else if (PARTICLES.has(fold(w)) && words.length > 0 && particlesLeadToName(tokens, j, nameLike)) {
        // "van der Berghe", "de la Fuente", "bin Zayed Al Nahyan": particles stand in a name only
        // when a name word follows them.
        const end = particlesEnd(tokens, j);
        for (let k = j; k < end; k++) words.push(tokens[k]?.text ?? "");
        j = end;
      } else if (PARTICLES.has(fold(w)) && words.length > 0 && END_PARTICLES.has(fold(w))) {
        words.push(w);
        j++;
      } else if (
        PARTICLES.has(fold(w)) &&
        words.length > 0 &&
        honorificBeginsAt(tokens, j + 1) &&
        nameLike(honorificEnd(tokens, j + 1))
      ) {
        // "Abdul Rahim bin Haji Osman", "bin Pengiran Haji Ismail": the father's name keeps its style.
        const end = honorificEnd(tokens, j + 1);
        for (let k = j; k < end; k++) words.push(tokens[k]?.text ?? "");
        j = end;
      } else break;
    }
    // Honorifics that look like names ("H E", "Tan Sri", "Excellency") open the run: they vouch for
    // the name that follows them but are not part of it.
    let from = i;
    for (let p = i + 1; p <= j; p++) if (honorificStart(tokens, p) <= i) from = p;
    if (from === j) {
      i = j - 1; // honorifics only ("H E" before "Dr.")
      continue;
    }
    // "Pehin Orang Kaya Laila Wijaya Dato Seri Setia Awang Haji X": words between two honorifics are a
    // title of honour; the name is the one the last honorific opens.
    if (
      honorificStart(tokens, from) < from &&
      honorificBeginsAt(tokens, j) &&
      nameLike(honorificEnd(tokens, j))
    ) {
      i = j - 1;
      continue;
    }
    if (j - from >= 3 && placeOfBodyAt(tokens, from)) from++;
    const before = tokens[from - 1]?.text ?? "";
    const titled = from > i || honorificStart(tokens, from) < from || isTitleWord(before);
    // "Senator Peter Hall said", "Ms. Joan Clement", "J. King": a common word (a thing's head, a title,
    // a noun) right after a titled name or an initial, ending the name, is its surname.
    // A thing's head after a surname is a place named after its bearer ("President Ostrov Avenue").
    const namedAfter = isThingWord(tokens[j]?.text ?? "") && SURNAME_ENDING.test(fold(words.at(-1) ?? ""));
    if (
      (titled || isInitial(words[from - i] ?? "")) &&
      !namedAfter &&
      sentenceWords.commonWordEndsNameAt(j)
    ) {
      words.push(tokens[j]?.text ?? "");
      j++;
    }
    // The nickname in quotes or brackets is no part of the name the person is known by (most names
    // have neither: no pattern runs for them).
    let name = joinName(tokens, from, j);
    if (name.includes('"') || name.includes("“")) name = name.replace(/ ["“][^"”]+["”] /gu, " ");
    if (name.includes("(")) name = name.replace(/ \([^)]+\) /gu, " ");
    // "Vorontsov V.A.": initials after the surname keep the dot the tokenizer parted from them.
    if (
      /^(?:\p{Lu}\.)+\p{Lu}$/u.test(words.at(-1) ?? "") &&
      tokens[j]?.text === "." &&
      tokens[j]?.start === tokens[j - 1]?.end
    )
      name += ".";
    const nameWords = words.slice(from - i);
    const tooCommon = nameWords.every((w) => NOT_NAME.has(fold(w)) || /^\p{Lu}\.$/u.test(w));
    // Right after "the", a capitalised run names a thing ("the Nur Otan Party", "the Astana Hub"); so
    // does a run followed by the head noun of an institution, place or thing ("Chopin Airport").
    // So does one in quotes right after "the" ('the "Astana Hub" technopark').
    const afterThe =
      fold(before) === "the" || (/^["“«]$/.test(before) && fold(tokens[from - 2]?.text ?? "") === "the");
    const thing = headedByThing(tokens, j) || namesAPlaceOrThing(tokens, from, j, nameWords);
    const single = nameWords.length === 1 && !isInitial(nameWords[0] as string);
    if (
      !tooCommon &&
      !thing &&
      !afterThe &&
      (!single || titled || knownSurnames(fold(nameWords[0] as string)))
    ) {
      const apposed =
        single && !titled && soleNameBeforeApposition(tokens, j, nameWords[0] as string, nameLike);
      out.push({ from, to: j, name, titled, weak: single && !titled, ...(apposed ? { apposed } : {}) });
    }
    i = j - 1;
  }
  return out;
}

// Words that may stand between the comma after a name and the title of its apposition ("X, the
// Japanese Ambassador", "X, a Deputy Speaker").
const APPOSITION_OPENERS = new Set(["the", "a", "an"]);
// The small words inside the body or place of an apposition's role ("Speaker of the House of
// Representatives of Indonesia").
const APPOSITION_CONNECTORS = new Set(["of", "the", "and", "for", "on", "to"]);

/**
 * Whether a role in apposition starts at token `k`: a comma, maybe an article and a word or two
 * (a demonym, "Deputy"), a title ("Speaker", "chairman", "Ambassador"), and after it the body or
 * place it serves, with no name after that: the role is this name's, not the title of a name that
 * follows it ("Trend, Speaker of the Milli Majlis Anna Berg, said": the role is Anna Berg's).
 */
function appositionAt(tokens: Token[], k: number, nameLike: (i: number) => boolean): boolean {
  if (tokens[k]?.text !== ",") return false;
  let t = k + 1;
  if (APPOSITION_OPENERS.has(tokens[t]?.key ?? "")) t++;
  while (t < k + 5 && !isTitleWord(tokens[t]?.text ?? "")) {
    if (!isCapitalized(tokens[t]?.text ?? "")) return false;
    t++;
  }
  if (!isTitleWord(tokens[t]?.text ?? "")) return false;
  // The role's body and place run on through titles, capitalised words and the small words between
  // them; a name word there opens the name the role belongs to.
  for (let end = t + 12; t < end && t < tokens.length; t++) {
    const w = tokens[t]?.text ?? "";
    if (isTitleWord(w) || APPOSITION_CONNECTORS.has(tokens[t]?.key ?? "")) continue;
    if (!isCapitalized(w)) return true;
    if (nameLike(t) && !isThingWord(w)) return false;
  }
  return true;
}

/**
 * Whether a lone word at the end of a run (before token `j`) is followed by a role in apposition, as
 * a single-word name is ("Suharyanto, Deputy Speaker of the House"). Not an adverb opening a sentence
 * ("Nevertheless, the chairman of the committee said") nor a source ("According to Trend, the Speaker").
 */
function soleNameBeforeApposition(
  tokens: Token[],
  j: number,
  word: string,
  nameLike: (i: number) => boolean,
): boolean {
  return (
    word.length >= 4 &&
    !/ly$/.test(word) &&
    !(tokens[j - 2]?.key === "to" && tokens[j - 3]?.key === "according") &&
    appositionAt(tokens, j, nameLike)
  );
}

/**
 * Whether the capitalised word at `from` is the place or body of the title before it, one the gazetteer
 * does not know, so that the person's name starts after it: right after "of the <Body> of" ("Speaker of
 * the Volkstag of Freelandia Anna Berg"), after a title and "of" ("Ambassador of Freelandia Anna Berg"),
 * after a title, its field and "of" ("Minister of Foreign Affairs of Tarvonia Hugo Lind"), after a
 * title and "of the" ("Speaker of the Volkstag Anna Berg"), or after a place's possessive
 * ("Speaker of Freelandia's Volkstag Anna Berg").
 */
function placeOfBodyAt(tokens: Token[], from: number): boolean {
  const title = (k: number) => isTitleWord(tokens[k]?.text ?? "");
  if (tokens[from - 1]?.key === "the") return tokens[from - 2]?.key === "of" && title(from - 3);
  // "Speaker of Freelandia's Volkstag Anna Berg": the body a place owns.
  if (/^['’]s$/.test(tokens[from - 1]?.key ?? "")) return tokens[from - 3]?.key === "of" && title(from - 4);
  if (tokens[from - 1]?.key !== "of") return false;
  if (title(from - 2)) return true;
  let k = from - 2;
  while (k >= 0 && isCapitalized(tokens[k]?.text ?? "")) k--;
  if (k === from - 2) return false;
  if (tokens[k]?.key === "the" && tokens[k - 1]?.key === "of") return true;
  // "Minister of Foreign Affairs of Tarvonia Hugo Lind", "Chairman of the Committee on Foreign Affairs
  // of Tarvonia Hugo Lind": a title, its body or field (capitalised words and the small words between
  // them), then "of" the place it serves.
  for (k = from - 2; k > from - 12 && k > 0; k--) {
    const w = tokens[k]?.text ?? "";
    if (title(k) && tokens[k + 1]?.key === "of") return true;
    if (!isCapitalized(w) && !ROLE_PHRASE_CONNECTORS.has(tokens[k]?.key ?? "")) return false;
  }
  return false;
}
// The small words inside the name of a body or a field ("Committee on Foreign Affairs and Defence").
const ROLE_PHRASE_CONNECTORS = new Set(["of", "on", "for", "and", "the"]);

// Head nouns that come first in the names of buildings, places and airlines ("Hotel Ostrava", "Qasr
// Al Wadi", "Palazzo Verdi", "Mount Elbor", "Burj Al Noor", "Wadi Sahel", "Air Ostria"): the run right
// after one is that thing's name.
const HEAD_FIRST_PLACE = new Set(
  "hotel qasr kasr palazzo palacio palais chateau castle mount fort cape saray sarayi burj wadi jebel jabal masjid souq souk air".split(
    " ",
  ),
);
// Titles whose holder is named after the seat they represent ("Ostrava MP A", "Dunmore Senator B"):
// a run right before one and then a name is the constituency, not a person.
const SEAT_TITLE =
  /^(?:mp|mps|mla|mep|senator|congressman|congresswoman|lawmaker|legislator|councillor|councilor|mayor|governor)$/;
// Nouns whose "of" introduces a programme, a doctrine or an era, not a person ("in the framework of
// Ak Zhol", "in the context of Navyug").
const FRAMEWORK_OF =
  /^(?:framework|context|implementation|spirit|concept|vision|principles|realization|realisation)$/;

/**
 * Whether the run [from, j) names a place or a thing by where it stands: after a head noun that comes
 * first ("Hotel X"), before the title of the seat's representative and a name ("X MP Y"), after a
 * noun that opens a programme's name ("the framework of X"), a title word misspelt between "Vice" and
 * "of" ("Vice Marhsal of the Senate"), or initials glued to a country ("S.Korea").
 */
function namesAPlaceOrThing(tokens: Token[], from: number, j: number, words: string[]): boolean {
  const before = tokens[from - 1];
  if (before && isCapitalized(before.text) && HEAD_FIRST_PLACE.has(before.key)) return true;
  // After a title the run is its holder ("Ambassador Wadi Haddad").
  if (words.length > 1 && HEAD_FIRST_PLACE.has(fold(words[0] ?? "")) && !isTitleWord(before?.text ?? ""))
    return true;
  if (
    SEAT_TITLE.test(tokens[j]?.key ?? "") &&
    opensWithCapital(tokens[j + 1]) &&
    isCapitalized(tokens[j + 1]?.text ?? "")
  )
    return true;
  if (before?.key === "of" && FRAMEWORK_OF.test(tokens[from - 2]?.key ?? "") && !isInitial(words[0] ?? ""))
    return true;
  if (words.length === 1 && /^(?:vice|deputy)$/.test(before?.key ?? "") && tokens[j]?.key === "of")
    return true;
  const glued = /^(?:\p{Lu}\p{Ll}?\.)+(\p{Lu}[\p{L}-]+)$/u.exec(words[0] ?? "");
  return words.length === 1 && !!glued && countryOf(glued[1] as string) !== undefined;
}

// Endings of surnames that given names do not have ("Ostrov", "Markova", "Petrosyan", "Kovalenko",
// "Nowicki", "Beridze", "Tsereteli" aside): a thing word after such a word names a place after a person.
const SURNAME_ENDING = /(?:ov|ev|ova|eva|yan|ian|enko|ski|sky|dze|shvili|uly|vich|oglu|ogly)$/;

// The small words a headline in title case still prints in lower case.
const HEADLINE_SMALL_WORDS = new Set(
  "and the for with from into onto over upon via nor but yet its his her amid than".split(" "),
);

/**
 * The words of one sentence as the name finder tests them: which a gazetteer phrase covers, which are
 * one-word city names, and the answers already given. (Methods of one object rather than closures made
 * for each sentence: V8 compiled those closures into the finder, then threw the code away when the
 * next sentence brought new ones.)
 */
class SentenceWords {
  private readonly covered: boolean[];
  /** One-word city names that are also given names or surnames ("Victoria", "Sofia", "Lima"). */
  private readonly cityWord: boolean[];
  /** One-word country names that are also given names ("Georgia", "Jordan", "Chad"). */
  private readonly countryWord: boolean[];
  private readonly memo: (boolean | undefined)[];
  /** Asked up to nine times for each word by the tests below: remembered. */
  private readonly strictMemo: (boolean | undefined)[];
  private titleCaseMemo: boolean | undefined;

  /**
   * Whether the sentence is set in a headline's style, every word capitalised: no word in lower case
   * but the small ones headlines leave so ("and", "with"), where running prose always has one (a
   * verb at least). There a common word says nothing of a name.
   */
  private get titleCase(): boolean {
    this.titleCaseMemo ??= !this.tokens.some(
      (t) => /^\p{Ll}{3,}$/u.test(t.text) && !HEADLINE_SMALL_WORDS.has(t.text),
    );
    return this.titleCaseMemo;
  }

  constructor(
    private readonly tokens: Token[],
    found: Found[],
  ) {
    const covered = new Array<boolean>(tokens.length).fill(false);
    for (const f of found) for (let i = f.from; i < f.to; i++) covered[i] = true;
    const cityWord = new Array<boolean>(tokens.length).fill(false);
    const countryWord = new Array<boolean>(tokens.length).fill(false);
    for (const f of found) {
      if (f.to !== f.from + 1 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[f.from]?.text ?? "")) continue;
      if (f.entry.kind === "city") cityWord[f.from] = true;
      if (f.entry.kind === "country" && !f.entry.demonym) countryWord[f.from] = true;
    }
    this.covered = covered;
    this.cityWord = cityWord;
    this.countryWord = countryWord;
    this.memo = new Array<boolean | undefined>(tokens.length);
    this.strictMemo = new Array<boolean | undefined>(tokens.length);
  }

  /**
   * Whether token `i` is a common word that may still be a surname ("Hall", "King", "Said", "Clement"):
   * capitalised in running prose (not a headline, where every word is), not part of a known phrase, not
   * one of the words that are never names (articles, months, bodies, page furniture).
   */
  private surnameCapable(i: number): boolean {
    return !this.covered[i] && !this.titleCase && commonWordMayBeSurname(this.tokens[i]?.text ?? "");
  }

  /** Whether a common word at `i` ends a name: a surname, followed by no capitalised word. */
  commonWordEndsNameAt(i: number): boolean {
    return (
      this.surnameCapable(i) &&
      this.tokens[i - 1]?.end !== undefined &&
      !isCapitalized(this.tokens[i + 1]?.text ?? "") &&
      !PARTICLES.has(fold(this.tokens[i + 1]?.text ?? "")) &&
      !isInitial(this.tokens[i + 1]?.text ?? "")
    );
  }

  /**
   * Where a name of common words opened by a title or an honorific at `i` ends ("Mr. Clement Said",
   * "Deputy Speaker Hall said"): up to three words, each a name word or a common word that may be a
   * surname, the last followed by no capitalised word; -1 when there is none.
   */
  commonWordsNamedAt(i: number): number {
    const tokens = this.tokens;
    // Most words of a sentence open with no capital: no look-up for them.
    if (!opensWithCapital(tokens[i]) || !this.surnameCapable(i) || isTitleWord(tokens[i]?.text ?? ""))
      return -1;
    if (honorificStart(tokens, i) === i && !isTitleWord(tokens[i - 1]?.text ?? "")) return -1;
    let k = i;
    while (k < i + 3 && (this.surnameCapable(k) || this.nameLike(k)) && !isTitleWord(tokens[k]?.text ?? ""))
      k++;
    // The last word is a common one (a name word there is the name finder's usual case), and no
    // capitalised word or name particle goes on after it ("King Faris bin Omar": a title).
    const next = tokens[k]?.text ?? "";
    return isCapitalized(next) || PARTICLES.has(fold(next)) || this.nameLike(k - 1) ? -1 : k;
  }

  /** Whether token `i` can be a word of a name here. */
  nameLike(i: number): boolean {
    let known = this.memo[i];
    if (known === undefined) {
      known = opensWithCapital(this.tokens[i]) && this.wordIsNameLike(i);
      this.memo[i] = known;
    }
    return known;
  }

  private strictlyNameLike(i: number): boolean {
    let known = this.strictMemo[i];
    if (known === undefined) {
      known = this.wordIsStrictlyNameLike(i);
      this.strictMemo[i] = known;
    }
    return known;
  }

  private wordIsStrictlyNameLike(i: number): boolean {
    const tokens = this.tokens;
    return (
      !this.covered[i] &&
      (couldBeNameWord(tokens[i]?.text ?? "") || isCapitalSurname(tokens, i, this.covered[i - 1] === true))
    );
  }

  // "Grigory Lavrenko", "Pierre Lefaure": a word with a common noun's ending beside a name word.
  // A city's name right beside a name word, with no preposition before it, is a name word too
  // ("Speaker Victoria Čmilite-Nielsen", "Rui Tavares Lima"; not "in Lima Tokayev").
  private cityAsName(i: number): boolean {
    return (
      this.cityWord[i] === true &&
      !PLACE_PREPOSITIONS.has(this.tokens[i - 1]?.key ?? "") &&
      (this.strictlyNameLike(i + 1) ||
        this.placeWordBeforeName(i + 1) ||
        (i > 0 && this.strictlyNameLike(i - 1)))
    );
  }

  // "Victoria Lima Cardoso", "Jordan Sofia Petrova": a second place's name that a name word follows
  // vouches for a first one before it, as a name word would.
  private placeWordBeforeName(k: number): boolean {
    return (this.cityWord[k] === true || this.countryWord[k] === true) && this.strictlyNameLike(k + 1);
  }

  // "Anna Georgia Berg", "Michael Jordan Lee": a country's name between two name words, with no
  // preposition before it, is a middle name (at either end of a run it stays the country). So is one
  // before a name word right after a title or another country, where a country does not stand
  // ("Ambassador Israel Gomez", "the Ambassador of Bulgaria Jordan Petrova"), and one before a city's
  // name and a name word ("Jordan Sofia Petrova").
  private countryAsName(i: number): boolean {
    const before = this.tokens[i - 1]?.text ?? "";
    return (
      this.countryWord[i] === true &&
      !PLACE_PREPOSITIONS.has(this.tokens[i - 1]?.key ?? "") &&
      ((i > 0 &&
        (this.strictlyNameLike(i - 1) || isTitleWord(before) || this.countryWord[i - 1] === true) &&
        this.strictlyNameLike(i + 1)) ||
        // Two places' names in a row before a name word: no place is named so.
        this.placeWordBeforeName(i + 1))
    );
  }

  // "Ali Said Hassan", "Anna Hope Berg": a capitalised common word between two name words, in running
  // prose, is a middle name (alone it may be a verb or a noun; "Mr. Clement Said" is handled apart).
  // Not a plural or a common noun's ending ("Human Rights X", "Sustainable Development Goals"), nor a
  // style of rank ("Bangabandhu Sheikh X").
  private commonWordAsMiddleName(i: number): boolean {
    const f = this.tokens[i]?.key ?? "";
    const twoBefore = this.tokens[i - 2]?.text ?? "";
    return (
      i > 0 &&
      this.surnameCapable(i) &&
      !f.endsWith("s") &&
      !COMMON_NOUN_ENDING.test(f) &&
      !RANK_STYLES.test(f) &&
      !isTitleWord(this.tokens[i]?.text ?? "") &&
      // The second word of its run ("UK High Commissioner X" has no given name before "Commissioner"),
      // and no article or "of" before the run: "the Ostrian Diet X" names a body, then a person. A
      // place or body the title serves may end right before the run ("Speaker of Yemen Ali Said Hamdan").
      (!isCapitalized(twoBefore) || isTitleWord(twoBefore) || this.covered[i - 2] === true) &&
      !/^(?:the|a|an|of)$/.test(this.tokens[i - 2]?.key ?? "") &&
      this.strictlyNameLike(i - 1) &&
      this.strictlyNameLike(i + 1) &&
      this.tokens[i - 1]?.end !== this.tokens[i]?.start
    );
  }

  // "President XI Jinping", "Speaker KIM Jin-pyo": a surname set in capitals between a title and a
  // given name. An acronym stands before a title or a body, not before a name.
  private capitalSurname(i: number): boolean {
    return (
      !this.covered[i] &&
      /^\p{Lu}{2,5}$/u.test(this.tokens[i]?.text ?? "") &&
      isTitleWord(this.tokens[i - 1]?.text ?? "") &&
      this.strictlyNameLike(i + 1)
    );
  }

  // "Miyegombo ENKHBOLD", "Doltan ZORIG-BAT": a surname set in capitals right after a given name, as
  // Mongolian, Japanese and other agencies' English prints it. An acronym here would be a known body or
  // place (the gazetteer covers it); the capitals must read as a word (a vowel among them).
  private capitalSurnameAfterGivenName(i: number): boolean {
    const w = this.tokens[i]?.text ?? "";
    return (
      i > 0 &&
      !this.covered[i] &&
      CAPITAL_WORD.test(w) &&
      /[AEIOUYÀ-ÖØ-Ý]/u.test(w) &&
      !isEnglishWordInCapitals(w) &&
      this.tokens[i - 1]?.end !== this.tokens[i]?.start &&
      PLAIN_GIVEN_NAME.test(this.tokens[i - 1]?.text ?? "") &&
      this.strictlyNameLike(i - 1)
    );
  }

  // "Speaker NUKAGA received", "Mr. KISHI said": a surname in capitals alone after a title or an
  // honorific, as Japanese and Korean reports write it after (or without) the full name. Three capitals
  // need two vowels ("ABE", "ITO"; not a code such as "ICT").
  private loneCapitalSurnameAfterTitle(i: number): boolean {
    const w = this.tokens[i]?.text ?? "";
    return (
      i > 0 &&
      !this.covered[i] &&
      /^\p{Lu}{3,}$/u.test(w) &&
      (w.length > 3 ? /[AEIOUY]/.test(w) : /[AEIOUY].*[AEIOUY]/.test(w)) &&
      !isEnglishWordInCapitals(w) &&
      !isTitleWord(w) &&
      (isTitleWord(this.tokens[i - 1]?.text ?? "") || honorificStart(this.tokens, i) < i) &&
      !isCapitalized(this.tokens[i + 1]?.text ?? "")
    );
  }

  // "SHIMODA Keiko, Speaker of the House", "LEE Han-sol, the Speaker": a family name in capitals before
  // the given name, with no title or honorific before it, as Japanese and Korean reports print it; a
  // role in apposition after the given name (or before it, between commas) vouches that a person is named (an acronym before a word
  // names a body or a programme, which has no role after it). Not inside a headline in capitals.
  private capitalSurnameBeforeApposition(i: number): boolean {
    const t = this.tokens;
    const w = t[i]?.text ?? "";
    return (
      !this.covered[i] &&
      /^\p{Lu}{2,}$/u.test(w) &&
      /[AEIOUY]/.test(w) &&
      !isEnglishWordInCapitals(w) &&
      !isTitleWord(w) &&
      !/^\p{Lu}{2,}$/u.test(t[i - 1]?.text ?? "") &&
      /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(t[i + 1]?.text ?? "") &&
      this.strictlyNameLike(i + 1) &&
      (appositionAt(t, i + 2, (k) => this.strictlyNameLike(k)) || this.betweenRoleAndComma(i))
    );
  }

  // "The Speaker of the House of Japan, SHIMODA Keiko, met": the name in apposition to a role before
  // it, set off by a comma, the role's body or place right before it, the clause or sentence ending after.
  private betweenRoleAndComma(i: number): boolean {
    const t = this.tokens;
    return t[i - 1]?.text === "," && /^[,.;]?$/.test(t[i + 2]?.text ?? "") && this.covered[i - 2] === true;
  }

  // "Steve Davies Ugbah": a word ending like a plural noun ("Countries") right after a name's first
  // word and before another name word is a surname ("Davies", "Humphries"); "Least Developed
  // Countries" has no first word of a name before it.
  private pluralLikeSurname(i: number): boolean {
    return (
      !this.covered[i] &&
      /^\p{Lu}\p{Ll}+ies$/u.test(this.tokens[i]?.text ?? "") &&
      i > 0 &&
      this.strictlyNameLike(i - 1) &&
      !(i > 1 && this.strictlyNameLike(i - 2)) &&
      this.strictlyNameLike(i + 1)
    );
  }

  // Whether the word before `i` is a name word, or a run of lower-case particles that one opens
  // ("Klaus von Brenning", "Anna van der Helling"): no English gerund follows "von" or "van der".
  private afterNameWordOrParticle(i: number): boolean {
    let k = i - 1;
    while (k > i - 4 && k > 0 && PARTICLES.has(this.tokens[k]?.text ?? "")) k--;
    return this.strictlyNameLike(k);
  }

  // "Rose Mary King", "Ambassador Anna Bishop": a title that is also an English surname, last in a run
  // of given names (two of them, or one after a title or an honorific) in running prose. Never before a
  // capitalised word ("King Faris", "Prince Ali bin Omar"), where it is the title of the name after it.
  private titleAsSurname(i: number): boolean {
    const t = this.tokens;
    if (this.covered[i] || this.titleCase || !SURNAME_TITLES.has(t[i]?.key ?? "") || i < 1) return false;
    const next = t[i + 1]?.text ?? "";
    if (isCapitalized(next) || PARTICLES.has(fold(next)) || !this.givenNameWord(i - 1)) return false;
    if (t[i - 1]?.end === t[i]?.start) return false;
    const givenFrom = i > 1 && this.givenNameWord(i - 2) ? i - 2 : i - 1;
    return givenFrom === i - 2 || isTitleWord(t[i - 2]?.text ?? "") || honorificStart(t, i - 1) < i - 1;
  }

  // A word that is a name word, or would be one beside another ("Mary", "Rose"): asked of the words
  // before a title read as a surname, which is that other name word.
  private givenNameWord(k: number): boolean {
    return (
      this.strictlyNameLike(k) ||
      (!this.covered[k] && wordVerdict(this.tokens[k]?.text ?? "") === "beside-name")
    );
  }

  // "Ahmed bin Said Al Sharqi", "Omar ibn Hope": after the Arabic particle of descent a capitalised
  // word is the father's name, even one that is also an English verb or noun ("Said", "Hope").
  private fathersNameAfterParticle(i: number): boolean {
    return (
      i > 1 &&
      PATRONYMIC_PARTICLES.has(this.tokens[i - 1]?.text ?? "") &&
      this.surnameCapable(i) &&
      this.strictlyNameLike(i - 2)
    );
  }

  private wordIsNameLike(i: number): boolean {
    // A word of a known phrase can only be a city's or a country's name used as a name word: every
    // other test below asks for a word outside the phrases.
    if (this.covered[i]) return this.cityAsName(i) || this.countryAsName(i);
    return (
      this.strictlyNameLike(i) ||
      this.fathersNameAfterParticle(i) ||
      this.titleAsSurname(i) ||
      this.capitalSurname(i) ||
      this.capitalSurnameAfterGivenName(i) ||
      this.loneCapitalSurnameAfterTitle(i) ||
      this.capitalSurnameBeforeApposition(i) ||
      this.pluralLikeSurname(i) ||
      this.cityAsName(i) ||
      this.countryAsName(i) ||
      this.commonWordAsMiddleName(i) ||
      // (Only a word in "-ing" can be one: the word before it is read for no other.)
      ((this.tokens[i]?.text ?? "").endsWith("ing") &&
        isNameEndingInIng(this.tokens, i, i > 0 && this.afterNameWordOrParticle(i))) ||
      (wordVerdict(this.tokens[i]?.text ?? "") === "beside-name" &&
        (this.strictlyNameLike(i + 1) ||
          (i > 0 && this.strictlyNameLike(i - 1)) ||
          this.titleAsSurname(i + 1)))
    );
  }
}

// Whether a token may start with a capital letter: every test of `wordIsNameLike` needs one, and
// most tokens of a sentence start with a lower-case ASCII letter, a digit or a sign.
function opensWithCapital(t: Token | undefined): boolean {
  const first = t ? t.text.charCodeAt(0) : Number.NaN;
  return first >= 65 && (first <= 90 || first >= 128);
}

/** The token after the run of lower-case name particles that starts at `j` (at most three: "de la", "van der"). */
function particlesEnd(tokens: Token[], j: number): number {
  let k = j;
  while (k < j + 3 && PARTICLES.has(fold(tokens[k]?.text ?? ""))) k++;
  return k;
}

/** Whether the particles from token `j` are followed by a name word ("de la Fuente", not "de la"). */
function particlesLeadToName(tokens: Token[], j: number, nameLike: (k: number) => boolean): boolean {
  return nameLike(particlesEnd(tokens, j));
}

/**
 * Whether token `i` is a run of dotted initials whose last dot the tokenizer has parted ("W.M.D" "."),
 * or an initial of two letters printed apart from the name ("Ch" "." in "Ch. Ariunaa", "Md. Karim"),
 * right before a name word ("W.M.D. Jayasundara", "A.B. Kaliyev").
 */
function dottedInitialsAt(tokens: Token[], i: number, nameLike: (k: number) => boolean): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return (
    !!t &&
    !!dot &&
    dot.text === "." &&
    dot.start === t.end &&
    (/^\p{Lu}(\.\p{Lu}){1,3}$/u.test(t.text) || TWO_LETTER_INITIAL.test(t.text)) &&
    nameLike(i + 2)
  );
}

/**
 * Whether the capitalised words from token `j` end in the head noun of an institution, place or thing,
 * directly or after a few capitalised words that are never names ("Chopin Airport", "Garysh Sapary
 * National Company", "Nazarbayev International Airport"): the run before them names that thing.
 */
function headedByThing(tokens: Token[], j: number): boolean {
  for (let k = j; k < j + 4; k++) {
    const w = tokens[k]?.text ?? "";
    // "the Amanat and Ak Zhol parties": a plural head in "-ies" too.
    if (isThingWord(w) || (/ies$/.test(w) && isThingWord(w.replace(/ies$/, "y"))))
      return !isVerbAfterName(tokens, k);
    // Common nouns may stand between the run and its head ("Mariel Special Development Zone").
    if (!isCapitalized(w) || !(NOT_NAME.has(fold(w)) || COMMON_NOUN_ENDING.test(fold(w)))) return false;
  }
  return false;
}

// Words that follow a verb, not a noun: "to" of an infinitive, a determiner of an object, "as", "that".
const AFTER_VERB = new Set(["to", "a", "an", "the", "his", "her", "its", "their", "as", "that"]);

/**
 * Whether a thing's head noun in lower case with an "-s" is a verb of the name before it ("Ivo
 * Brant plans to visit", "Ana Ruiz funds the school"), not a plural head ("the Amanat and Ak Zhol
 * parties agreed"): "to" or a determiner follows it.
 */
function isVerbAfterName(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? "";
  return /^\p{Ll}+s$/u.test(w) && AFTER_VERB.has(tokens[k + 1]?.key ?? "");
}

/** The text of tokens [from, to), spaced as in the sentence ("K.Tokayev", "T. Narbayeva"). */
export function joinName(tokens: Token[], from: number, to: number): string {
  let s = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    s += k > from && prev && prev.end < t.start ? ` ${t.text}` : t.text;
  }
  return s;
}
