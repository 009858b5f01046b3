/**
 * Answer composition: one small composer per kind of question, listed below in the order they are
 * tried (the way chrono lists its parsers). Each turns the selected meetings, or quoted sentences, into
 * the lines of a {@link Reply}. Facts are written as the fact base holds them; what it does not hold (a
 * date, a place) is said to be unknown, and a name it does not know is never answered for someone else.
 */

import { asksWhoSignedRuKk } from "../../i18n/intent.ts";
import { asksForMore } from "../../i18n/more-words.ts";
import { stem } from "../../text/stem.ts";
import { readsAsCode } from "../code-words.ts";
import type { Intent } from "../intent.ts";
import { asksWhoSigned } from "../intent.ts";
import type { QuestionParse } from "../parse.ts";
import { bestSentences, type Quote } from "../quotes.ts";
import { Reply } from "../reply.ts";
import { reportedAs } from "../reported-words.ts";
import { type Selection, selectMeetings } from "../select.ts";
import { narrowedAmbiguous } from "./ambiguous-names.ts";
import { asksForCityMeetings, cityMeetings } from "./city-meetings.ts";
import { type ComposeContext, type Composer, personName } from "./context.ts";
import { asksDelegationMembers, delegationMembers } from "./delegation-members.ts";
import { didMeet } from "./did-meet.ts";
import { discussed } from "./discussed.ts";
import { greeting, linkOnly, nameSomeone, nothingToContinue, offTopic } from "./greeting.ts";
import { asksLeaderOfCountrySide, groupLeader } from "./group-leader.ts";
import { latest } from "./latest.ts";
import { sentenceNamingBoth } from "./meeting-facts.ts";
import { notFound, unknownNamesSaid } from "./not-found.ts";
import { asksForOffice, asksWhoLeads, officeHolder } from "./office-holder.ts";
import { open } from "./open.ts";
import { addQuotes, questionEntities, questionShapes } from "./quoting.ts";
import { signed } from "./signed.ts";
import { smallTalk } from "./small-talk.ts";
import { when } from "./when.ts";
import { where } from "./where.ts";
import { asksWhichCountries, whichCountries } from "./which-countries.ts";
import { whoIs } from "./who-is.ts";
import { whoMet } from "./who-met.ts";

export type { ComposeContext } from "./context.ts";
export { ENGLISH, type Words } from "./words.ts";

/** A composer and the questions it answers. */
interface Rule {
  /** What the rule answers, for readers and logs. */
  name: string;
  applies: (q: QuestionParse, hasSubject: boolean) => boolean;
  compose: Composer;
}

const is =
  (...intents: Intent[]) =>
  (q: QuestionParse) =>
    intents.includes(q.intent);
// Questions that ask about meetings of someone: answered with what the base holds about them.
const ABOUT_MEETINGS: Intent[] = ["who-met", "about", "latest"];
// Questions answered with a list of someone's meetings, whatever words they are asked in.
const MEETING_LISTS: Intent[] = ["who-met", "open", "about"];
// Questions about two sides: a side the base does not know makes the answer about the other one alone.
const PAIRWISE: Intent[] = ["when", "where", "signed", "discussed", "did-meet"];
// Questions whose answer is about someone: asked with no one, no word and no period in them ("who
// met?", "when did they meet?"), they are answered with how to name someone, not "I only know about
// meetings" (it was one) or "I don't know".
const OF_SOMEONE: Intent[] = ["who-met", "about", "who-is", "when", "where", "discussed", "did-meet"];

