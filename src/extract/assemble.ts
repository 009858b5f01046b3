/**
 * Refiners that turn the meetings proposed sentence by sentence into the meetings of an article:
 * duplicates merged, attendees added, and each meeting given its date (with its basis), place,
 * occasion, documents signed and topics.
 */
import type { MeetingDate } from "../facts/types.ts";
import { hostOfToldMeeting } from "./attended-reported-meeting.ts";
import { tellsPastPlan, tellsTripCalledOff } from "./called-off.ts";
import { dayOfMeetingClauseOrOthers } from "./clause-dates.ts";
import {
  anchoredDates,
  inFutureClause,
  inPastClause,
  isOpeningStamp,
  shiftDay,
  statedDates,
  yearAnchor,
} from "./dates.ts";
import { ROSTER_FINDER, rosterOfMeeting } from "./delegation-roster.ts";
import { isEarlierReport, tellsOfDatedEarlierMeeting } from "./details.ts";
import type { Doc } from "./document.ts";
import { earlierDayOfTheVisit, frameOccasion, toldEarlierInTheSpan } from "./earlier-this-visit.ts";
import { wholeOccasionIn } from "./event-whole-name.ts";
import { meetingsOfTheVisit, speaksOfTheMeetings } from "./every-meeting.ts";
import { filingDay, fillDates, spanDate, toldAsOneMore } from "./meeting-dates.ts";
import { fillAgreementsAndTopics } from "./meeting-details.ts";
import { fillPlaces } from "./meeting-places.ts";
import { type Proposal, skeleton } from "./meetings.ts";
import { meetingsToldAgain } from "./meetings-told-again.ts";
import { onlyOne } from "./only-one.ts";
import { cachedPattern } from "./pattern-cache.ts";
import { dropRecalled, recallsAnEncounter, speaksOfRecalled, tellsOfEarlierEncounter } from "./recalled.ts";
import { fillRoleSides, mayHoldOffice, mayStandFor } from "./role-sides.ts";

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
  /** The finders whose proposals made this meeting, in order (for debugging and per-rule scoring). */
  finders: string[];
}

/** The identity of a meeting inside its article: its people, and for a one-person meeting its other side. */
const keyOf = (p: { people: number[]; parties: { description: string }[] }) =>
  [...p.people].sort((a, b) => a - b).join(",") +
  (p.people.length === 1 ? `|${p.parties.map((x) => x.description).join("|")}` : "");

// An attendance sentence that speaks of one meeting ("took part in the meeting").
const THE_MEETING = /\bthe (?:meeting|talks)\b(?! (?:with|of)\b)/i;

// How far before the report a meeting told again may have been held and still be the one reported:
// a report is written during a visit or soon after it.
const RECENT_DAYS = 30;

/** Whether `start` lies more than a month before the report's day `day` (when it is known). */
function longBefore(start: string, day: string | undefined): boolean {
  return !!day && start < shiftDay(day, -RECENT_DAYS);
}

