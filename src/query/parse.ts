/**
 * The question parser: one pass over the question's words that finds the people (by name), the
 * countries (names, adjectives, parliaments), the date, the intent, the words that name nobody we know,
 * and the keywords left over for narrowing meetings and choosing sentences to quote.
 */
import type { FactIndex } from "../facts/index.ts";
import { NAME_PARTICLES, ROLE_WORDS } from "../text/name-words.ts";
import { fold, isLatin, tokenize, words as wordsOf } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/stopwords.ts";
import { codeWords } from "./code-words.ts";
import type { CountryGazetteer, CountryMention } from "./countries.ts";
import { type DateFilter, parseDateFilter } from "./dates.ts";
import { detectIntent, type Intent } from "./intent.ts";
import { organisationAsked } from "./organisation.ts";
import type { PersonMatcher, PersonMention } from "./people.ts";
import { slotNameSpans } from "./slot-names.ts";

/** Everything read from one question. */
export interface QuestionParse {
  question: string;
  intent: Intent;
  people: PersonMention[];
  /** Country codes, in the order named. */
  countries: string[];
  /** Countries named as the place ("in China", "visit to Kazakhstan"). */
  placeCountries: string[];
  /** "the Kazakh side": the country whose members the question asks about. */
  side?: string;
  /** "who from the IPU did X meet?": the organisation whose members the question asks about, as typed. */
  sideOrganisation?: string;
  date?: DateFilter;
  /** Stemmed words that are not names, countries, dates or stopwords. */
  keywords: string[];
  /** The stemmed words of the date expression (useful when quoting, not when narrowing meetings). */
  dateKeywords: string[];
  /** The stemmed words that named countries (useful when quoting). */
  countryKeywords: string[];
  /**
   * The keywords that are proper names: words the articles write only capitalised ("Seoul", "PABSEC").
   * Like people and countries, they tell which report a question is about (useful when quoting).
   */
  nameKeywords: string[];
  /** Words that say what kind of answer is wanted ("signed", "discussed"): keywords for open questions. */
  questionWords: string[];
  /** Names that name nobody in the fact base ("Obama", "Boris Johnson"), as typed. */
  unknownNames: string[];
  /** Names no person of the base has but the articles contain, as typed and folded. */
  textNames: { name: string; words: string[] }[];
  /** The words that named the place asked about ("Moscow" in "met in Moscow"). */
  placeNames: string[];
  /** The cities among them, as typed ("Nur-Sultan" is typed "Nur Sultan"): any name of the city fits. */
  placeCities: string[];
  /** The question held a link ("https://…", "www.…"), which was left out of it before it was read. */
  hadLink?: true;
  /** People the question sets aside ("besides Y", "other than Y"): not subjects, and not to be listed. */
  excluded?: string[];
}

// Intents whose subject is a person: a word left over there is a name even in lower case.
const PERSON_INTENTS = new Set<Intent>(["who-met", "who-is", "did-meet", "when", "where"]);
// Words said before a name that are not part of it ("Sheikh Mishal", "His Excellency").
const HONORIFICS = new Set(
  "sheikh sheikha emir king queen prince princess sir lord lady dame hon honourable honorable excellency highness madam madame prof professor general colonel imam ayatollah he his her".split(
    " ",
  ),
);
// The styles of rulers, said before a given name alone ("King Hamad", "Emir Tamim").
const ROYAL_STYLE = /^(king|queen|emir|amir|sultan|prince|princess)$/;
// Words after which a name is expected ("meet Trudeau", "Volodin and Trudeau").
const NAME_SLOT = /^(meet|meets|met|meeting|and|with|visit|visited|receive|received|about)$/;
// Nouns for people, after a country's adjective: "Uzbek officials", "Mongolian lawmakers".
const PEOPLE_NOUN =
  /^(officials?|speakers?|chairm[ae]n|chairwom[ae]n|chairpersons?|ambassadors?|ministers?|deput(y|ies)|presidents?|senators?|mps|counterparts?|guests?|leaders?|diplomats?|delegates?|politicians?|parliamentarians?|lawmakers?|legislators?|congressm[ae]n|congresswom[ae]n|representatives?|members?|officers?|envoys?|colleagues?|people)$/;