/** Every composer, in the order tried: the first whose `applies` holds answers. */
export const COMPOSERS: Rule[] = [
  { name: "greeting", applies: is("greeting"), compose: (ctx, q) => greeting(ctx, q.question) },
  {
    // A name the base does not know is never answered for someone else: not for the other side of a
    // pair ("when did X meet Justin Trudeau?"), nor for a country named beside it.
    name: "unknown name",
    applies: (q) => q.unknownNames.length > 0 && (!q.people.length || PAIRWISE.includes(q.intent)),
    compose: (ctx, q) => notFound(ctx, q),
  },
  {
    // "who was in the Kazakh delegation?": its members as the reports name them, else what a sentence says.
    name: "members of a delegation",
    applies: (q, s) => s && asksDelegationMembers(q.question),
    compose: (ctx, q, selection) => delegationMembers(ctx, q, selection) ?? open(ctx, q, selection),
  },
  {
    name: "who holds an office",
    applies: (q) => (q.intent === "who-is" && asksForOffice(q)) || asksWhoLeads(q),
    compose: officeHolder,
  },
  { name: "who is", applies: (q, s) => s && q.people.length > 0 && q.intent === "who-is", compose: whoIs },
  { name: "meetings in a city", applies: asksForCityMeetings, compose: cityMeetings },
  {
    name: "latest meetings",
    applies: (q, s) =>
      q.intent === "latest" || (!s && q.date !== undefined && ABOUT_MEETINGS.includes(q.intent)),
    compose: latest,
  },
  { name: "did they meet", applies: (q, s) => s && q.intent === "did-meet", compose: didMeet },
  { name: "when", applies: is("when"), compose: when },
  { name: "where", applies: is("where"), compose: where },
  { name: "what was signed", applies: is("signed"), compose: signed },
  { name: "what was discussed", applies: (q, s) => s && q.intent === "discussed", compose: discussed },
  {
    name: "which countries",
    applies: (q, s) =>
      s && q.people.length === 1 && MEETING_LISTS.includes(q.intent) && asksWhichCountries(q.question),
    compose: whichCountries,
  },
  {
    // "who headed the Kazakh side?": the one person of that side, else the sentence saying who led it.
    name: "leader of a country's side",
    applies: (q, s) => s && asksLeaderOfCountrySide(q),
    compose: (ctx, q, selection) => groupLeader(ctx, q, selection) ?? open(ctx, q, selection),
  },
  {
    name: "open question",
    applies: (q, s) => s && (q.intent === "open" || q.intent === "who-is"),
    compose: open,
  },
  { name: "who met", applies: (_q, s) => s, compose: whoMet },
  { name: "a sentence about it", applies: () => true, compose: quoteOrOffTopic },
];

/** Composes the reply to a parsed question. */
export function compose(ctx: ComposeContext, q: QuestionParse): Reply {
  const hasSubject = q.people.length > 0 || q.countries.length > 0;
  // Only a link, or a link and question words ("who met https://…?"): nothing to look for in words.
  if (q.hadLink && !hasSubject && (q.intent === "empty" || namesNothing(q))) return linkOnly(ctx);
  if (q.intent === "empty") return greeting(ctx);
  // "who are you?", "yes", "ok thanks", "你好": talk to the bot, not a question about anyone.
  if (smallTalk(q.question)) return greeting(ctx, q.question);
  // "more" that reaches the core had no earlier answer to page on from (see nothingToContinue).
  if (asksForMore(q.question)) return nothingToContinue(ctx);
  // A query, JSON or a program line is no question: any sentence sharing one of its words would be a guess.
  if (readsAsCode(q.question)) return offTopic(ctx);
  if (!hasSubject && OF_SOMEONE.includes(q.intent) && namesNothing(q)) return nameSomeone(ctx);
  q = { ...q, people: narrowedAmbiguous(ctx, q) };
  // Several people answer to the name ("Hao"): answer for all of them, and say so.
  const ambiguous = q.people.filter((p) => p.alternatives.length);
  if (ambiguous.length)
    q = { ...q, people: q.people.map((p) => ({ ...p, ids: [...p.ids, ...p.alternatives] })) };
  const rule = COMPOSERS.find((r) => r.applies(q, hasSubject)) as Rule;
  const selection = hasSubject
    ? selectMeetings(ctx.index, q, ctx.countries, {
        requireAgreements: asksWhoSigned(q.question) || asksWhoSignedRuKk(q.question),
      })
    : subjectless(ctx, q);
  // A name only the article text knows: the other side's meetings reported in articles naming it.
  if (q.textNames.length) {
    const inArticles = (articleId: string) =>
      q.textNames.every((n) => n.words.every((w) => ctx.index.articlesWith(stem(w)).has(articleId)));
    selection.meetings = q.people.length ? selection.meetings.filter((m) => inArticles(m.articleId)) : [];
    if (!selection.meetings.length)
      return (
        sentenceNamingBoth(ctx, q) ??
        notFound(ctx, { ...q, unknownNames: [...q.unknownNames, ...q.textNames.map((n) => n.name)] })
      );
  }
  const reply = rule.compose(ctx, q, selection);
  // "who met Volodin's guest Zorbek Talgatov?": the known person is answered for, but the name the base
  // does not know is said to be unknown first, so the reply is never read as being about that name.
  if (q.unknownNames.length && q.people.length && rule.name !== "unknown name")
    reply.preface(unknownNamesSaid(ctx, q.unknownNames));
  for (const p of ambiguous)
    reply.note(ctx.words.severalMatch(uniqueNames(ctx, [...p.ids, ...p.alternatives])));
  return reply;
}

