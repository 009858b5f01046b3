/**
 * Refiners that turn the meetings proposed sentence by sentence into the meetings of an article:
 * duplicates merged, attendees added, and each meeting given its date (with its basis), place,
 * occasion, documents signed and topics.
 */
import type { MeetingDate } from "../facts/types.ts";
import { statedDates } from "./dates.ts";
import {
  agreementsIn,
  citiesIn,
  countryPlaceIn,
  isEarlierReport,
  occasionIn,
  placeIn,
  topicIn,
  venueIn,
  visitAbroad,
} from "./details.ts";
import type { Doc } from "./document.ts";
import { countryOf } from "./gazetteer.ts";
import type { Proposal } from "./meetings.ts";

/** A meeting of one article, its sides still local person ids. */
export interface LocalMeeting {
  people: number[];
  parties: { country: string; description: string }[];
  planned: boolean;
  sentence: number;
  evidence: string;
  date?: MeetingDate;
  place?: string;
  occasion?: string;
  agreements: string[];
  topics: string[];
  /** The sentence reports something that happened before the news ("Earlier, ..."). */
  earlier: boolean;
  /** The sides as first proposed, before attendees were added. */
  key: string;
}

/** The identity of a meeting inside its article: its people, and for a one-person meeting its other side. */
const keyOf = (p: { people: number[]; parties: { description: string }[] }) =>
  [...p.people].sort((a, b) => a - b).join(",") +
  (p.people.length === 1 ? `|${p.parties.map((x) => x.description).join("|")}` : "");

// "X recalled his recent talks with Y": a meeting remembered happened before the news.
const RECALLED = /\b(recalled|recalling|recent talks|recent meeting)\b/i;

/** Builds the meetings of an article from the proposals of its sentences. */
export function assembleMeetings(doc: Doc, proposals: Proposal[]): LocalMeeting[] {
  const published = doc.article.published;
  const meetings: LocalMeeting[] = [];
  const ownDate = (sentence: number, planned: boolean) => {
    const text = doc.sentences[sentence]?.text ?? "";
    const days = statedDates(text, published, planned).filter((d) => !(planned && d.relative));
    return days[0];
  };
  for (const proposal of [...proposals].sort((a, b) => a.sentence - b.sentence)) {
    const p = { ...proposal, people: [...new Set(proposal.people)] };
    if (p.addsTo === "previous") {
      const last = meetings.at(-1);
      if (last) for (const id of p.people) if (!last.people.includes(id)) last.people.push(id);
      // "The event was attended by A, B and C" with no meeting before it: they met one another.
      if (last || p.people.length < 2) continue;
    }
    const date = ownDate(p.sentence, p.planned);
    // A side that only repeats the country of a person already in a meeting ("the Kyrgyz delegation"
    // led by the Kyrgyz Speaker) is that meeting again.
    const partyOfKnown =
      p.people.length === 1 &&
      p.parties.length > 0 &&
      meetings.find(
        (m) =>
          m.people.includes(p.people[0] as number) &&
          m.people.length > 1 &&
          m.sentence !== p.sentence && // one sentence listing both as objects means two meetings
          p.parties.every((x) => m.people.some((id) => doc.people[id]?.country === x.country)),
      );
    if (partyOfKnown) {
      for (const party of p.parties)
        if (!partyOfKnown.parties.some((x) => x.description === party.description))
          partyOfKnown.parties.push(party);
      continue;
    }
    const same = meetings.find((m) => m.key === keyOf(p) && m.planned === p.planned);
    if (same && !(date && same.date && same.date.start !== date.start && !date.relative)) {
      for (const party of p.parties)
        if (!same.parties.some((x) => x.description === party.description)) same.parties.push(party);
      if (!same.date && date)
        same.date = {
          start: date.start,
          ...(date.end ? { end: date.end } : {}),
          basis: date.relative === "today" ? "today" : "stated",
        };
      continue;
    }
    const text = doc.sentences[p.sentence]?.text ?? "";
    meetings.push({
      people: [...p.people],
      parties: [...p.parties],
      planned: p.planned,
      sentence: p.sentence,
      evidence: text,
      date: date
        ? {
            start: date.start,
            ...(date.end ? { end: date.end } : {}),
            basis: date.relative === "today" ? "today" : "stated",
          }
        : undefined,
      agreements: [],
      topics: [],
      earlier: isEarlierReport(text) || RECALLED.test(text),
      key: keyOf(p),
    });
  }
  dropUmbrellas(doc, meetings);
  fillPlaces(doc, meetings);
  fillOccasions(doc, meetings);
  fillDates(doc, meetings);
  fillAgreementsAndTopics(doc, meetings);
  return meetings;
}

