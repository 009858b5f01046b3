/**
 * People a question gives by description instead of by name: "the Russian ambassador", "the Senate
 * speaker", "the Azerbaijani vice-speaker", "the Kuwaiti prime minister". A description is an office
 * (a title word), whether it is a deputy's, the words of its body ("Senate", "Shura Council") and its
 * country; a participant fits it when a role of theirs has that office, those words and that country.
 */
import type { FactIndex } from "../facts/index.ts";
import type { Meeting, Person, Role } from "../facts/types.ts";
import { fold, words } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import type { CountryGazetteer } from "./countries.ts";
import { countryInArticle } from "./person-country.ts";

/** An office as a question describes its holder. */
export interface Description {
  /** The kind of office: words of titles that name it (any of them fits). */
  office: RegExp;
  /** "vice-speaker", "deputy chairman": a deputy's office, not the holder's. */
  deputy: boolean;
  /** Stems of the body's words ("senat", "shura", "council"): each must be in the role. */
  body: string[];
  /** Parliaments named ("Mazhilis"), as their countries' codes: the role must name one of theirs. */
  parliaments: string[];
  /** Countries the description names ("the Russian ambassador"), as codes. */
  countries: string[];
}

// The offices a question names, and the title words that hold each: a question's "speaker" of a
// parliament is an article's "Chairman" or "President" as often as its "Speaker".
const OFFICES: { asked: RegExp; office: RegExp }[] = [
  {
    asked: /^(speaker|chairman|chairwoman|chairperson|chair|president|head|marshal|legislator)$/,
    office: /\b(speaker|chairman|chairwoman|chairperson|chair|president|head|marshal|legislator|toraga)\b/,
  },
  { asked: /^(ambassador|envoy)$/, office: /\b(ambassador|envoy)\b/ },
  { asked: /^senator$/, office: /\bsenator\b/ },
  { asked: /^premier$/, office: /\b(prime minister|premier)\b/ },
  { asked: /^secretary general$/, office: /\bsecretary general\b/ },
];
const DEPUTY = /\b(deputy|vice)\b/;
// Words that end a description on its left: "met the Russian ambassador", "Li's talks with the speaker".
const BOUNDARY =
  /^(the|a|an|his|her|their|its|this|that|with|and|or|did|does|do|was|were|is|are|will|met|meet|of|to|by|for|from|in|on|at|what|which|who|whom|when|where|how|why|s)$/;
// Words any parliament's office has, in one spelling or another: they do not tell which body.
const GENERIC = new Set(
  ["parliament", "parliamentary", "national", "assembly", "house", "current", "new", "former"].map(stem),
);

/**
 * Whether a stemmed keyword names an office ("speaker", "chairmen", "ambassador"). It describes people
 * (see {@link keepDescribed}), not an encounter: every report of a speakers' meeting has "Speaker" in
 * some sentence, so as a word the meeting's report must hold it chooses among them by wording alone.
 */
export function isOfficeWord(keyword: string): boolean {
  const singular = keyword.replace(/men$/, "man");
  return OFFICES.some((o) => o.asked.test(singular));
}

/** The descriptions of people in a question ("the Kuwaiti prime minister"); none for plain names. */
export function descriptionsIn(question: string, countries: CountryGazetteer): Description[] {
  const list = words(
    fold(question)
      .replace(/\bprime minister\b/g, "premier")
      .replace(/\bsecretary[ -]general\b/g, "secretary_general"),
  ).map((w) => w.replace("secretary_general", "secretary general"));
  const found: Description[] = [];
  for (const [i, word] of list.entries()) {
    const kind = OFFICES.find((o) => o.asked.test(word));
    if (!kind) continue;
    const modifiers: string[] = [];
    for (let j = i - 1; j >= 0 && modifiers.length < 4 && !BOUNDARY.test(list[j] as string); j--)
      modifiers.unshift(list[j] as string);
    // A bare office ("the speaker said") describes no one in particular.
    if (!modifiers.length) continue;
    const deputy = modifiers.some((m) => DEPUTY.test(m));
    const codes = modifiers.map((m) => countries.code(m)).filter((c) => c !== undefined);
    const body = modifiers
      .filter((m) => !DEPUTY.test(m) && countries.code(m) === undefined)
      .map(stem)
      .filter((s) => !GENERIC.has(s));
    // A parliament's name ("Mazhilis") tells the country, and which of its chambers.
    const parliaments = modifiers.filter((m) => countries.isBody(m)).map((m) => countries.code(m) as string);
    if (!codes.length && !body.length && !deputy) continue;
    found.push({ office: kind.office, deputy, body, parliaments, countries: [...new Set(codes)] });
  }
  return found;
}

/**
 * Whether a person fits a description in an article: a role of theirs (the article's first, else any)
 * has the office, is a deputy's exactly when asked, and holds the body's words; `country` is theirs there.
 */
export function fitsDescription(
  person: Person,
  articleId: string,
  country: string | undefined,
  d: Description,
  countries: CountryGazetteer,
): boolean {
  if (d.countries.length && (!country || !d.countries.includes(country))) return false;
  const own = person.roles.filter((r) => r.articleId === articleId);
  return (own.length ? own : person.roles).some((r) => roleFits(r, d, countries));
}

function roleFits(role: Role, d: Description, countries: CountryGazetteer): boolean {
  const text = fold(`${role.title} ${role.body ?? ""}`);
  if (!d.office.test(text) || DEPUTY.test(text) !== d.deputy) return false;
  const list = words(text);
  // "Majilis" and "Mazhilis" are one chamber: a parliament is compared by the country its name tells.
  const parliament = (code: string) => list.some((w) => countries.isBody(w) && countries.code(w) === code);
  if (!d.parliaments.every(parliament)) return false;
  const stems = list.map(stem);
  // A body's word may be spelled a little otherwise ("Majilis", "Mazhilis" aside): its first five letters.
  return d.body.every((b) => stems.some((s) => s === b || (b.length >= 5 && s.startsWith(b.slice(0, 5)))));
}

/**
 * The meetings where someone fits each description the question gives ("what did the Senate speaker and
 * the Russian ambassador discuss?"), people it names aside; then those whose other side nobody named
 * (the report left it unnamed, so it may be the one described). A description that fits a person named
 * ("Koshanov, the Majilis speaker") says nothing more. All the meetings when none fits: a soft narrowing.
 */
export function keepDescribed(
  index: FactIndex,
  countries: CountryGazetteer,
  question: string,
  named: Set<string>,
  meetings: Meeting[],
): Meeting[] {
  const fits = (id: string, articleId: string, d: Description) => {
    const person = index.people.get(id);
    return (
      person !== undefined &&
      fitsDescription(person, articleId, countryInArticle(index, countries, id, articleId), d, countries)
    );
  };
  const descriptions = descriptionsIn(question, countries).filter(
    (d) => !meetings.some((m) => m.participants.some((id) => named.has(id) && fits(id, m.articleId, d))),
  );
  if (!descriptions.length) return meetings;
  const kept = meetings.filter((m) =>
    descriptions.every((d) => m.participants.some((id) => !named.has(id) && fits(id, m.articleId, d))),
  );
  if (!kept.length) return meetings;
  const unnamedSide = meetings.filter((m) => named.size > 0 && m.participants.every((id) => named.has(id)));
  return [...kept, ...unnamedSide];
}