// Whether a question holds nothing to look for: no name (known or not), word, place or period.
function namesNothing(q: QuestionParse): boolean {
  return (
    !q.unknownNames.length &&
    !q.textNames.length &&
    !q.keywords.length &&
    !q.placeNames.length &&
    !q.side &&
    q.date === undefined
  );
}

// Names in their first order, each once: entries of one person may share a name.
function uniqueNames(ctx: ComposeContext, ids: string[]): string[] {
  return [...new Set(ids.map((id) => personName(ctx, id)))];
}

/**
 * The meetings a question without a person or country is about ("when was the memorandum signed?",
 * "what was signed in 2025?"): those of its period whose own words contain its keywords. Strict, unlike
 * a subject's narrowing: without a subject, a loose match would be anyone's meeting.
 */
function subjectless(ctx: ComposeContext, q: QuestionParse): Selection {
  const date = q.date;
  const dated = date ? selectMeetings(ctx.index, { ...q, keywords: [] }, ctx.countries) : undefined;
  let meetings =
    dated && !dated.unmatched.length && !dated.undatedOnly ? dated.meetings : date ? [] : ctx.index.byRecency;
  if (q.keywords.length) {
    // Every meeting is a candidate only without a period: then the meetings holding the rarest keyword
    // (newest first, as byRecency) are the only ones that can hold them all.
    if (meetings === ctx.index.byRecency)
      for (const k of q.keywords) {
        const holding = ctx.index.meetingsWithKeyword(k);
        if (holding.length < meetings.length) meetings = holding;
      }
    meetings = meetings.filter((m) => q.keywords.every((k) => ctx.index.meetingKeywords(m).has(k)));
  } else if (!date) meetings = [];
  return { meetings, unmatched: [] };
}

/**
 * No subject and no composer: the sentence that answers it in the reports of the period it names ("how
 * was the December 2020 women leaders meeting held?"), else in any article, else what the bot knows
 * about.
 */
function quoteOrOffTopic(ctx: ComposeContext, q: QuestionParse): Reply {
  // "in which country did the forum take place?": a place, not the word "country".
  const shapes = questionShapes(ctx, q);
  const asking = new Set(shapes.flatMap((shape) => shape.asking));
  const keywords = [
    ...[...q.keywords, ...q.countryKeywords, ...q.dateKeywords].filter((k) => !asking.has(k)),
    ...shapes.map((shape) => shape.key),
  ];
  const quotes = q.keywords.length ? quotesOfPeriod(ctx, q) : [];
  if (!quotes.length && keywords.length)
    quotes.push(
      ...bestSentences(ctx.index, undefined, keywords, {
        minShare: 0.5,
        alternatives: reportedAs,
        entities: questionEntities(ctx, q),
        needOneOf: q.keywords,
        shapes,
      }),
    );
  return quotes.length ? addQuotes(new Reply(), quotes) : offTopic(ctx);
}

// The best sentences for a question's own words in the reports of the meetings of the period it names.
function quotesOfPeriod(ctx: ComposeContext, q: QuestionParse): Quote[] {
  if (!q.date) return [];
  const dated = selectMeetings(ctx.index, { ...q, keywords: [] }, ctx.countries);
  if (dated.unmatched.length || dated.undatedOnly) return [];
  const articles = [...new Set(dated.meetings.map((m) => m.articleId))];
  return articles.length
    ? bestSentences(ctx.index, articles, [...q.keywords, ...q.questionWords], {
        minShare: 0.5,
        alternatives: reportedAs,
        entities: questionEntities(ctx, q),
      })
    : [];
}
