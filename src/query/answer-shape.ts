/**
 * What the wh-phrase of an open question asks for, and how the sentence that answers shows it. "How long
 * …?" asks for a duration, which news prose writes "a five-day visit", "for three days", "until May 2";
 * "why …?" for a purpose ("came to attend", "within the framework of", "on a working trip"); "where …?",
 * "which city …?" for a place; "what anniversary …?", "which visit … is this?" for an ordinal ("30th",
 * "third"); "who accompanied X?" for the agent of a passive ("X was accompanied by Y"); "whose greetings
 * …?" for an owner ("the greetings of Y", "Y's greetings"). Such a sentence seldom repeats the question's
 * words for what it asks (the answer is not "long" or "why"), so the shape stands in for them when
 * quoting (see {@link ../quotes.ts}).
 */
import { stem } from "../text/stem.ts";

/** What a question asks for, as a keyword that the sentences showing it have. */
export interface AnswerShape {
  /** The keyword that stands for what is asked; no sentence holds it as a word. */
  key: string;
  /**
   * How far a sentence (as written) shows an answer of that kind: 1 plainly, less when only in part
   * ("on an official visit" is a purpose only when nothing better is said), 0 not at all.
   */
  shows: (text: string) => number;
  /** The question's stems that belong to the wh-phrase ("long" of "how long"), not searched for as words. */
  asking: string[];
}

/** What tells a place in a sentence (other than the question's), given by the caller: it knows the gazetteer. */
export type PlaceFinder = (text: string) => boolean;

// A regular expression as a shape: 1 where it matches.
const by = (pattern: RegExp) => (text: string) => (pattern.test(text) ? 1 : 0);

/** What a weak sign of an answer counts, against a plain one ("on an official visit" for "why"). */
const WEAK_SHOWING = 0.5;

const NUMBER_WORD =
  "\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|half";