/**
 * "Held talks with Italian colleagues" (a headline, a summary) and then "met the President of the
 * Italian Senate X": a side named only by its country is the named person the article reports
 * meeting from that country, not one more meeting.
 */
function dropUmbrellas(doc: Doc, meetings: LocalMeeting[]): void {
  const countryOf = (id: number) => doc.people[id]?.country;
  const covered = (m: LocalMeeting) =>
    m.people.length === 1 &&
    m.parties.length > 0 &&
    m.parties.every((party) =>
      meetings.some(
        (n) =>
          n !== m &&
          n.sentence !== m.sentence &&
          n.planned === m.planned &&
          n.people.includes(m.people[0] as number) &&
          n.people.some((id) => id !== m.people[0] && countryOf(id) === party.country),
      ),
    );
  const umbrellas = meetings.filter(covered);
  for (const u of umbrellas) meetings.splice(meetings.indexOf(u), 1);
}

const EVENT = /sidelines|conference|assembly|summit|forum|session|congress/i;

function fillDates(doc: Doc, meetings: LocalMeeting[]): void {
  const published = doc.article.published;
  const body = doc.sentences.filter((s) => !s.headline);
  // A visit's span ("during his visit from Jan. 23 to 27", "will visit Kazakhstan on June 27-28").
  let visit: MeetingDate | undefined;
  for (const s of body) {
    if (!/\b(visit|trip|tour|stay)\b/i.test(s.text)) continue;
    const range = statedDates(s.text, published, /\b(will|set to|plans?|going to)\b/.test(s.text)).find(
      (d) => d.end,
    );
    if (range) {
      visit = { start: range.start, end: range.end, basis: "stated" };
      break;
    }
  }
  // The lead's own date, when the lead frames the meetings that follow ("met yesterday with foreign parliamentarians").
  const lead = body[0];
  const leadDate =
    // An arrival's date is not the date of the talks that follow it.
    lead && !meetings.some((m) => m.sentence === lead.index) && !/arriv/i.test(lead.text)
      ? statedDates(lead.text, published)[0]
      : undefined;
  const abroad = visitAbroad(doc);
  const datelineCountry = doc.article.datelineCity ? countryOf(doc.article.datelineCity) : undefined;
  const heldCount = meetings.filter((m) => !m.planned).length;
  const stale = meetings.some((m) => m.date?.basis === "stated" && published && m.date.start !== published);
  const todayInArticle = body.some((s) => /\btoday\b/i.test(s.text) && !/\barriv/i.test(s.text));
  // A report from a forum (any sentence names one) is not a report of the day each talk was held.
  const eventArticle = doc.sentences.some((s) => EVENT.test(s.text) && EVENT.test(occasionIn(s.text) ?? ""));
  let previous: MeetingDate | undefined;
  for (const m of meetings) {
    const text = doc.sentences[m.sentence]?.text ?? "";
    if (!m.date && /\b(on|that) (the )?same day\b/i.test(text) && previous) m.date = { ...previous };
    // A held meeting reported on a day of the visit it belongs to happened that day, not over the visit.
    const reportedDuringVisit =
      !m.planned && visit && published && published >= visit.start && published <= (visit.end ?? visit.start);
    if (!m.date && visit && !reportedDuringVisit) m.date = { ...visit };
    if (!m.date && leadDate && !m.earlier) {
      m.date = {
        start: leadDate.start,
        ...(leadDate.end ? { end: leadDate.end } : {}),
        basis: leadDate.relative === "today" ? "today" : "stated",
      };
    }
    if (!m.date && !m.planned && !m.earlier && published) {
      // A meeting at a forum happened on one of its days, not necessarily the day of the report.
      const atEvent = eventArticle || EVENT.test(`${occasionIn(text) ?? ""} ${m.occasion ?? ""}`);
      const away = abroad && abroad !== datelineCountry;
      const placeElsewhere = m.place && doc.article.datelineCity && m.place !== doc.article.datelineCity;
      if (heldCount === 1 && todayInArticle) m.date = { start: published, basis: "today" };
      else if (!stale && !away && !(atEvent && (!doc.article.datelineCity || placeElsewhere)))
        m.date = { start: published, basis: "publication" };
    }
    if (m.date) previous = m.date;
  }
}