// The verbs of meeting, and the auxiliaries before a subject ("did X meet"): a word between the two, or
// between a title and the verb ("speaker X met"), is the subject's name.
const MEETING_VERB = /^(meet|meets|met|visit|visits|visited|receive|receives|received)$/;
// A question about who someone is opens so, and the name follows.
const WHO_IS = /^who (is|was)$/;
const AUXILIARY = /^(did|does|do|will|would|has|have|had|can|could)$/;
const QUESTION_WORD = /^(what|when|where|why|how|who|whom|which)$/;
// Words after which a country or city is where something happened ("met in Moscow", "visited Japan").
const PLACE_BEFORE = /^(in|to|into|inside|visit|visits|visited|visiting)$/;
// Words before a name that set its person aside: "who will X meet besides Y?" asks for X's others.
const SET_ASIDE = /^(besides|except|excluding)$/;
const SET_ASIDE_PAIR = /^(apart|aside|other) (from|than)$/;
// A venue: "at" and capitalised words ("met at Grand Orvel Hotel"), a place and not a person.
const VENUE_BEFORE = "at";
// Words that open commands, capitalised only because they come first.
const COMMAND_WORDS = new Set(["show", "list", "give", "find", "tell", "name"]);

// Words of the question that only say what kind of answer is wanted: not keywords for quoting.
const QUESTION_WORDS = new Set(
  [
    "discuss",
    "discussed",
    "sign",
    "signed",
    "signing",
    "agree",
    "agreed",
    "take",
    "took",
    "place",
    "happen",
    "happened",
    "name",
    "named",
    "tell",
    "share",
    "talk",
    "latest",
    "recent",
    "newest",
    "last",
    // "at what event did they meet?": the kind of answer, not a word its reports must have.
    "event",
    "occasion",
    // "did they meet in person?", "face to face": how it was held, which a report tells in other words.
    "person",
    "face",
  ].map(stem),
);

// "which <word> did/has/will X meet/met …": the word after "which" is what the question asks for.
const DEMONYM_ASKED =
  /^\s*(which|what)\s+\S+\s+(did|does|do|has|have|had|will)\b.*\b(meet|met|meeting|received|receive)\b/i;

// Words that may stand beside a city typed alone ("Seoul meetings", "talks in Baku 2024").
const BESIDE_CITY_ALONE = new Set(["meetings", "meeting", "talks", "visits", "in", "the"]);

// A city typed as the whole question, with at most a period and words for meetings ("Seoul", "Baku
// 2024?", "Astana meetings"): the user asks for the meetings held there, as "meetings in Seoul" does,
// not for a sentence that names it. A city word that is also someone's name is left to the name.
function typedAlone(
  city: { start: number; end: number },
  folded: string[],
  explained: Set<number>,
  isNameWord: (word: string) => boolean,
): boolean {
  const inCity = (i: number) => i >= city.start && i < city.end;
  if (folded.slice(city.start, city.end).some(isNameWord)) return false;
  return folded.every((w, i) => inCity(i) || explained.has(i) || BESIDE_CITY_ALONE.has(w));
}

/**
 * Whether a country's word is a surname: one word typed capitalised right after someone's given name
 * (or a capitalised word no article has),
 * with no noun after it that it would describe ("who met Natalya German?", "Olga English"). An adjective
 * stands before its noun, so "Natalya German" is one person's name, not Natalya of Germany; "Natalya's
 * German counterpart" and "German MPs" are still the country.
 */
function surnameAfterGivenName(
  m: CountryMention,
  { original, folded }: { original: string[]; folded: string[] },
  givenName: (word: string) => boolean,
): boolean {
  const before = m.start - 1;
  return (
    m.end === m.start + 1 &&
    before >= 0 &&
    /^\p{Lu}/u.test(original[m.start] ?? "") &&
    /^\p{Lu}/u.test(original[before] ?? "") &&
    !STOPWORDS.has(folded[before] as string) &&
    !ROLE_WORDS.has(folded[before] as string) &&
    givenName(folded[before] as string) &&
    !PEOPLE_NOUN.test(folded[m.end] ?? "") &&
    !/^\p{Lu}/u.test(original[m.end] ?? "")
  );
}