/** Builds the meetings of an article from the proposals of its sentences. */
export function assembleMeetings(doc: Doc, proposals: Proposal[]): LocalMeeting[] {
  // Relative dates count from the day the report was filed (its dateline's day, else its publication).
  const published = filingDay(doc.article);
  const meetings: LocalMeeting[] = [];
  let anchorRead: { year: string | undefined } | undefined;
  const anchor = () => {
    anchorRead ??= { year: yearAnchor(doc.sentences.map((s) => s.text)) };
    return anchorRead.year;
  };
  const ownDate = (sentence: number, planned: boolean, people: readonly number[]) => {
    const text = doc.sentences[sentence]?.text ?? "";
    // A held meeting's sentence may also date something to come ("... announced that a delegation
    // will be visiting from 24-25 August"): that date is not the meeting's.
    // An article without a publication date reads a yearless date in the year of the latest full
    // date it states ("X and Y, December 18, 2017." under the photo; "On December 18, X met Y").
    // A page whose dateline is much older than it has no day of filing (see filingDay), but its year:
    // its calendar dates are read, not its weekdays or "today".
    const year = published ? undefined : (doc.article.published ?? anchor());
    const read = year ? anchoredDates(text, year) : statedDates(text, published, planned);
    // A plan takes no "yesterday", nor a "today" told of an arrival or a saying beside it ("X arrived
    // today and will meet Y"), but its own "today" ("X will meet Y later today") and its "tomorrow".
    const days = read.filter(
      (d) =>
        !(
          planned &&
          (d.relative === "yesterday" ||
            d.relative === "days ago" ||
            (d.relative === "today" && inPastClause(text, d.index)))
        ) &&
        (planned || !inFutureClause(text, d.index)),
    );
    // A page's date stamp glued to the head of the sentence ("March 6, 2024 Delegation visits ...: X
    // receives Y on 5 March 2024") dates the page: the date the sentence gives later, if any, is the meeting's.
    // "X said on Tuesday, after meeting Y in 2019, ...": the weekday dates the saying, not the meeting.
    const earlier = tellsOfDatedEarlierMeeting(text);
    const kept = days.filter((d) => !isOpeningStamp(text, d) && !(earlier && (d.weekday || d.relative)));
    // "X met Y on 15 August and Z the following day": each meeting the day of its own clause.
    const s = doc.sentences[sentence];
    return s ? dayOfMeetingClauseOrOthers(s, people, kept) : kept[0];
  };
  // The meeting a sentence told last, also when it told again one told before ("X and Y met on
  // Monday. [...] In the evening, X hosted a dinner for Y. Attending the dinner were A and B").
  let retold: { meeting: LocalMeeting; sentence: number } | undefined;
  for (const proposal of [...proposals].sort((a, b) => a.sentence - b.sentence)) {
    const p = { ...proposal, people: [...new Set(proposal.people)] };
    if (p.addsTo === "previous") {
      // "The meeting was attended by ..." is the meeting the article reports, not one that a speaker
      // recalled in between ("X recalled that A held talks with B last year").
      const told = [...meetings].reverse().filter((m) => !speaksOfRecalled(m.evidence));
      // "X also had meetings with A and B. C and D took part in the meeting": "the meeting" is not one
      // of several that one sentence listed, but the last meeting a sentence told alone.
      const alone = (m: LocalMeeting) => meetings.filter((n) => n.sentence === m.sentence).length === 1;
      const singular = THE_MEETING.test(doc.sentences[p.sentence]?.text ?? "");
      const latest =
        retold && told.includes(retold.meeting) && retold.sentence > (told[0]?.sentence ?? -1)
          ? retold.meeting
          : told[0];
      const last =
        (singular && latest && !alone(latest) ? told.find(alone) : undefined) ?? latest ?? meetings.at(-1);
      // "The meetings were attended by C": C joins each meeting of the visit (see every-meeting.ts).
      const plural = !singular && speaksOfTheMeetings(doc.sentences[p.sentence]?.text ?? "");
      // A roster of the delegation told after several meetings, apart from them, joins none; told
      // before any meeting, it is who travels, no meeting of theirs.
      const roster = p.finder === ROSTER_FINDER;
      if (roster && !last) continue;
      if (
        roster &&
        last &&
        !rosterOfMeeting(
          doc,
          p.sentence,
          last.sentence,
          meetings.map((m) => m.sentence),
        )
      )
        continue;
      if (last) {
        for (const id of p.people) {
          const visit = plural ? meetingsOfTheVisit(doc, told, id) : [];
          for (const m of visit.length ? visit : [last]) if (!m.people.includes(id)) m.people.push(id);
        }
        for (const party of p.parties)
          if (!last.parties.some((x) => x.description === party.description)) last.parties.push(party);
        last.finders.push(p.finder);
      }
      // "The event was attended by A, B and C" with no meeting before it: they met one another,
      // unless all are officials of one country (a national reception or sitting is no encounter).
      const countries = p.people.map((id) => doc.people[id]?.country);
      const oneCountry = !!countries[0] && countries.every((c) => c === countries[0]);
      // "C and D attended the meeting" after a reception whose guests have no name: they join its host.
      const host = last || !singular ? undefined : hostOfToldMeeting(doc, p.sentence, p.people);
      if (host !== undefined) p.people.unshift(host);
      else if (last || p.people.length < 2 || oneCountry) continue;
    }
    const date = ownDate(p.sentence, p.planned, p.people);
    // A side that only repeats the country of a person already in a meeting ("the Kyrgyz delegation"
    // led by the Kyrgyz Speaker) is that meeting again.
    // Only where one meeting fits: with several people of that country met apart ("will meet the
    // Speaker, the Prime Minister and the Foreign Minister"), the side is none of theirs in particular
    // ("will also discuss investments with representatives of its companies").
    const partyOfKnown =
      p.people.length === 1 &&
      p.parties.length > 0 &&
      onlyOne(
        meetings.filter(
          (m) =>
            m.people.includes(p.people[0] as number) &&
            m.people.length > 1 &&
            // "X was welcomed by Y. X will also meet officials of Y's country": a plan is others to meet.
            m.planned === p.planned &&
            m.sentence !== p.sentence && // one sentence listing both as objects means two meetings
            !namedApart(doc, p.sentence, p.people, m) && // so does one naming that person beside the side
            // The side repeats someone only where it could be them: "the Deputy Foreign Minister of
            // Norland" told after a meeting with Norland's Foreign Minister is another official of that
            // country, met apart, not the Minister again (see mayStandFor).
            p.parties.every((x) =>
              m.people.some(
                (id) => doc.people[id]?.country === x.country && mayStandFor(doc.people[id], x.description),
              ),
            ),
        ),
      );
    // "At meetings with Ostrian and Veldanian colleagues, X stressed": those told one by one before.
    const toldAgain = partyOfKnown ? undefined : meetingsToldAgain(doc, meetings, p);
    if (toldAgain) {
      for (const m of toldAgain) m.finders.push(p.finder);
      continue;
    }
    if (partyOfKnown) {
      for (const party of p.parties)
        if (!partyOfKnown.parties.some((x) => x.description === party.description))
          partyOfKnown.parties.push(party);
      partyOfKnown.finders.push(p.finder);
      continue;
    }
    const same =
      meetings.find((m) => m.key === keyOf(p) && m.planned === p.planned) ?? sameSideAgain(doc, meetings, p);
    // "X met Y on Thursday. Earlier in the week, X and Y held talks": a meeting told on an earlier day
    // of the report's week is another encounter than the report's own of that day (undated, or dated
    // the day of filing), not that meeting told again.
    const earlierDay =
      !!same &&
      toldEarlierInTheSpan(doc.sentences[p.sentence]?.text ?? "") &&
      !same.earlier &&
      (!same.date || same.date.start === published);
    if (same && !earlierDay && !(date && same.date && same.date.start !== date.start && !date.relative)) {
      for (const party of p.parties)
        if (!same.parties.some((x) => x.description === party.description || x.country === party.country))
          same.parties.push(party);
      same.finders.push(p.finder);
      retold = { meeting: same, sentence: p.sentence };
      // A day long before the report, told again of the same people, is an earlier encounter of theirs
      // ("X received Y. [...] X met with Y in Paris on 5 March 2019, when both were deputies"), and so
      // is any day of a sentence that tells their first or a past encounter ("X and Y first met at a
      // conference on 10 May"), or one more ("X and Y also met on 2 May in Ostria").
      const told = doc.sentences[p.sentence];
      if (
        !same.date &&
        date &&
        !longBefore(date.start, published) &&
        !tellsOfEarlierEncounter(told?.text ?? "", published, doc.sentences[p.sentence + 1]?.text) &&
        !toldAsOneMore(told?.text ?? "")
      )
        same.date = spanDate(date, "the meeting's sentence");
      continue;
    }
    const text = doc.sentences[p.sentence]?.text ?? "";
    meetings.push({
      people: [...p.people],
      parties: [...p.parties],
      planned: p.planned,
      sentence: p.sentence,
      evidence: text,
      date: date ? spanDate(date, "the meeting's sentence") : undefined,
      agreements: [],
      topics: [],
      earlier: isEarlierReport(text),
      key: keyOf(p),
      finders: [p.finder],
    });
  }
  dropRecalled(doc, meetings, published);
  dropPlansOfTripsCalledOff(doc, meetings);
  dropOwnCounterparts(doc, meetings);
  dropUmbrellas(doc, meetings);
  fillRoleSides(doc, meetings);
  dropRetoldHeadlines(doc, meetings);
  fillPlaces(doc, meetings);
  fillOccasions(doc, meetings);
  fillDates(doc, meetings);
  fillAgreementsAndTopics(doc, meetings);
  return meetings;
}