const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
const UNIT = "minutes?|hours?|days?|weeks?|months?|years?";
// "a five-day visit", "45-minute talks", "for three days", "until May 2", "from 9 to 11 February".
const DURATION = new RegExp(
  `\\b(${NUMBER_WORD})[- ](${UNIT})\\b|\\b(for|over|within|during) (the )?(${NUMBER_WORD}|next|past) (${UNIT})\\b|\\b(until|till|through) (\\d|${MONTH}\\b)|\\bfrom (\\d{1,2}|${MONTH})\\b( \\S+)? (to|until|till) \\S+`,
  "i",
);
// "came to attend", "arrived to monitor", "is in X within the framework of", "on a benchmarking trip",
// "at the invitation of", "in order to", "with the aim of", "to take part in".
const PURPOSE =
  /\b((came|come|comes|arrived?|arrives|travell?ed|went|is|was|were|are|here|there) to (attend|participate|take part|observe|monitor|mark|celebrate|join|address|deliver|sign|open|discuss|hold|meet|visit|study|learn|exchange|explore|strengthen|promote)|to (attend|participate in|take part in|observe|monitor)|(within|in) the framework of ([\w-]+ ){0,4}(meeting|session|sitting|visit|forum|conference|summit|event|events|programme|program|assembly|commission|celebrations?)|as part of ([\w-]+ ){0,4}(visit|tour|trip|programme|program|delegation|mission)|on an? (?!(official|working|state|friendly|short|brief|return|reciprocal|first|second|third|\S+-day|\S+-week)\b)[\w-]+ (visit|trip|tour|mission)|(come|came|arrived?|returned|return|travell?ed|went|flew) (to|in) ([\w-]+ ){1,3}"?to (?!the\b|a\b|an\b)[a-z]+|at the invitation of|in order to|with the (aim|purpose|goal) of|for the purpose of|in connection with|aimed at|purpose of (the|his|her|their) (visit|trip))\b/i;
// "on an official visit", "on a working visit": why someone is there, when the report says nothing more.
const VISITING = /\bon an? ([\w-]+ ){0,2}(visit|trip|tour|mission)\b/i;
const ORDINAL =
  "\\b(\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|thirtieth|fortieth|fiftieth|hundredth)\\b";
// Nouns counted in ordinals ("the 30th anniversary", "his third visit", "the second session").
const COUNTED =
  /^(anniversary|anniversaries|visit|visits|time|session|sitting|meeting|round|edition|convocation|term)$/i;
const AREAS_ASKED =
  /^((in|within) )?(which|what) ([\w-]+ )?(sectors?|fields?|areas?|spheres?|domains?|industries)\b/i;
const AREA_NOUNS = [
  "sector",
  "sectors",
  "field",
  "fields",
  "area",
  "areas",
  "sphere",
  "spheres",
  "domain",
  "domains",
];
// Three things or more in a list: "animal husbandry, agriculture, and light industry".
const LIST = /\b[\p{L}-]+( [\p{L}-]+)?, [\p{L}-]+( [\p{L}-]+)?,? and [\p{L}-]+/u;
// A report giving someone's words: "Ilka Tansky said", "quotes spokesman Tansky as saying", "according to Tansky".
const QUOTES_SOMEONE =
  /\b(according to|quot(es|ed)|cit(es|ed))\s+([\p{Ll}-]+\s+){0,3}\p{Lu}|\p{Lu}[\p{L}.-]+,?\s+(said|says|announced|told|stated)\b/u;
// "which parliamentary organisations did X mention?", "in which assemblies do they interact?".
const ORGANISATION_ASKED =
  /^((in|within|at) )?(which|what) ([\w-]+ ){0,2}(organi[sz]ations?|assembly|assemblies|body|bodies|institutions?)\b/i;
// Bodies as reports name them, by acronym ("OSCE PA", "TurkPA"); several in a list ("the CIS IPA, CSTO
// PA and OSCE PA") answer a question of which bodies better than one named in passing.
const ACR = "[A-Z][A-Za-z]{0,5}[A-Z]";
const ACRONYM = new RegExp(`\\b${ACR}\\b`);
const LISTS_BODIES = new RegExp(`\\b${ACR}( ${ACR})?(,| and|, and) ${ACR}\\b`);
// A year, or a day of a month.
const DATE = new RegExp(`\\b(1[89]|20)\\d\\d\\b|\\b${MONTH} \\d{1,2}\\b|\\b\\d{1,2} ${MONTH}\\b`);
// Class nouns of a place: "which city", "in which country".
const PLACE_NOUNS = [
  "city",
  "cities",
  "country",
  "countries",
  "town",
  "towns",
  "capital",
  "place",
  "region",
  "venue",
];

// "what did X welcome …?": a verb that the parser and the fact index drop as a word of meetings (see
// STOPWORDS), so that no keyword finds the sentence that has it; its forms in a report stand for it.
// (Each: the verb as asked, and its forms as written.) "What did X say?" is found by who speaks (said-by.ts).
const DROPPED_VERBS: [RegExp, RegExp][] = [[/\bwelcome\b/i, /\bwelcom(e|ed|es|ing)\b/i]];
// "what did X …", "what does X …": a question whose verb follows its subject.
const WHAT_DID = /^(what|which)( [\p{L}-]+)? (did|does|do|will|would)\b/iu;

/** The shapes of the answer a question asks for (none for most questions). */
export function answerShapes(question: string, isPlace: PlaceFinder): AnswerShape[] {
  const text = question.trim();
  const shapes: AnswerShape[] = [];
  if (/^how long\b/i.test(text)) shapes.push({ key: "long", shows: by(DURATION), asking: ["long"] });
  if (/^why\b/i.test(text))
    shapes.push({
      key: "why",
      shows: (s) => (PURPOSE.test(s) ? 1 : VISITING.test(s) ? WEAK_SHOWING : 0),
      asking: [],
    });
  const place = text.match(
    /^(?:where\b|(?:in|to|at|from) (?:which|what) (city|cities|country|countries|towns?|capital|place|region|venue)\b|(?:which|what) (city|cities|country|countries|towns?|capital|region|venue)\b)/i,
  );
  if (place) shapes.push({ key: "place", shows: (s) => (isPlace(s) ? 1 : 0), asking: PLACE_NOUNS.map(stem) });
  // "when was X president, according to the article?": a year or a day.
  if (/^when\b/i.test(text)) shapes.push({ key: "when", shows: by(DATE), asking: [] });
  // "in which sectors …?", "what fields of cooperation …?": the areas themselves, listed ("trade, energy
  // and transport"), not the word "sector".
  if (AREAS_ASKED.test(text)) shapes.push({ key: "areas", shows: by(LIST), asking: AREA_NOUNS.map(stem) });
  if (ORGANISATION_ASKED.test(text))
    shapes.push({
      key: "body",
      shows: (s) => (LISTS_BODIES.test(s) ? 1 : ACRONYM.test(s) ? WEAK_SHOWING : 0),
      asking: [],
    });
  // "what anniversary …?", "which visit of X is this?": the noun counted, and an ordinal before it.
  const counted = text.match(/^(?:what|which) ([\p{L}-]+)\b(.*)$/iu);
  if (counted?.[1] && COUNTED.test(counted[1])) {
    const noun = counted[1].toLowerCase();
    // The ordinal counts the noun asked: "the 30th anniversary", "his third official visit".
    const before = new RegExp(`${ORDINAL}([\\s-]+[\\p{L}-]+){0,2}[\\s-]+${noun.slice(0, 5)}`, "iu");
    if (/^anniversar/.test(noun) || /\b(is|was) (this|it|that)\b|\bnumber\b/i.test(counted[2] ?? ""))
      shapes.push({ key: "ordinal", shows: by(before), asking: [] });
  }
  // "who accompanied X?", "who welcomed X?": the agent of the same verb in the passive ("X was
  // accompanied by Y"), which names the one asked for right after it.
  const agent = text.match(/^who ([a-z]+ed)\b/i);
  if (agent?.[1] && !/^(met|led)$/i.test(agent[1])) {
    const passive = new RegExp(`\\b${agent[1]} by\\b`, "i");
    // "who announced the visit?": also the one a report quotes ("X said", "quotes X as saying").
    const told = /^(announc|report|stat|declar)/i.test(agent[1]);
    shapes.push({
      key: "agent",
      shows: (s) => (passive.test(s) || (told && QUOTES_SOMEONE.test(s)) ? 1 : 0),
      asking: [],
    });
  }
  // "whose greetings did X convey?": "the greetings of Y", "greetings and best wishes from Y", "Y's
  // greetings", "Mr. Y's warm greetings".
  const owned = text.match(/^whose ([\p{L}-]+)/iu);
  if (owned?.[1]) {
    const noun = owned[1].toLowerCase().replace(/s$/, "");
    const of = new RegExp(
      `\\b${noun}s?( and [\\p{L}-]+( [\\p{L}-]+)?)? (of|from) (the )?\\p{Lu}|\\p{Lu}[\\p{L}.-]*['’]s? ([\\p{L}-]+ )?${noun}s?\\b`,
      "u",
    );
    shapes.push({ key: "owner", shows: by(of), asking: [] });
  }
  if (WHAT_DID.test(text))
    for (const [asked, written] of DROPPED_VERBS)
      if (asked.test(text)) shapes.push({ key: "verb", shows: by(written), asking: [] });
  return shapes;
}
