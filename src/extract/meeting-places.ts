/**
 * The place refiner: gives each meeting of an article the city where it was held, as the article
 * spells it (Kyiv or Kiev, Almaty or Alma-Ata, Nur-Sultan or Astana). The meeting's own sentence
 * comes first; else the place of the meeting before it, a sentence that frames the report, the
 * headline or lead, a later sentence that says where the visit or session was held ("here" resolved),
 * and last the dateline, unless the article is a report of a visit to another country.
 */

import { titleCase } from "../corpus/header.ts";
import { allMatches } from "./all-matches.ts";
import type { LocalMeeting } from "./assemble.ts";
import { tellsTripCalledOff } from "./called-off.ts";
import { cityAsSubject } from "./city-subject.ts";
import { calendarDates } from "./dates.ts";
import { citiesIn, countryPlaceIn, placeIn, venueIn, visitAbroad } from "./details.ts";
import type { Doc, Sentence } from "./document.ts";
import { earlierDayOfTheVisit } from "./earlier-this-visit.ts";
import { countryOf } from "./gazetteer.ts";
import { isFutureUndated } from "./late-report.ts";
import { parliamentSeatIn } from "./parliament-seat.ts";
import { inQuoteOfNoMeeting } from "./quotes.ts";
import { visitedCountryOfSpeaker } from "./visit-to-our-country.ts";