/**
 * Drops the meetings an article tells as plans of a trip it says was called off ("The visit to Ostria
 * has been postponed. The delegation would have held talks with Y.").
 */
function dropPlansOfTripsCalledOff(doc: Doc, meetings: LocalMeeting[]): void {
  // Asked once per article: most articles call off nothing.
  if (!doc.sentences.some((s) => tellsTripCalledOff(s.text))) return;
  for (let i = meetings.length - 1; i >= 0; i--) {
    const m = meetings[i];
    if (m && tellsPastPlan(doc.sentences[m.sentence]?.text ?? "")) meetings.splice(i, 1);
  }
}

/**
 * Whether sentence `at`, which reports a meeting of `people` with an unnamed side, also names as a
 * person of its own someone of the meeting `m` besides them ("held talks with Y, and also met with
 * leaders of the factions"): the side is then others than Y, and its meeting another one.
 */
function namedApart(doc: Doc, at: number, people: number[], m: LocalMeeting): boolean {
  const s = doc.sentences[at];
  if (!s) return false;
  const sk = skeleton(s);
  // The side's own head ("a delegation ... led by Y") is that side, not someone apart from it.
  const named = new Set(
    s.mentions
      .filter((x, n) => x.kind === "person" && !x.resolved && !LEADS(n).test(sk))
      .map((x) => x.person),
  );
  return m.people.some((id) => !people.includes(id) && named.has(id));
}
// Mention n as the one who leads a side: "led by Committee Chairperson @m2", "headed by its @m1".
const LEADS = cachedPattern(
  (n: number) => new RegExp(String.raw`\b(?:led|headed|chaired) by (?:[^@\s]+ ){0,4}?@m${n}(?!\d)`),
);

