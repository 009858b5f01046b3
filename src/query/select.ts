/**
 * Choosing the meetings a question is about: those of the people it names (all of them together),
 * then narrowed by the countries, the date and the other words it gives. Every narrowing is soft: when
 * it would leave nothing, it is dropped and the reply says that nothing matched it, instead of
 * answering with nothing or pretending that something did.
 */
import type { FactIndex } from "../facts/index.ts";
import type { Meeting } from "../facts/types.ts";
import { inCities } from "../text/city-spellings.ts";
import { tokenize } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import type { CountryGazetteer } from "./countries.ts";
import { type DateFilter, dateMatches } from "./dates.ts";
import { isOfficeWord, keepDescribed } from "./described.ts";
import { meetsOrganisation } from "./organisation.ts";
import type { QuestionParse } from "./parse.ts";
import { countryByArticle } from "./person-country.ts";

/**
 * A narrowing of the question that matched no meeting, as data: which filter and what value. Each
 * language's composer words it ("with Mongolia", "с Монголией"; "in September 2025", "в сентябре").
 */
export type Narrowing =
  /** Meetings with these countries (alpha-3 codes). */
  | { kind: "countries"; codes: string[] }
  /** Meetings held in these places, as the question wrote them. */
  | { kind: "place"; names: string[] }
  /** Meetings in the question's period. */
  | { kind: "date"; date: DateFilter }
  /** Meetings where something was signed. */
  | { kind: "agreement" }
  /** Meetings with someone of this organisation, as the question named it. */
  | { kind: "organisation"; name: string };

/** The meetings chosen, and the narrowings that had to be dropped. */
export interface Selection {
  meetings: Meeting[];
  /** Narrowings that matched no meeting. */
  unmatched: Narrowing[];
  /** No meeting was dated as asked, so these are the meetings whose date is unknown. */
  undatedOnly?: boolean;
  /** No meeting was held where asked, so these are the meetings whose place is unknown. */
  unplacedOnly?: boolean;
}

/** Newest first, held before planned (planned first when the question asks about the future). */
export function newestFirst(
  index: FactIndex,
  meetings: Meeting[],
  plannedFirst = false,
  presorted = false,
): Meeting[] {
  let sorted = meetings;
  if (!presorted) {
    // Positions are worked out once per fact base (FactIndex.recency); look each up once, sort numbers.
    const keys = meetings.map((m) => index.recency(m));
    sorted = keys
      .map((_, i) => i)
      .sort((a, b) => (keys[a] as number) - (keys[b] as number))
      .map((i) => meetings[i] as Meeting);
  }
  // Then held and planned parted, stably.
  const first = sorted.filter((m) => (m.status === "planned") === plannedFirst);
  return first.length === sorted.length
    ? first
    : [...first, ...sorted.filter((m) => (m.status === "planned") !== plannedFirst)];
}

/** Whether a question asks about what is to come ("who will X meet", "is set to visit"). */
export function asksAboutFuture(question: string): boolean {
  return (
    /\b(will|shall|going to|set to|to be|planned|plans?|upcoming|expected)\b/i.test(question) ||
    // "When is the delegation visiting Kazakhstan?": a present of movement is a plan.
    /\b(is|are)\b[^?.!]*?\b(visiting|coming|arriving|travell?ing|heading)\b/i.test(question)
  );
}

/**
 * Whether a question asks about what has happened: "where did X meet Y?", "who has X already met?".
 * `strictly` only counts words that leave no doubt ("already", "has met"): "who did X meet?" is also
 * read as a wish to see what is planned.
 */
export function asksAboutPast(question: string, strictly = false): boolean {
  if (asksAboutFuture(question)) return false;
  return strictly
    ? /\b(already|so far|has (?:\w+ )?met|have (?:\w+ )?met|had met)\b/i.test(question)
    : /\b(did|met|was|were|had|has|have|already)\b/i.test(question);
}

// Questions about one encounter's facts: asked in the past tense, they are about meetings that were held.
const ABOUT_HELD = new Set(["when", "where", "did-meet"]);

/**
 * The meetings of the question's people and countries, narrowed by its date and keywords.
 * `countries` gives country names their codes.
 */
