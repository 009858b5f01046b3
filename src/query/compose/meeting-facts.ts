/**
 * The lines of "when" and "where" answers: one per meeting of the people asked about, each saying
 * what was asked first, then the sentence that answers the rest.
 */
import type { Meeting } from "../../facts/types.ts";
import { fold } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { isCalendarDay } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import type { Quote } from "../quotes.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import { type ComposeContext, personName, sides, subjectName, unmatchedNotice } from "./context.ts";
import { notFound } from "./not-found.ts";
import { addQuotes, quoteFor, surnameOf } from "./quoting.ts";

// Words with which articles report a meeting (meeting words are not keywords of the index, so they are
// looked for in the sentence itself): a sentence naming both sides with one of them may say when or
// where they met although no meeting of theirs is recorded.
const MEETING_WORD = /^(meet|met|talks?|receiv|visit|held|hold|host)/;

/**
 * One line per selected meeting written by `facts`, the best quote, or "I don't know". Two people with
 * no recorded meeting: that is said, with at most one sentence that names them both. `answersADay`:
 * the lines answer with the meetings' days, so when each has a calendar day its report states and no
 * sentence is quoted, the sources are cited without the days their reports came out (which would read
 * as second answers; a day read from "on Thursday" or "today" needs its report's day, shown).
 */
export function meetingFacts(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  facts: (m: Meeting) => string,
  answersADay = false,
): Reply {
  const reply = new Reply();
  const told = new Set<Meeting>();
  const subject = q.people.length === 1 ? new Set(q.people[0]?.ids) : undefined;
  for (const m of selection.meetings) {
    if (told.has(m)) continue;
    const reports = sameEncounter(ctx, m);
    for (const other of reports) told.add(other);
    const articles = [...new Set([m, ...reports].map((r) => r.articleId))];
    const saidOfIt = facts(m);
    // One person's talks that one report tells alike (the same day and place), one after another, are
    // one line: "X and A, B and C met in Vienna on 7 December 2017", not a line for each.
    const alike = subject
      ? selection.meetings.filter(
          (o) =>
            o !== m &&
            !told.has(o) &&
            o.articleId === m.articleId &&
            o.participants.some((id) => subject.has(id)) &&
            m.participants.some((id) => subject.has(id)) &&
            facts(o) === saidOfIt,
        )
      : [];
    for (const o of alike) told.add(o);
    const names = alike.length
      ? withTheirCounterparts(ctx, [m, ...alike], subject as Set<string>)
      : sides(ctx, m);
    reply.add(articles, { bold: names }, ` ${saidOfIt}`);
  }
  const quotes = quoteFor(ctx, q, selection, 0.5);
  const details = quotes.length ? quotes : detailOfRecord(ctx, q, selection.meetings[0]);
  addQuotes(reply, details);
  if (!reply.lines.length) return sentenceNamingBoth(ctx, q) ?? noMeetingOfBoth(ctx, q) ?? notFound(ctx, q);
  if (answersADay && !details.length && selection.meetings.every(statesItsDay)) reply.citeWithoutDates();
  unmatchedNotice(reply, ctx, q, selection);
  return reply;
}

// "X and A, B and C": the person asked about, then everyone the meetings had besides them, each once.
function withTheirCounterparts(ctx: ComposeContext, meetings: Meeting[], subject: Set<string>): string {
  const first = meetings[0]?.participants.find((id) => subject.has(id)) as string;
  const others = [...new Set(meetings.flatMap((m) => m.participants.filter((id) => !subject.has(id))))].map(
    (id) => personName(ctx, id),
  );
  const list =
    others.length > 1 ? `${others.slice(0, -1).join(", ")}${ctx.words.and}${others.at(-1)}` : others[0];
  return list ? `${personName(ctx, first)}${ctx.words.and}${list}` : personName(ctx, first);
}