const CAPITALS = /^\p{Lu}[\p{Lu}'’ -]{3,}$/u;
// Words that make a sentence about a place in the future or an invitation, not where a meeting was.
// So do a programme still to be carried out ("The programme also includes a trip to X") and what
// someone is expected to do ("where on Thursday he is expected to meet").
const NOT_HERE =
  /\b(will|to hold|plans?|set to|initiative|invit\w*|to visit|next|programme|program|itinerary|(?:is|are) (?:also )?(?:expected|scheduled|due) to)\b/i;
const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){0,2}`;

/**
 * A city the gazetteer does not know, named with its country: "held in Vienne, Austria",
 * "at Halifax in Canada". The country is what makes the capitalised words a place ("in Sustainable
 * Development in Kazakhstan" is not one: after "in", only a comma joins a city to its country).
 */
export const placeWithCountryIn = perSentence(readPlaceWithCountry);

// Refiners ask the same sentence again for every meeting: read each sentence once.
function perSentence(read: (s: Sentence) => string | undefined): (s: Sentence) => string | undefined {
  const memo = new WeakMap<Sentence, string | undefined>();
  return (s) => {
    if (!memo.has(s)) memo.set(s, read(s));
    return memo.get(s);
  };
}

function readPlaceWithCountry(s: Sentence): string | undefined {
  for (const f of s.found) {
    if (f.entry.kind !== "country" || f.entry.demonym) continue;
    // Most countries are not written after a city: look before building a pattern.
    const at = s.text.indexOf(f.text);
    const before = s.text.slice(Math.max(0, at - 4), at);
    if (!/(?:, | in )$/.test(before)) continue;
    const m = cityBeforeCountry(s.text, f.text);
    const name = m?.[1];
    // "in the Republic of Korea" or "in Kazakhstan, Russia" name countries, not a city.
    if (
      name &&
      !s.found.some((x) => x.text === name && x.entry.kind !== "city") &&
      !/^(?:The|Republic)\b/.test(name)
    )
      return name;
  }
  return undefined;
}

// "in CITY, (the) COUNTRY" or "at CITY in (the) COUNTRY": the first such city before this country.
// One pattern for every country, then the country compared as text: a Unicode pattern per country
// costs milliseconds to compile, more than the whole rest of an article.
function cityBeforeCountry(text: string, country: string): RegExpExecArray | null {
  for (const at of allMatches(IN_OR_AT, text)) {
    for (const re of [IN_CITY_COMMA, AT_CITY_IN]) {
      re.lastIndex = at.index;
      const m = re.exec(text);
      if (m && countryAt(text, m.index + m[0].length, country)) return m;
    }
  }
  return null;
}
const IN_OR_AT = /\b(?:in|at) /g;
const IN_CITY_COMMA = new RegExp(String.raw`\b(?:in|at) (${NAME}), `, "uy");
const AT_CITY_IN = new RegExp(String.raw`\bat (${NAME}) in `, "uy");

// Whether `country` is written at `i`, after an optional "the ", and ends on a word boundary.
function countryAt(text: string, i: number, country: string): boolean {
  const endsThere = (from: number) =>
    text.startsWith(country, from) &&
    isWordChar(text[from + country.length - 1]) !== isWordChar(text[from + country.length]);
  return (text.startsWith("the ", i) && endsThere(i + 4)) || endsThere(i);
}
const isWordChar = (c: string | undefined) => !!c && /\w/.test(c);

// Words said at the start of a trip ("Speaking at the airport before his departure"): the city they
// name is where the trip began, not where its meetings are held.
const DEPARTING =
  /\bbefore (?:his|her|their|the) (?:departure|flight)\b|\bbefore (?:leaving|flying|departing) for\b/i;

/** The city a sentence places its own meeting in, known to the gazetteer or named with its country. */
function ownPlaceIn(s: Sentence): string | undefined {
  if (DEPARTING.test(s.text)) return undefined;
  const own = citiesOfTheMeeting(s);
  // "flew to Moscow, where he met": the city the meeting clause hangs on.
  const where = own.found.find(
    (f) => f.entry.kind === "city" && /^,? where\b/.test(s.text.slice(s.tokens[f.to - 1]?.end ?? 0)),
  );
  return where?.text ?? placeIn(own) ?? placeWithCountryIn(s) ?? cityNamedIn(s);
}

// A clause on what belongs to someone met ("met B, whose parliament hosted the summit in Brasilia")
// places that thing, not the meeting.
const WHOSE_CLAUSE = /^\s*whose\b/;

/**
 * The sentence with only the cities that can be its meeting's: not one that stands for its government
 * as a subject ("Tashkent is expecting …", see city-subject.ts), not one inside a quoted remark that
 * reports no meeting, not one in a clause on what belongs to someone ("whose parliament hosted the
 * summit in Brasilia"), not one in a clause of an invitation or a plan ("invited him to visit Batumi",
 * "the summit to be held in Doha next year"), not one of an event of another time ("the forum held in
 * Samarkand last month").
 */
function citiesOfTheMeeting(s: Sentence): Sentence {
  const found = s.found.filter((f) => {
    if (f.entry.kind !== "city") return true;
    const start = s.tokens[f.from]?.start ?? 0;
    const end = s.tokens[f.to - 1]?.end ?? start;
    const before = s.text.slice(0, start);
    const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
    return (
      !inQuoteOfNoMeeting(s.text, start) &&
      !cityAsSubject(s.tokens, s.found, f) &&
      !PLAN_OR_INVITATION.test(clause) &&
      !ABSENCE.test(clause) &&
      !EARLIER_CLAUSE.test(clause) &&
      !WHOSE_CLAUSE.test(clause) &&
      !OTHER_TIME_AFTER.test(s.text.slice(end))
    );
  });
  return found.length === s.found.length ? s : { ...s, found };
}
// A clause on an earlier encounter with the one met: "Y, with whom he held talks in Baku in May".
const EARLIER_CLAUSE = /\b(?:with whom|whom)\b/i;
// A clause on why someone is away: "who was unable to attend owing to a trip to Warsaw".
const ABSENCE =
  /\b(?:unable to|could not|cannot|couldn['’]t) (?:attend|be present|take part|come)\b|\bowing to\b/i;
const PLAN_OR_INVITATION = /\b(?:invit\w*|to visit|to be held|will be held|upcoming|forthcoming|next)\b/i;
const OTHER_TIME_AFTER = /^\s*(?:(?:last|next) (?:year|month|week)|in (?:19|20)\d\d)\b/i;

/** A town the gazetteer does not know, named as one: "in the city of Zhetysai". */
function cityNamedIn(s: Sentence): string | undefined {
  return CITY_NAMED.exec(s.text)?.[1] ?? NAMED_CITY.exec(s.text)?.[1];
}
// A town whose name says it is one: "at the Senate in Pasay City", "in Quezon City" (not "in the
// City", a district or a body).
const NAMED_CITY = /\b(?:in|at) ((?:\p{Lu}[\p{L}'’-]+ ){1,2}City)\b/u;
// Compiled once, not at every sentence asked about.
// Or set apart by a dash or a comma after a verb of travel: "visited the spiritual capital of the
// region – the city of Oldtown".
const CITY_NAMED = new RegExp(String.raw`(?:\b(?:in|at|to)|\s[–—,]) the (?:city|town) of (${NAME})`, "u");

/**
 * A place a sentence gives to the visit or session that the article reports: "as part of our visit
 * to Bishkek", "the session, which was held in Cairo", "took place in Tashkent". Not a plan or an invitation.
 */
export const eventPlaceIn = perSentence(readEventPlace);

function readEventPlace(s: Sentence): string | undefined {
  for (const f of s.found) {
    if (f.entry.kind !== "city") continue;
    const at = s.text.indexOf(f.text);
    // Not a city of another time ("the meetings held in Tokyo in 2022").
    if (OTHER_TIME_AFTER.test(s.text.slice(at + f.text.length))) continue;
    const before = s.text.slice(0, at);
    // A plan or an invitation in the city's clause ("will pay a visit to X", "the summit to be held in X
    // next year") is not where the visit is; one in a clause after it ("is on a visit to X and will
    // address the chambers later") leaves the visit where it is.
    const clauseAfter = s.text.slice(at + f.text.length).split(/[,;]| and /)[0] ?? "";
    if (NOT_HERE.test(before) || NOT_HERE.test(clauseAfter)) return undefined;
    // A next stop ("The delegation ... continues its trip in Hamburg and Munich"), or someone's absence
    // ("who was unable to attend owing to a trip to Warsaw").
    if (NEXT_STOP.test(before) || ABSENCE.test(before.slice(before.lastIndexOf(",") + 1))) continue;
    if (
      /\b(?:visit|trip|stay|tour) (?:to|in) $|\b(?:was|were) held in $|\btook place in $|\bheld in $/i.test(
        before,
      ) ||
      ARRIVED_IN.test(before)
    )
      return f.text;
  }
  return NOT_HERE.test(s.text) ? undefined : placeWithCountryIn(s);
}

const NEXT_STOP = /\b(?:continu\w*|proceed\w*|moves? on|moved on|heads? on|headed on)\b[^.;,]*$/i;

// An arrival told as done, in a sentence of its own: "The delegation arrived in X to take part in the
// session" says where the delegation is. Not one told as a next step ("then arrived in", "later
// arrived in"), which is another stop of a trip.
const ARRIVED_IN =
  /^(?:(?!\b(?:then|later|after|afterwards|next)\b)[^,;])*\b(?:arrived|has arrived|have arrived) in $/i;

// A sentence about what the sides discussed ("cooperation within the OSCE PA in Vienna") or about an
// earlier encounter ("the two last met in Geneva") names a city that is not where this report is set.
// So is a sentence about an event that is over ("thanked him for hosting the recent conference in Riyadh",
// "the anniversary session of the Assembly wrapped up in Oldtown": the talks came after it).
const NOT_FRAMING =
  /\b(?:discuss\w*|talked about|touched upon|exchanged views|last (?:met|year|time)|previous(?:ly)?|earlier|ago|recent(?:ly)?|for (?:hosting|organi[sz]ing)|wrapped up|came to an end)\b/i;

/**
 * "will meet Ostrian and Veldanian officials in Ostburg on 6 May and in Veldan on 8 May": where a
 * sentence names several cities after "in", a meeting with one country's unnamed side was held in
 * the one city of that country, not in the first city the sentence names.
 */
function sideCityIn(s: Sentence, m: LocalMeeting): string | undefined {
  const country = onlyCountryOfSides(m);
  if (!country) return undefined;
  const cities = s.found.filter(
    (f) => f.entry.kind === "city" && /^(?:in|at)$/i.test(s.tokens[f.from - 1]?.text ?? ""),
  );
  if (new Set(cities.map((f) => f.text)).size < 2) return undefined;
  const there = [...new Set(cities.filter((f) => countryOf(f.text) === country).map((f) => f.text))];
  return there.length === 1 ? there[0] : undefined;
}

// The one country of a meeting's unnamed sides, when it has sides of one country only.
function onlyCountryOfSides(m: LocalMeeting): string | undefined {
  const countries = new Set(m.parties.map((x) => x.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Gives each meeting the city where the article says, or implies, it was held. */
export function fillPlaces(doc: Doc, meetings: LocalMeeting[]): void {
  // A headline city in a clause of an invitation or a plan ("X invited to Strasbourg in Sept") is not where they met.
  const headlineCity = doc.sentences
    .filter((s) => s.headline)
    .map(citiesOfTheMeeting)
    .flatMap(citiesIn)[0];
  const body = doc.sentences.filter((s) => !s.headline);
  const frameCity = framingCity(doc, body, meetings);
  // A lead that says a trip was called off names a place no one met in.
  const leadCity =
    body[0] && !tellsTripCalledOff(body[0].text)
      ? (placeIn(citiesOfTheMeeting(body[0])) ?? cityNamedIn(body[0]))
      : undefined;
  // A visit abroad of someone who meets no one in the article ("The Speaker, who is on a visit to
  // Paris, had sent a letter") says nothing of where its meetings were. A lead that says the
  // delegation visited a country ("visited the Republic of Korea on 14-17 May") places them there.
  // So does a host who speaks of "your visit to our country": the visit is to the speaker's.
  const abroad =
    (visitAbroad(doc) &&
      visitAbroad(doc, (s) => namesOnlyOthers(s, new Set(meetings.flatMap((m) => m.people))))) ||
    countryVisitedIn(body.slice(0, 2), doc.article.published) ||
    visitedCountryOfSpeaker(doc);
  const dateline = doc.article.datelineCity ?? signedOffCity(body);
  const datelineOk = dateline && (!abroad || countryOf(dateline) === abroad || abroad === dateline);
  let previous: string | undefined;
  // A meeting still to come is not where the one held before it was ("met X in Seoul ... On Friday,
  // he is expected to meet Y"): a plan takes the place of the plan before it only.
  let previousPlanned: string | undefined;
  for (const m of meetings) {
    const sentence = doc.sentences[m.sentence];
    const own = sentence ? (sideCityIn(sentence, m) ?? ownPlaceIn(sentence)) : undefined;
    if (own) m.place = own;
    // A plan put at a time to come without a day ("will visit Kazakhstan next year, where he is
    // expected to meet Y") is placed by its own sentence only: the report's city is of what was done.
    else if (m.planned && sentence && isFutureUndated(sentence.text)) m.place = undefined;
    // An earlier day of the visit the report frames ("Earlier this week, X held talks with Y") was
    // spent where the visit was, like its other meetings (see earlier-this-visit.ts).
    else if (m.earlier && !(sentence && earlierDayOfTheVisit(doc, sentence.text))) {
      // An earlier meeting keeps only what its own sentence says ("visited Ukraine where he met").
      if (sentence) m.place = countryPlaceIn(sentence);
      continue;
    }
    // Meetings one after another in a report happened where the one before did, unless told otherwise.
    else
      m.place =
        (m.planned ? previousPlanned : previous) ??
        frameCity ??
        headlineCity ??
        leadCity ??
        (m.planned ? undefined : laterPlace(body, m.sentence, doc.article.published)) ??
        (datelineOk ? dateline : undefined) ??
        (sentence ? parliamentSeatIn(doc, sentence, m.people) : undefined);
    // A city printed in capitals at the head of the report ("ASTANA. Speaker X met ...") is written as a name.
    if (m.place && CAPITALS.test(m.place)) m.place = titleCase(m.place);
    if (m.place && m.planned) previousPlanned = m.place;
    else if (m.place) previous = m.place;
    // A building the sentence names makes the place precise: "State House, Ulaanbaatar".
    const venue = sentence ? venueIn(sentence.text) : undefined;
    if (venue && m.place && !m.place.includes(venue)) m.place = `${venue}, ${m.place}`;
  }
}

// The city of a sentence among the first three of the body that frames the meetings ("The forum is
// underway in Seoul"): one that tells no meeting, and not one about a future event, an earlier one or a
// trip called off. Its city is read once, for the test and the answer.
function framingCity(doc: Doc, body: Sentence[], meetings: LocalMeeting[]): string | undefined {
  for (const s of body.slice(0, 3)) {
    if (meetings.some((m) => m.sentence === s.index)) continue;
    const city = placeIn(citiesOfTheMeeting(s), true) ?? placeWithCountryIn(s);
    if (
      city &&
      !NOT_HERE.test(upToClauseOf(s.text, city)) &&
      !NOT_FRAMING.test(s.text) &&
      !tellsTripCalledOff(s.text) &&
      !datesEarlierDay(s.text, doc.article.published)
    )
      return city;
  }
  return undefined;
}

/**
 * The sentence's words up to the end of the clause that names `city` (the next comma or semicolon after
 * it that opens no relative clause): a plan or an initiative told in a clause after the city ("..., underlining the city's revival at
 * the initiative of the President") is not about where the report is set.
 */
function upToClauseOf(text: string, city: string): string {
  const at = text.indexOf(city);
  if (at < 0) return text;
  // A relative clause on the city ("Batumi, where he is expected to meet") belongs to it.
  const end = text.slice(at + city.length).search(/[,;](?!\s*(?:where|which|who|when)\b)/);
  return end < 0 ? text : text.slice(0, at + city.length + end);
}

/**
 * A city written alone on the report's last line ("… the joint meeting of the groups.\n\nBaku"): the
 * place an embassy or a press service signs its release from, a dateline put at the end. It places
 * the meetings only as a dateline would (not for dates: a release signed off is not a same-day wire).
 */
function signedOffCity(body: Sentence[]): string | undefined {
  const last = body[body.length - 1];
  if (!last || body.length < 2 || !/^\p{Lu}[\p{L}'’ -]{2,30}\.?$/u.test(last.text.trim())) return undefined;
  const city = last.found.find((f) => f.entry.kind === "city");
  return city && city.from === 0 && city.to === last.tokens.filter((t) => /\p{L}/u.test(t.text)).length
    ? city.text
    : undefined;
}

// A sentence that dates its city before the report's week ("the talks held on his visit to X on July
// 23", reported in September) tells of an earlier trip, not of where the report is set. Days within
// the week before it are the report's own news ("the session, held in Bishkek on December 11-12",
// reported on the 14th).
function datesEarlierDay(text: string, published: string | undefined): boolean {
  return (
    !!published &&
    calendarDates(text, published).some(
      (d) => Date.parse(published) - Date.parse(d.end ?? d.start) > REPORT_WEEK_MS,
    )
  );
}
const REPORT_WEEK_MS = 7 * 86_400_000;

// "here": a sentence after the meeting's that says where the visit or the session took place.
function laterPlace(body: Sentence[], after: number, published: string | undefined): string | undefined {
  for (const s of body)
    if (
      s.index > after &&
      !/\b(?:earlier|previously|recent(?:ly)?|last (?:year|month|week)|recall\w*)\b/i.test(s.text) &&
      !datesEarlierDay(s.text, published)
    ) {
      const place = eventPlaceIn(s);
      if (place) return place;
    }
  return undefined;
}

/**
 * Whether a sentence names people by name, none of them in `participants` (local ids). Pronouns and
 * titles are left out: what they were resolved to is a guess ("his counterpart").
 */
function namesOnlyOthers(s: Sentence, participants: ReadonlySet<number>): boolean {
  const named = s.mentions.flatMap((m) =>
    m.kind === "person" && m.person !== undefined && !m.resolved ? [m.person] : [],
  );
  return named.length > 0 && named.every((id) => !participants.has(id));
}

// A verb of a visit right before a country: "visited the Republic of Korea", "is visiting Japan".
const VISITED_BEFORE =
  /\b(?:visited|visits|is visiting|are visiting|was visiting|were visiting|toured)\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Emirate) of\s+)?$/;
// Words that make the visit one recalled: "previously visited", "visited Japan in 2019".
const RECALLED_VISIT = /\b(?:previously|earlier|once|already|last year|years? ago|recall\w*)\b/i;

/**
 * The country that one of `lead` (the first sentences) says its people visited ("A delegation headed
 * by X visited the Republic of Korea on 14-17 May"), when not recalled (no other year than the
 * report's, no "previously"): the report's meetings were held there, not in its dateline's city.
 */
function countryVisitedIn(lead: Sentence[], published: string | undefined): string | undefined {
  const year = published?.slice(0, 4);
  for (const s of lead) {
    if (!/\bvisit|\btoured\b/.test(s.text) || RECALLED_VISIT.test(s.text)) continue;
    if (year && (s.text.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => y !== year)) continue;
    for (const f of s.found) {
      if (f.entry.kind !== "country" || f.entry.demonym) continue;
      const at = s.tokens[f.from]?.start ?? 0;
      if (VISITED_BEFORE.test(s.text.slice(Math.max(0, at - 50), at))) return f.entry.name;
    }
  }
  return undefined;
}