function fillPlaces(doc: Doc, meetings: LocalMeeting[]): void {
  const headlineCity = doc.sentences.filter((s) => s.headline).flatMap(citiesIn)[0];
  const body = doc.sentences.filter((s) => !s.headline);
  // A sentence that frames the meetings ("The forum is underway in Seoul"), not one about a future event.
  const framing = body
    .slice(0, 3)
    .find(
      (s) =>
        !meetings.some((m) => m.sentence === s.index) &&
        placeIn(s, true) &&
        !/\b(will|to hold|plans?|set to|initiative|invit\w*|to visit)\b/i.test(s.text),
    );
  const frameCity = framing ? placeIn(framing, true) : undefined;
  const leadCity = body[0] ? placeIn(body[0]) : undefined;
  const abroad = visitAbroad(doc);
  const dateline = doc.article.datelineCity;
  const datelineOk = dateline && (!abroad || countryOf(dateline) === abroad || abroad === dateline);
  let previous: string | undefined;
  for (const m of meetings) {
    const sentence = doc.sentences[m.sentence];
    const own = sentence ? placeIn(sentence) : undefined;
    if (own) m.place = own;
    else if (m.earlier) {
      // An earlier meeting keeps only what its own sentence says ("visited Ukraine where he met").
      if (sentence) m.place = countryPlaceIn(sentence);
      continue;
    }
    // Meetings one after another in a report happened where the one before did, unless told otherwise.
    else m.place = previous ?? frameCity ?? headlineCity ?? leadCity ?? (datelineOk ? dateline : undefined);
    if (m.place) previous = m.place;
    // A building the sentence names makes the place precise: "State House, Ulaanbaatar".
    const venue = sentence ? venueIn(sentence.text) : undefined;
    if (venue && m.place && !m.place.includes(venue)) m.place = `${venue}, ${m.place}`;
  }
}

function fillOccasions(doc: Doc, meetings: LocalMeeting[]): void {
  const body = doc.sentences.filter((s) => !s.headline);
  const frame = [...body.slice(0, 3), ...doc.sentences.filter((s) => s.headline)]
    .map((s) => occasionIn(s.text))
    .find(Boolean);
  for (const m of meetings)
    m.occasion = occasionIn(doc.sentences[m.sentence]?.text ?? "") ?? (m.earlier ? undefined : frame);
}

function fillAgreementsAndTopics(doc: Doc, meetings: LocalMeeting[]): void {
  if (!meetings.length) return;
  const ordered = [...meetings].sort((a, b) => a.sentence - b.sentence);
  const owner = (sentence: number) =>
    ordered.find((m) => m.sentence === sentence) ??
    [...ordered].reverse().find((m) => m.sentence < sentence) ??
    ordered[0];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    const target = owner(s.index);
    if (!target) continue;
    for (const a of agreementsIn(s.text)) {
      const dup = target.agreements.findIndex(
        (x) => x.toLowerCase().includes(a.toLowerCase()) || a.toLowerCase().includes(x.toLowerCase()),
      );
      if (dup < 0) target.agreements.push(a);
      else if (a.length < (target.agreements[dup] as string).length) target.agreements[dup] = a; // the shorter reads better
    }
    const topic = topicIn(s.text);
    if (topic && target.topics.length < 5 && !target.topics.includes(topic)) target.topics.push(topic);
  }
}