/** Parses one question against the fact base's people and the country gazetteer. */
export function parseQuestion(
  question: string,
  ctx: { index: FactIndex; people: PersonMatcher; countries: CountryGazetteer; now: Date },
): QuestionParse {
  const tokens = tokenize(question);
  const { folded, original } = tokens;
  const explained = new Set<number>();

  const date = parseDateFilter(question, ctx.now);
  if (date) {
    const dateWords = tokenize(date.text).folded;
    for (let i = 0; i + dateWords.length <= folded.length; i++)
      if (dateWords.every((w, k) => folded[i + k] === w)) {
        for (let k = 0; k < dateWords.length; k++) explained.add(i + k);
        break;
      }
  }

  const allCountryMentions = ctx.countries.findTokens(tokens);
  const countryMentions = allCountryMentions.filter(
    (m) =>
      !surnameAfterGivenName(
        m,
        tokens,
        (w) =>
          !allCountryMentions.some((c) => c.end === m.start) &&
          (ctx.people.isGivenName(w) || !ctx.index.knows(w)),
      ),
  );
  // "which Mongolians did X meet?": people named by their country's demonym are the people asked for,
  // as "which officials did X meet?" are (the person nouns of intent.ts).
  const detected = detectIntent(question);
  const intent: Intent =
    detected === "open" &&
    DEMONYM_ASKED.test(question) &&
    countryMentions.some((m) => m.start === 1 && m.end === 2)
      ? "who-met"
      : detected;
  for (const m of countryMentions) for (let i = m.start; i < m.end; i++) explained.add(i);
  // A city after "in" / "to" is a place too ("met in Moscow"). Cities stay keywords (a meeting's place
  // is among its words), and are never names.
  // A city may be several words ("in Nur-Sultan", "in St. Petersburg").
  const citySpans = ctx.countries
    .findCities(folded)
    .filter(({ start, end }) => !folded.slice(start, end).some((_, k) => explained.has(start + k)));
  const isCity = folded.map((_, i) => citySpans.some((c) => i >= c.start && i < c.end));
  const cityCode = (c: { start: number; end: number }) =>
    ctx.countries.cityCountry(folded.slice(c.start, c.end).join(" ")) as string;
  const cityMentions: CountryMention[] = citySpans
    .filter(
      (c) =>
        (PLACE_BEFORE.test(folded[c.start - 1] ?? "") && /^[A-Z]/.test(original[c.start] ?? "")) ||
        typedAlone(c, folded, explained, (w) => ctx.people.isNameWord(w)),
    )
    .map((c) => ({ code: cityCode(c), start: c.start, end: c.end }));
  // "in Japan", "to the United States", "in the UK": a country's article stands between.
  const places = [...countryMentions, ...cityMentions].filter(
    (m) =>
      PLACE_BEFORE.test(folded[m.start - 1] ?? "") ||
      (folded[m.start - 1] === "the" && PLACE_BEFORE.test(folded[m.start - 2] ?? "")),
  );
  const placeCountries = places.map((m) => m.code);
  // A city as the gazetteer writes it ("Nur-Sultan", typed "Nur Sultan"); a country as typed.
  const placeName = (m: { start: number; end: number }) =>
    ctx.countries.cityName(folded.slice(m.start, m.end).join(" ")) ??
    original.slice(m.start, m.end).join(" ");
  // Said back as typed: "in the UK", not "in UK".
  const placeNames = places.map((m) => `${folded[m.start - 1] === "the" ? "the " : ""}${placeName(m)}`);
  const placeCities = cityMentions.map(placeName);
  const countries = [...new Set(countryMentions.map((m) => m.code))];
  const sideMatch = /\bthe\s+([\p{L}-]+)\s+side\b/iu.exec(question);
  // "who from Japan did X meet?", "who did X meet from Japan?": X's counterparts of that country.
  const from = countryMentions.find(
    (m) =>
      folded[m.start - 1] === "from" || (folded[m.start - 1] === "the" && folded[m.start - 2] === "from"),
  );
  // "who from the IPU did X meet?": an organisation, not a country, is the side asked about; its words
  // are neither names nor words the reports must have.
  const organisation =
    intent === "who-met" && !from
      ? organisationAsked(
          folded,
          original,
          (i) => explained.has(i) || isCity[i] === true || ctx.people.isNameWord(folded[i] as string),
        )
      : undefined;
  if (organisation) for (let i = organisation.start; i < organisation.end; i++) explained.add(i);
  // "which Uzbek officials did X meet?", "X's meetings with Mongolian lawmakers": X's counterparts asked
  // for are of that country, as with "from Uzbekistan" (not everyone at a forum an Uzbek attended). Of
  // two people's meeting ("which Kuwaiti MPs attended the X-Y talks?") all who took part are listed.
  const peopleOf = countryMentions.find((m) => PEOPLE_NOUN.test(folded[m.end] ?? ""));

  const capitalised = original.map((w) => /^[A-Z]/.test(w));
  // "DROP TABLE", "SELECT … FROM": keywords of code are capitalised too, and never a name.
  // Tokens typed as one word ("braun-pivet", "USER_ID").
  const words = typedWords(question);
  const code = codeWords(original, (i) =>
    words.owner.length === folded.length ? words.typed[words.owner[i] as number] : undefined,
  );
  const owned = ownedAfterPossessive(words, capitalised, folded, (i) =>
    countryMentions.some((m) => i >= m.start && i < m.end),
  );
  // "Sheikh Mishal", "His Excellency": the honorific is not part of a name.
  const notNames = new Set(explained);
  // Not a style but a surname when people bear it, it is typed with a capital, no name follows and no
  // article precedes ("who met King?": Rose Mary King; "who met the King?", "King Faris", "sheikh
  // mohamed": a style).
  const styleAt = (i: number) =>
    HONORIFICS.has(folded[i] as string) &&
    (!capitalised[i] ||
      capitalised[i + 1] ||
      folded[i - 1] === "the" ||
      !ctx.people.isNameWord(folded[i] as string));
  for (const i of folded.keys()) if (styleAt(i)) notNames.add(i);
  const venue = venueSpan(folded, capitalised, (w) => ctx.index.isLowerCase(w));
  for (const i of venue) notNames.add(i);
  // What follows a possessive is the person's thing ("Volodin's Latin America visits"), and a city after
  // "in" or "to" is the place ("who did X meet in Astana?"): neither is a person, whoever bears the word.
  for (const i of folded.keys()) if (owned[i]) notNames.add(i);
  for (const c of cityMentions)
    if (PLACE_BEFORE.test(folded[c.start - 1] ?? "")) for (let i = c.start; i < c.end; i++) notNames.add(i);
  // A city among the venue's words is where they met ("at Grand Orvel Hotel Velmora").
  for (const c of citySpans)
    if (venue.has(c.start)) {
      const name = placeName(c);
      placeCountries.push(cityCode(c));
      placeNames.push(name);
      placeCities.push(name);
    }
  // Where only a name can stand, a small word is one ("who met Among?", "when did speaker among meet
  // the delegation?", "what did Among reaffirm?"): the last word after a verb of meeting, a word between
  // an auxiliary or a title and that verb, and the word after a question word and its auxiliary.
  const last = folded.length - 1;
  const nameSlots = new Set<number>();
  if (last > 0 && NAME_SLOT.test(folded[last - 1] as string)) nameSlots.add(last);
  // "what did Among reaffirm?": after a question word and its auxiliary comes the subject.
  for (let i = 2; i < folded.length; i++)
    if (AUXILIARY.test(folded[i - 1] as string) && QUESTION_WORD.test(folded[i - 2] as string))
      nameSlots.add(i);
  for (let i = 1; i + 1 < folded.length; i++)
    if (
      MEETING_VERB.test(folded[i + 1] as string) &&
      (AUXILIARY.test(folded[i - 1] as string) || ROLE_WORDS.has(folded[i - 1] as string))
    )
      nameSlots.add(i);
  for (const i of notNames) nameSlots.delete(i);
  const found = ctx.people.find(folded, notNames, capitalised, nameSlots);
  // Words that may be part of a name: not a date, country, city, role, honorific or small word.
  const mayBeName = folded.map(
    (w, i) =>
      !explained.has(i) &&
      !venue.has(i) &&
      // "MEPs", "MPs", "NGOs": an abbreviation in the plural is a kind of people, not someone's name.
      !/^[A-Z]{2,}s$/.test(original[i] as string) &&
      !code[i] &&
      !STOPWORDS.has(w) &&
      !ROLE_WORDS.has(w) &&
      !NAME_PARTICLES.has(w) &&
      !styleAt(i) &&
      !isCity[i] &&
      w.length > 1 &&
      (i > 0 || !COMMAND_WORDS.has(w)),
  );
  // A full name is one person: "Boris Johnson" is not Boris Kollár, nor Alison Johnstone.
  const nameLike = folded.map(
    (w, i) => mayBeName[i] === true && capitalised[i] === true && !ctx.index.isLowerCase(w),
  );
  // A question typed all in lower case tells nothing by its capitals: there a word beside a matched name
  // belongs to it when it is some person's name word, or when no article has it and the name beside it
  // was only spelled alike; so "park jeung" is one unknown name and not Ryu Seung-min, "hong kee-won" is
  // not two other people, and "koshanov yesteday" is still Koshanov.
  const lowerCase = isLatin(question) && !/[A-Z]/.test(question);
  // A word beside a name spelled alike, or after a given name alone ("doris brawn"), may be its rest.
  const besideTypo = (i: number) =>
    found.some((m) => (!m.exact && (m.start === i + 1 || m.end === i)) || (m.givenNameOnly && m.end === i));
  const joinsName = folded.map(
    (w, i) =>
      (nameLike[i] === true && !owned[i]) ||
      (lowerCase &&
        mayBeName[i] === true &&
        (ctx.people.isNameWord(w) || (!ctx.index.knows(w) && besideTypo(i)))),
  );
  // A name is never only part of a word typed as one.
  const oneWord = (i: number) =>
    words.owner.length === folded.length &&
    words.owner[i] !== undefined &&
    words.owner[i] === words.owner[i + 1];
  // An initial ("J.Enkhbayar") or a particle ("Al-Varnet") joined to a name is part of it.
  const theirs = (m: PersonMention, i: number) =>
    (folded[i] as string).length === 1 ||
    NAME_PARTICLES.has(folded[i] as string) ||
    m.ids.some((id) => ctx.people.hasNameWord(id, folded[i] as string));
  const whole = wholeNames(found, joinsName, oneWord, theirs);
  // "King Hamad": a ruler's style and a given name name a ruler; someone who only shares the given name
  // and holds no such style (a deputy speaker called Hamad) is not them. Those who hold it are meant;
  // when no one does, the style and name are one name the base does not know.
  for (const m of whole.people.filter(
    (p) => p.givenNameOnly && ROYAL_STYLE.test(folded[p.start - 1] ?? ""),
  )) {
    const style = folded[m.start - 1] as string;
    const styled = (id: string) => {
      const person = ctx.index.people.get(id);
      const said = [person?.name, ...(person?.aliases ?? []), ...(person?.roles ?? []).map((r) => r.title)];
      return said.some((t) => t !== undefined && wordsOf(fold(t)).includes(style));
    };
    const rulers = [...m.ids, ...m.alternatives].filter(styled);
    whole.people.splice(whole.people.indexOf(m), 1);
    if (rulers.length) whole.people.push({ ...m, ids: rulers, alternatives: [] });
    else whole.strangers.push([m.start - 1, m.end]);
  }
  whole.people.sort((a, b) => a.start - b.start);
  const { strangers } = whole;
  // "who met Zorbek?" with no one of that name in the base, but the word in the articles: a name only
  // their text has, said as such (see slot-names.ts), not a keyword any sentence with it would answer.
  if (!whole.people.length && !countryMentions.length && PERSON_INTENTS.has(intent) && isLatin(question))
    for (const span of slotNameSpans({
      original,
      // "who is X?": the word after the question's opening stands where only a name does.
      slots: WHO_IS.test(folded.slice(0, 2).join(" ")) ? new Set([...nameSlots, 2]) : nameSlots,
      nameLike: nameLike.map((n, i) => n && !owned[i]),
      known: (i) => ctx.index.knows(folded[i] as string),
    }))
      if (!strangers.some(([a, b]) => a < span[1] && b > span[0])) strangers.push(span);
  // "besides Y": Y is set aside, not a second subject.
  const setAside = (p: PersonMention) =>
    SET_ASIDE.test(folded[p.start - 1] ?? "") ||
    SET_ASIDE_PAIR.test(folded.slice(p.start - 2, p.start).join(" "));
  const people = whole.people.filter((p) => !setAside(p));
  const excluded = whole.people.filter(setAside).flatMap((p) => p.ids);
  const nameSpans = new Set<number>();
  for (const p of people) for (let i = p.start; i < p.end; i++) nameSpans.add(i);
  // Someone set aside, and the words that set them aside, are no keywords: as ones they would narrow the
  // meetings to the reports that name them, which are the meetings not asked for.
  for (const p of whole.people) {
    if (!setAside(p)) continue;
    const saidBy = SET_ASIDE.test(folded[p.start - 1] ?? "") ? 1 : 2;
    for (let i = p.start - saidBy; i < p.end; i++) nameSpans.add(i);
  }
  // A particle beside a name is part of it ("Turgunbek uulu", "bin Zayed"), never a keyword: as one,
  // it would narrow the person's meetings to the reports that happen to spell it out.
  for (const p of people)
    for (const i of [p.start - 1, p.end]) if (NAME_PARTICLES.has(folded[i] ?? "")) nameSpans.add(i);

  const keywords: string[] = [];
  const nameKeywords: string[] = [];
  const dateKeywords: string[] = [];
  const questionWords: string[] = [];
  // A name the articles contain but no person of the base has ("Wang Guoqing" in a sentence): the
  // meetings of the other side reported in those articles may be theirs.
  const inText = ([a, b]: [number, number]) => folded.slice(a, b).every((w) => ctx.index.knows(w));
  // A name the base does not know is echoed as typed ("kolár", "braun-pivet"), not as folded words.
  const typed = asTyped(words, original);
  const unknownSpans: [number, number][] = strangers.filter((s) => !inText(s));
  const textNames = strangers.filter(inText).map(([a, b]) => ({
    name: typed(a, b),
    words: folded.slice(a, b),
  }));
  const strangerAt = (i: number) => strangers.some(([a, b]) => i >= a && i < b);
  const personQuestion = PERSON_INTENTS.has(intent) && !people.length && !countries.length;
  const cyrillic = !isLatin(question);
  // Someone who capitalises a name past the first word writes names so: a word they typed in lower
  // case is not one, however it is spelled ("where did the Chinese legislator land?"), unless it stands
  // where a name does ("meet trudeau").
  const writesNamesCapitalised = !cyrillic && original.some((w, i) => i > 0 && /^[A-Z]/.test(w));
  let lastUnknown = -2;
  for (const [i, word] of folded.entries()) {
    if (nameSpans.has(i) || STOPWORDS.has(word) || strangerAt(i)) continue;
    const isDate = explained.has(i) && !countryMentions.some((m) => i >= m.start && i < m.end);
    if (explained.has(i) && !isDate) continue;
    if (i === 0 && /^(who|what|which|when|where|how|why|did)$/.test(word)) continue;
    const k = stem(word);
    const list = isDate ? dateKeywords : QUESTION_WORDS.has(k) ? questionWords : keywords;
    if ((word.length > 2 || /\d/.test(word)) && !list.includes(k)) {
      list.push(k);
      // A proper name: typed capitalised past the first word, and never written in lower case.
      if (
        list === keywords &&
        i > 0 &&
        capitalised[i] &&
        ctx.index.articleFrequency(k) > 0 &&
        !ctx.index.isLowerCase(word)
      )
        nameKeywords.push(k);
    }
    // A word that no article contains is an unknown name when it looks like one: capitalised, spelled
    // like a known name, in Cyrillic, or where a person's name belongs ("who met obama?").
    if (
      !isDate &&
      !isCity[i] &&
      !code[i] &&
      !owned[i] &&
      // A title or an institution ("who is the chairman of the senate?") is an office, never a name.
      !ROLE_WORDS.has(word) &&
      !ctx.index.knows(word) &&
      ((/^[a-z]{3,}$/.test(word) &&
        (nameLike[i] ||
          cyrillic ||
          ((!writesNamesCapitalised || NAME_SLOT.test(folded[i - 1] ?? "")) &&
            ctx.people.looksLikeAName(word)))) ||
        // Where the question writes names capitalised, a word in lower case is a name only in a name's
        // slot ("who led the MPs whose trip was cancelled?" names no one "cancelled").
        (personQuestion &&
          /^[a-z][a-z0-9]{2,}$/.test(word) &&
          (!writesNamesCapitalised || NAME_SLOT.test(folded[i - 1] ?? ""))))
    ) {
      // Words typed side by side are one name ("Joe Biden"); words apart are two ("Mnqasela and Jones").
      const last = unknownSpans.at(-1);
      if (last && lastUnknown === i - 1) last[1] = i + 1;
      else unknownSpans.push([i, i + 1]);
      lastUnknown = i;
    }
  }
  const unknownNames = unknownSpans.map(([a, b]) => typed(a, b));
  const countryKeywords = [
    ...new Set(
      countryMentions
        .flatMap((m) => folded.slice(m.start, m.end))
        .filter((w) => !STOPWORDS.has(w))
        .map(stem),
    ),
  ];
  return {
    question,
    intent,
    people,
    countries,
    placeCountries,
    side: sideMatch
      ? ctx.countries.code(sideMatch[1])
      : from && intent === "who-met" && people.length
        ? from.code
        : peopleOf && (intent === "who-met" || intent === "about") && people.length === 1
          ? peopleOf.code
          : undefined,
    ...(organisation && people.length ? { sideOrganisation: organisation.name } : {}),
    date,
    keywords,
    dateKeywords,
    countryKeywords,
    nameKeywords,
    questionWords,
    unknownNames,
    textNames,
    placeNames,
    placeCities,
    ...(excluded.length ? { excluded } : {}),
  };
}