// A venue inside a city, as reports name it: "at the Kyiv railway station", "at Parliament House Complex".
const VENUE =
  /\bat (?:the )?(?:[\p{L}’'-]+\s+){0,3}?(?:station|airport|palace|house|hall|building|residence|complex|hotel|centre|center|headquarters|mausoleum|museum|capitol)\b/iu;
// A weekday the meeting was on: "On Friday, the Speaker met …".
const WEEKDAY = /\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * The sentence that reported a meeting, when it says what its record lacks and the question asks: the
 * venue for "where" ("met at the Kyiv railway station", recorded as Kyiv), the weekday for "when" of a
 * meeting with no date ("On Friday, the Speaker met …"). None otherwise.
 */
function detailOfRecord(ctx: ComposeContext, q: QuestionParse, m: Meeting | undefined): Quote[] {
  if (!m?.evidence) return [];
  const venue = VENUE.exec(m.evidence)?.[0];
  const record = fold(`${m.place ?? ""} ${m.occasion ?? ""}`);
  const tells =
    q.intent === "where"
      ? venue !== undefined && !record.includes(fold(venue.replace(/^at (the )?/i, "")))
      : q.intent === "when" && !m.date && WEEKDAY.test(m.evidence);
  const sentence = tells
    ? ctx.index.sentencesOf(m.articleId).find((s) => s.text.includes(m.evidence))
    : undefined;
  return sentence ? [{ sentence, score: 0, matched: [] }] : [];
}

// A meeting whose report states its calendar day (not one reckoned from the day it came out).
const statesItsDay = (m: Meeting) => m.date?.basis === "stated" && isCalendarDay(m.date.start);

/**
 * The meetings other reports give of the same encounter as `m`: the same people on the same day. Its
 * line cites every report of it (an announcement and the account of the talks), and says it once.
 */
function sameEncounter(ctx: ComposeContext, m: Meeting): Meeting[] {
  const [first] = m.participants;
  if (!first || !m.date) return [];
  const people = [...m.participants].sort().join(" ");
  return ctx.index
    .meetingsOf(first)
    .filter(
      (o) =>
        o !== m &&
        o.date?.start === m.date?.start &&
        o.participants.length === m.participants.length &&
        [...o.participants].sort().join(" ") === people,
    );
}

/**
 * Two sides no recorded meeting joins ("when did X meet Y?"): "I know of no meeting of X and Y", and
 * the sentence that names them both with a word of meeting, when an article has one. A name only the
 * article text holds counts as a side. Undefined when there are not two sides or no such sentence.
 */
export function sentenceNamingBoth(ctx: ComposeContext, q: QuestionParse): Reply | undefined {
  const sides = [
    ...q.people.map((p) => p.ids.map((id) => surnameOf(ctx, id)).filter((s) => s !== undefined)),
    ...q.textNames.map((n) => n.words.slice(-1)),
  ];
  if (sides.length < 2 || sides.some((alternatives) => !alternatives.length)) return undefined;
  const articlesOf = (alternatives: string[]) =>
    new Set(alternatives.flatMap((s) => ctx.index.articlesContaining(stem(s))));
  const [first, ...rest] = sides.map(articlesOf);
  const articles = [...(first ?? [])].filter((id) => rest.every((set) => set.has(id)));
  let best: Quote | undefined;
  for (const id of articles)
    for (const sentence of ctx.index.sentencesOf(id)) {
      const words = fold(sentence.text).split(" ");
      if (!sides.every((alternatives) => alternatives.some((s) => words.includes(s)))) continue;
      const matched = words.filter((w) => MEETING_WORD.test(w));
      if (matched.length && matched.length > (best?.score ?? 0))
        best = { sentence, score: matched.length, matched };
    }
  if (!best) return undefined;
  const names = [subjectName(ctx, q), ...q.textNames.map((n) => n.name)].filter(Boolean);
  return addQuotes(new Reply().setHeader(ctx.words.noMeetingOf(names.join(ctx.words.and))), [best]);
}

// Two people the base knows, with no meeting together and no sentence naming both: that is the answer
// ("I know of no meeting of X and Y"), not a bare "I don't know".
function noMeetingOfBoth(ctx: ComposeContext, q: QuestionParse): Reply | undefined {
  if (q.people.length < 2 || q.unknownNames.length || q.textNames.length) return undefined;
  return new Reply().setHeader(ctx.words.noMeetingOf(subjectName(ctx, q)));
}