/**
 * A person's meeting with an unnamed side that a title or an earlier sentence already reported with
 * other words ("Speaker meets members of the Chilean delegation", then "received a delegation of the
 * Senate of Chile"): one person, sides of the same countries, in another sentence, is that meeting
 * again. In one sentence, two such sides are two meetings ("met the Chilean deputies and the Chilean
 * ministers"). In the body, only a sentence that names the meeting with "the" points back at it
 * ("Meetings with the delegations of A and B took place. During the meeting with the A delegation,
 * ..."); "held a meeting with the A senators" may be one more.
 */
function sameSideAgain(doc: Doc, meetings: LocalMeeting[], p: Proposal): LocalMeeting | undefined {
  if (p.people.length !== 1 || !p.parties.length) return undefined;
  const countries = (parties: { country: string }[]) =>
    [...new Set(parties.map((x) => x.country))].sort().join("|");
  const headline = (n: number) => !!doc.sentences[n]?.headline;
  const pointsBack = TOLD_AGAIN.test(doc.sentences[p.sentence]?.text ?? "");
  return meetings.find(
    (m) =>
      m.people.length === 1 &&
      m.people[0] === p.people[0] &&
      m.planned === p.planned &&
      m.sentence !== p.sentence &&
      (headline(m.sentence) || headline(p.sentence) || pointsBack) &&
      countries(m.parties) === countries(p.parties),
  );
}
// A meeting named with "the" after a preposition of circumstance: one the report has told of.
const TOLD_AGAIN = /\b(?:during|at|in|after|following) the (?:meeting|talks|negotiations) with\b/i;

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
          // One sentence listing a side and a person of its country as objects reports two meetings;
          // a meeting the article pass implied merely points at the title that names the side.
          (n.sentence !== m.sentence || isImplied(n)) &&
          // A summary comes first: in the body, a side told after the meeting with the named person
          // ("will meet Speaker Y. X will also discuss investments with representatives of Y's country's
          // companies") is others met besides them.
          (n.sentence > m.sentence || !!doc.sentences[m.sentence]?.headline || isImplied(n)) &&
          // "held talks with Y, and also met with leaders of the factions": a side whose own sentence
          // names that person apart is others than them.
          !namedApart(doc, m.sentence, m.people, n) &&
          // An encounter a speaker recalls ("recalled his meeting with Y in 2019") is not one of those
          // the report tells.
          !recallsAnEncounter(doc.sentences[n.sentence]?.text ?? n.evidence) &&
          n.planned === m.planned &&
          n.people.includes(m.people[0] as number) &&
          n.people.some(
            (id) =>
              id !== m.people[0] &&
              countryOf(id) === party.country &&
              mayHoldOffice(doc.people[id], party.description),
          ),
      ),
    );
  const umbrellas = meetings.filter(covered);
  for (const u of umbrellas) meetings.splice(meetings.indexOf(u), 1);
}