/** The words of a question as typed (split at spaces), and the typed word each token comes from. */
interface TypedWords {
  typed: string[];
  owner: number[];
  /** Whether each typed word was a possessive ("Volodin's"). */
  possessive: boolean[];
}

function typedWords(question: string): TypedWords {
  const bare = question
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
  const possessive = bare.map((w) => /\p{L}[’'`´ʼ]s$/u.test(w));
  const typed = bare.map((w) => w.replace(/[’'`´ʼ]s$/u, ""));
  const owner: number[] = [];
  for (const [k, w] of typed.entries()) for (const _ of tokenize(w).original) owner.push(k);
  return { typed, owner, possessive };
}

// Which tokens name a person's thing: the capitalised run right after a possessive ("Volodin's Latin
// America Tour visits", "Koshanov's Mongolian counterpart") is a trip, a counterpart or a region, never
// the rest of the person's name nor a name of its own. The run ends at a word in lower case: a name
// after it is someone else's ("Volodin's guest Zorbek Talgatov" names the guest). A country's is its
// people ("Kazakhstan's Koshanov"), and a title's holder follows it ("Uganda's Deputy Speaker Byaruhanga",
// "Volodin's Speaker Tarnow"): neither is a thing of the possessor.
function ownedAfterPossessive(
  { owner, possessive }: TypedWords,
  capitalised: boolean[],
  folded: string[],
  isCountry: (i: number) => boolean,
): boolean[] {
  const owned: boolean[] = [];
  // Typed words that do not line up with the tokens tell nothing of where a possessive stands.
  if (owner.length !== capitalised.length) return capitalised.map(() => false);
  let afterTitle = false;
  for (const i of capitalised.keys()) {
    const before = owner[i - 1];
    const rightAfter =
      i > 0 &&
      before !== undefined &&
      before !== owner[i] &&
      possessive[before] === true &&
      !isCountry(i - 1);
    const goesOn = owned[i - 1] === true && capitalised[i - 1] === true && capitalised[i] === true;
    if (rightAfter) afterTitle = false;
    const title = ROLE_WORDS.has(folded[i] as string);
    const own = (rightAfter || goesOn) && !(afterTitle && !title);
    if (own && title) afterTitle = true;
    owned.push(own);
  }
  return owned;
}

/**
 * The question's words as typed, for a span of its tokens: "kolár" for the token "kolar",
 * "braun-pivet" for "braun pivet" (punctuation around a word and a possessive left out). When the
 * typed words do not line up with the span (a word that holds more tokens than it), the tokens.
 */
function asTyped({ typed, owner }: TypedWords, original: string[]): (a: number, b: number) => string {
  return (a, b) => {
    const first = owner[a];
    const last = owner[b - 1];
    const whole =
      owner.length === original.length &&
      first !== undefined &&
      last !== undefined &&
      owner[a - 1] !== first &&
      owner[b] !== last;
    return whole ? typed.slice(first, last + 1).join(" ") : original.slice(a, b).join(" ");
  };
}

/**
 * The words of a venue: "at" followed by capitalised words ("who did X meet at Grand Orvel Hotel?").
 * Words a name is never written with in lower case are left out, so "at Speaker Y's residence" still
 * names Y; lower-case words ("at the summit") are no venue's name.
 */
function venueSpan(
  folded: string[],
  capitalised: boolean[],
  isLowerCase: (w: string) => boolean,
): Set<number> {
  const span = new Set<number>();
  for (const [i, w] of folded.entries()) {
    if (w !== VENUE_BEFORE) continue;
    let j = i + 1;
    while (j < folded.length && capitalised[j] && !isLowerCase(folded[j] as string)) j++;
    // One capitalised word may be a person's name ("at Brisk's invitation"): a venue has two or more.
    if (j - i > 2) for (let k = i + 1; k < j; k++) span.add(k);
  }
  return span;
}

/**
 * Keeps the people whose name the question gives whole. A mention is dropped when the run of name-like
 * words around it holds a word that is not theirs ("Boris Johnson" for Boris Kollár), or when it sits
 * right beside the mention of someone else (one typed name matched half to each of two people); the
 * dropped run is returned as a stranger (token positions [start, end)).
 */
function wholeNames(
  mentions: PersonMention[],
  nameLike: boolean[],
  oneWord: (i: number) => boolean,
  theirs: (m: PersonMention, i: number) => boolean,
): { people: PersonMention[]; strangers: [number, number][] } {
  const strangers: [number, number][] = [];
  const dropped = new Set<PersonMention>();
  for (const m of mentions) {
    let a = m.start;
    let b = m.end;
    // The run stops at another person's name: "Nigmatulin–Zhukov" are two names side by side.
    const other = (i: number) => mentions.some((o) => o !== m && i >= o.start && i < o.end);
    const free = (i: number) => nameLike[i] && !other(i);
    // A part typed joined to the name ("braun-pivet") that is no word of theirs makes it another name.
    const glued = (i: number) => !other(i) && !theirs(m, i);
    while (a > 0 && (free(a - 1) || (oneWord(a - 1) && glued(a - 1)))) a--;
    while (b < nameLike.length && (free(b) || (oneWord(b - 1) && glued(b)))) b++;
    // Two people typed side by side ("Nigmatulin–Zhukov") are two names; a typed name matched half to
    // each of two people has a guessed half, and so has one whose first half is someone's given name
    // ("Doris Braun" is neither Doris Kollár nor Braun-Larnet; "Mustafa Kurtulmus" is neither Mustafa
    // Şentop, nor Fazil Mustafa beside Numan Kurtulmus).
    const neighbour = mentions.some(
      (o) =>
        o !== m &&
        (o.end === m.start || o.start === m.end) &&
        !(o.exact && m.exact && !(o.end === m.start ? o : m).givenNameOfSomeone),
    );
    // A word inside the mention's span that is no word of theirs ("Ahmad Nasser Al-Mohammad Al-Sabah" for
    // Mishal Al-Ahmad Al-Jaber Al-Sabah): the typed name is someone else's, whose words they share.
    let inside = false;
    for (let i = m.start + 1; i < m.end - 1 && !inside; i++) inside = nameLike[i] === true && !theirs(m, i);
    if (a < m.start || b > m.end || neighbour || inside) {
      dropped.add(m);
      for (const o of mentions)
        if (o !== m && o.start < b && o.end > a) {
          a = Math.min(a, o.start);
          b = Math.max(b, o.end);
        }
      if (!strangers.some(([x, y]) => x === a && y === b)) strangers.push([a, b]);
    }
  }
  // Runs that overlap merge into one name.
  const merged = strangers
    .sort((x, y) => x[0] - y[0])
    .reduce<[number, number][]>((out, s) => {
      const last = out.at(-1);
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else out.push([...s]);
      return out;
    }, []);
  // A mention within a name that is no one's ("Mohammad" in "Ahmad Nasser Al-Mohammad Al-Sabah") is part
  // of that name, not a person of its own.
  const within = (m: PersonMention) => merged.some(([x, y]) => m.start >= x && m.end <= y);
  return { people: mentions.filter((m) => !dropped.has(m) && !within(m)), strangers: merged };
}