export function selectMeetings(
  index: FactIndex,
  q: QuestionParse,
  countries: CountryGazetteer,
  options: { requireAgreements?: boolean } = {},
): Selection {
  const unmatched: Narrowing[] = [];
  let undatedOnly = false;
  // Lists from the index are newest first, and filtering keeps their order.
  let presorted = true;
  let meetings: Meeting[];
  if (q.people.length) {
    // Meetings where every person named took part (any spelling of each).
    const [first, ...rest] = q.people;
    const ids = first?.ids ?? [];
    // One person's list comes newest first from the index; several spellings' lists need merging.
    meetings =
      ids.length === 1
        ? index.meetingsOf(ids[0] as string)
        : [...new Set(ids.flatMap((id) => index.meetingsOf(id)))];
    presorted = ids.length === 1;
    for (const other of rest) {
      const ids = new Set(other.ids);
      const together = meetings.filter((m) => m.participants.some((p) => ids.has(p)));
      meetings = together;
    }
  } else if (q.countries.length) {
    meetings = index.meetingsByCountry.get(q.countries[0] as string) ?? [];
  } else {
    meetings = index.byRecency;
  }
  // The people it describes ("the Russian ambassador", "the Senate speaker") narrow them to theirs.
  if (q.people.length || q.countries.length) {
    const theirs = keepDescribed(
      index,
      countries,
      q.question,
      new Set(q.people.flatMap((p) => p.ids)),
      meetings,
    );
    if (theirs !== meetings) {
      meetings = theirs;
      presorted = false;
    }
  }

  const narrow = (keep: (m: Meeting) => boolean, narrowing: Narrowing) => {
    const kept = meetings.filter(keep);
    if (kept.length) meetings = kept;
    else if (meetings.length) unmatched.push(narrowing);
  };
  if (q.countries.length) {
    // The countries of the people named say nothing about their meetings: every one of theirs has them.
    const own = ownCountries(index, q, meetings, countries);
    const codes = q.people.length ? q.countries.filter((c) => !own.has(c)) : q.countries.slice(1);
    if (codes.length) {
      // With a person, any country named fits ("met in Ukraine before going to Uzbekistan"); without one,
      // the meetings between all of them ("what did Kazakhstan and Mongolia sign").
      // A participant is from a country only when the base says so: their recorded country, or a role or
      // body of theirs that names it ("Speaker of the House of Representatives of the United States",
      // "member of the Majilis"). One whose country is unrecorded is from no country asked about: an
      // answer "with the US" that lists an Italian is about the wrong person.
      const has = (m: Meeting, c: string) => index.meetingCountries.get(m)?.has(c) ?? false;
      const strict = (m: Meeting) =>
        q.people.length ? codes.some((c) => has(m, c)) : codes.every((c) => has(m, c));
      // A country named as the place ("met in Bahrain") is where they met, whoever they met.
      const heldThere = (m: Meeting) =>
        codes.some((c) => q.placeCountries.includes(c) && countries.placeCountry(m.place) === c);
      // Held there, with a person asked about, whoever else was there: "X met Y in London".
      const placed = q.people.length > 0;
      const before = meetings;
      narrow((m) => strict(m) || (placed && heldThere(m)), {
        kind: "countries",
        codes,
      });
      // "whom did X meet during his visit to China?": the country is where the event was, so every
      // meeting of that event (one report, one occasion or place) was there, also with someone whose
      // country the report leaves unsaid or gets wrong.
      if (q.people.length && meetings !== before && codes.some((c) => q.placeCountries.includes(c))) {
        const events = new Set(meetings.filter(isAnEvent).map(eventKey));
        const kept = new Set(meetings);
        meetings = before.filter((m) => kept.has(m) || (isAnEvent(m) && events.has(eventKey(m))));
      }
    }
  }
  // "who from the IPU did X meet?": the meetings with someone of that organisation.
  const organisation = q.sideOrganisation;
  if (organisation) {
    const asked = new Set(q.people.flatMap((p) => p.ids));
    narrow((m) => meetsOrganisation(index, m, organisation, asked), {
      kind: "organisation",
      name: organisation,
    });
  }
  // "met in China", "met in Minsk": the meetings held there. A place matched by no meeting is said, and
  // the meetings whose place is unknown (which may have been there) are the ones given, as such.
  let unplacedOnly = false;
  let cityWords = new Set<string>();
  // A country asked as the place that no meeting had at all ("met in France": no one from France, nothing
  // held there) was said once already.
  const placeUnmatched = unmatched.some(
    (n) => n.kind === "countries" && q.placeCountries.every((c) => n.codes.includes(c)),
  );
  if (q.placeCountries.length && PLACED.has(q.intent) && !placeUnmatched) {
    const placed = narrowToPlace(meetings, q, countries);
    if (placed.kind === "there") {
      meetings = placed.meetings;
      // "met in Astana": held in that city under any of its names (a report of 2020 says Nur-Sultan);
      // then the city's words no longer choose among them by spelling.
      if (q.placeCities.length)
        cityWords = new Set(q.placeCities.flatMap((c) => tokenize(c).folded.map(stem)));
    } else if (meetings.length) {
      unmatched.push({ kind: "place", names: q.placeNames });
      if (placed.kind === "unplaced") {
        meetings = placed.meetings;
        unplacedOnly = true;
      }
    }
  }
  const date = q.date;
  if (date) {
    const undated = meetings.filter((m) => !m.date && !index.articles.get(m.articleId)?.published);
    narrow(inPeriod(index, date), { kind: "date", date });
    // Nothing dated then, but some meetings have no known date: those are the ones that may fit
    // (unless the question is about something else, where a year may be part of it: "the 1994 ceasefire").
    if (unmatched.some((n) => n.kind === "date") && undated.length && q.intent !== "open") {
      meetings = undated;
      undatedOnly = true;
    }
  }
  if (options.requireAgreements) narrow((m) => m.agreements.length > 0, { kind: "agreement" });
  // A list of whom someone met keeps everyone met at the event the words chose; a "where" or "when" answer
  // keeps to the meetings the words name.
  const lists = q.intent === "who-met" || q.intent === "about";
  const about = q.keywords.filter((k) => !isOfficeWord(k) && !TAKING_PART.has(k));
  meetings = narrowByKeywords(index, meetings, about, lists, cityWords);
  // "where did X meet Y?" is about where they met, not where they are to meet: planned meetings go when a
  // held one remains (a preference, so no note when none does).
  if (asksAboutPast(q.question, !ABOUT_HELD.has(q.intent))) {
    const held = meetings.filter((m) => m.status !== "planned");
    if (held.length) meetings = held;
  }
  const sorted = newestFirst(index, meetings, asksAboutFuture(q.question), presorted);
  // No meeting in the period asked: the others are given nearest to it first (a meeting reported the
  // day after the month asked, then the rest), not simply newest first.
  const dateUnmatched = date !== undefined && !undatedOnly && unmatched.some((n) => n.kind === "date");
  return {
    meetings: dateUnmatched ? nearestFirst(index, sorted, date) : sorted,
    unmatched,
    undatedOnly,
    ...(unplacedOnly ? { unplacedOnly } : {}),
  };
}