/**
 * "Speaker meets Latvian counterpart" read with the Latvian Speaker as the title's subject: no one's
 * counterpart is of their own country, so one person's meeting with a counterpart of that country is a
 * misreading, not an encounter.
 */
function dropOwnCounterparts(doc: Doc, meetings: LocalMeeting[]): void {
  const own = (m: LocalMeeting) =>
    m.people.length === 1 &&
    m.parties.length > 0 &&
    m.parties.every(
      (x) =>
        /\bcounterparts?\b/i.test(x.description) && x.country === doc.people[m.people[0] as number]?.country,
    );
  for (const m of meetings.filter(own)) meetings.splice(meetings.indexOf(m), 1);
}

/**
 * "Speaker holds talks with Saudi Shura chairman", then "Speaker X held talks with Chairman Y and his
 * delegation. The meeting was attended by A and B": the headline's two are the body's meeting, which
 * has more people at its table; the headline is that meeting told short, not one more.
 */
function dropRetoldHeadlines(doc: Doc, meetings: LocalMeeting[]): void {
  const retold = meetings.filter(
    (m) =>
      doc.sentences[m.sentence]?.headline &&
      m.people.length >= 2 &&
      meetings.some(
        (n) =>
          n !== m &&
          !doc.sentences[n.sentence]?.headline &&
          n.planned === m.planned &&
          n.people.length > m.people.length &&
          m.people.every((id) => n.people.includes(id)),
      ),
  );
  for (const m of retold) meetings.splice(meetings.indexOf(m), 1);
}

/** Whether the article-level pass, not a sentence, proposed a meeting. */
const isImplied = (m: LocalMeeting) => /^implied-/.test(m.finders[0] ?? "");

function fillOccasions(doc: Doc, meetings: LocalMeeting[]): void {
  const frame = frameOccasion(doc);
  for (const m of meetings) {
    const text = doc.sentences[m.sentence]?.text ?? "";
    // An earlier meeting has no share in the report's occasion, unless it is an earlier day of the
    // visit the report frames ("Earlier this week, X held talks with Y", see earlier-this-visit.ts).
    const ofTheFrame = !m.earlier || earlierDayOfTheVisit(doc, text);
    // A sentence that names its event by a bare noun the article never names whole ("On the
    // sidelines of the Conference") has no occasion to give, and the frame is not that event.
    const own = wholeOccasionIn(doc, text);
    m.occasion = own === undefined ? (ofTheFrame ? frame : undefined) : (own ?? undefined);
  }
}