// Stems of the words by which a question says someone took part ("which speaker attended the meeting?",
// "who participated in the talks?"): every meeting is one somebody attended, however its report words it.
const TAKING_PART = new Set(["attend", "particip"]);

// Questions whose place narrows the meetings: lists of someone's meetings, and questions about one
// encounter ("did X meet Y in Moscow?", "when did X meet Y in Baku?"). A "where" question asks the place.
const PLACED = new Set(["who-met", "about", "when", "did-meet"]);

/**
 * The meetings held in the place a question names. A city: those held there under any of its names,
 * else those with no recorded place ("unplaced": they may have been there), else none ("elsewhere"). A
 * country: those held there and those whose place is not known to be elsewhere, else none.
 */
function narrowToPlace(
  meetings: Meeting[],
  q: QuestionParse,
  countries: CountryGazetteer,
): { kind: "there" | "unplaced" | "elsewhere"; meetings: Meeting[] } {
  if (q.placeCities.length) {
    const there = heldInCities(meetings, q.placeCities);
    if (there.length) return { kind: "there", meetings: there };
    const unplaced = meetings.filter((m) => !m.place);
    return unplaced.length ? { kind: "unplaced", meetings: unplaced } : { kind: "elsewhere", meetings };
  }
  const mayBeThere = meetings.filter((m) => {
    const country = countries.placeCountry(m.place);
    return country === undefined || q.placeCountries.includes(country);
  });
  return mayBeThere.length ? { kind: "there", meetings: mayBeThere } : { kind: "elsewhere", meetings };
}

const DAY_MS = 86_400_000;

/**
 * Meetings ordered by how many days lie between them (their date, else their report's publication)
 * and a period with a start or an end; in their given order among equals, and those with neither date
 * last. A period of a month or day of any year gives no distance: the order is left as it is.
 */
export function nearestFirst(index: FactIndex, meetings: Meeting[], period: DateFilter): Meeting[] {
  if (!period.start && !period.end) return meetings;
  const from = period.start ? Date.parse(period.start) : Number.NEGATIVE_INFINITY;
  const to = period.end ? Date.parse(period.end) : Number.POSITIVE_INFINITY;
  const distance = (m: Meeting) => {
    const start = m.date?.start ?? index.articles.get(m.articleId)?.published;
    if (!start) return Number.POSITIVE_INFINITY;
    const [s, e] = [Date.parse(start), Date.parse(m.date?.end ?? start)];
    if (Number.isNaN(s) || Number.isNaN(e)) return Number.POSITIVE_INFINITY;
    return Math.round(Math.max(0, s - to, from - e) / DAY_MS);
  };
  const keys = meetings.map(distance);
  return keys
    .map((_, i) => i)
    .sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b)
    .map((i) => meetings[i] as Meeting);
}

/** Whether a meeting was held in a period, by its date or else its report's publication date. */
export function inPeriod(index: FactIndex, date: DateFilter): (m: Meeting) => boolean {
  return (m) =>
    dateMatches(date, m.date?.start, m.date?.end ?? m.date?.start) ||
    dateMatches(date, index.articles.get(m.articleId)?.published);
}

/** The meetings held in one of the cities, under any of its names ("Astana" finds "Nur-Sultan"). */
export function heldInCities(meetings: Meeting[], cities: string[]): Meeting[] {
  const there = inCities(cities);
  return meetings.filter((m) => m.place !== undefined && there(m.place));
}

/**
 * The countries the question's people hold in their meetings (their country in each meeting's article,
 * {@link countryByArticle}). Only entries that took part count: a stray entry of the same name with no
 * meeting and another country ("Kim Jin-pyo, United States") must not make that country theirs and so
 * silence the question's "with the United States".
 */
function ownCountries(
  index: FactIndex,
  q: QuestionParse,
  meetings: Meeting[],
  countries: CountryGazetteer,
): Set<string> {
  const own = new Set<string>();
  for (const id of q.people.flatMap((p) => p.ids)) {
    const person = index.people.get(id);
    if (!person) continue;
    const countryIn = countryByArticle(person, countries);
    for (const m of meetings) {
      if (!m.participants.includes(id)) continue;
      const code = countryIn(m.articleId);
      if (code) own.add(code);
    }
  }
  return own;
}

/**
 * Keeps the meetings whose own words (place, occasion, evidence, agreements, topics) and article best
 * match the question's other words ("at the 137th IPU Assembly", "in Tashkent"); all of them when none
 * matches any. With `sameEvent`, also the meetings reported at the same event as a chosen one.
 * `heldByAll`: keywords every meeting is known to have, whatever its words (the city they were all held
 * in, which a report may spell another way: "Nur-Sultan" for "astana").
 */
export function narrowByKeywords(
  index: FactIndex,
  meetings: Meeting[],
  keywords: string[],
  sameEvent = false,
  heldByAll: ReadonlySet<string> = new Set(),
): Meeting[] {
  if (meetings.length < 2 || keywords.length === 0) return meetings;
  // Look-ups only: the article's words through the inverted index, the meeting's own words as text.
  const known = keywords.map((k) => ({ k, w: index.weight(k), articles: index.articlesWith(k) }));
  const scores = meetings.map((m) => {
    let score = 0;
    for (const { k, w, articles } of known) {
      if (heldByAll.has(k)) score += 2 * w;
      // The meeting's own words come from its article: only an article with the word needs a closer look.
      else if (articles.has(m.articleId)) score += index.meetingKeywords(m).has(k) ? 2 * w : w;
    }
    return score;
  });
  const best = Math.max(...scores);
  if (best <= 0) return meetings;
  const chosen = (i: number) => (scores[i] as number) >= 0.6 * best;
  const kept = meetings.filter((_, i) => chosen(i));
  if (!sameEvent) return kept;
  // The words chose an event: the meetings its article reports at the same event (place and occasion)
  // are answers too, though one sentence ("held bilateral meetings") named only some of them.
  const events = new Set(kept.map(eventKey));
  return meetings.filter((m, i) => chosen(i) || events.has(eventKey(m)));
}

// One event of one article: where and at what it was.
const eventKey = (m: Meeting) => `${m.articleId}\n${m.place ?? ""}\n${m.occasion ?? ""}`;
// A meeting whose record tells its event (a place or an occasion), not merely its report.
const isAnEvent = (m: Meeting) => m.place !== undefined || m.occasion !== undefined;
