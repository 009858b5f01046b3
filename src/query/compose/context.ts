/**
 * What every composer reads (the indexes, the matchers, the words of replies) and the small pieces they
 * share: names of people and sides, and where and when a meeting was, said once for what lines share.
 */
import type { FactIndex } from "../../facts/index.ts";
import type { Meeting } from "../../facts/types.ts";
import type { CountryGazetteer } from "../countries.ts";
import { baseSpelling } from "../country-spelling.ts";
import { meetingDateWords, placeWords } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import type { PersonMatcher } from "../people.ts";
import { countryInArticle } from "../person-country.ts";
import type { Reply } from "../reply.ts";
import type { Narrowing, Selection } from "../select.ts";
import type { Words } from "./words.ts";

/** What the composers read. */
export interface ComposeContext {
  index: FactIndex;
  people: PersonMatcher;
  countries: CountryGazetteer;
  /** The fixed words of replies (English unless a translation is given). */
  words: Words;
  /** Example questions that the fact base answers, for greetings and off-topic questions. */
  examples: () => string[];
}

/** A composer: the reply to one kind of question. */
export type Composer = (ctx: ComposeContext, q: QuestionParse, selection: Selection) => Reply;

/** A person's name by id (the id when the person is unknown). */
export function personName(ctx: ComposeContext, id: string): string {
  return ctx.index.people.get(id)?.name ?? id;
}

/**
 * "Name, Title": a person by id with the title of their first role in an article the test accepts; the
 * name alone when none has one.
 */
export function personWithTitle(
  ctx: ComposeContext,
  id: string,
  inArticle: (articleId: string) => boolean,
): string {
  const title = ctx.index.people.get(id)?.roles.find((r) => inArticle(r.articleId))?.title;
  return title ? `${personName(ctx, id)}, ${title}` : personName(ctx, id);
}

/** The subject of a question in words: "Erlan Koshanov", "Koshanov and Amarbayasgalan", "Mongolia". */
export function subjectName(ctx: ComposeContext, q: QuestionParse): string {
  const names = q.people.map((p) => personName(ctx, p.ids[0] as string));
  const countries = q.people.length ? [] : q.countries.map((c) => countryName(ctx, c));
  return [...names, ...countries].join(ctx.words.and);
}

/**
 * The heading of a list of meetings of the subject: "Meetings with Argentina:" when the question asks
 * for a country's meetings with "with" ("meetings with Argentina", "who met with Argentina?"), else
 * "Meetings of Argentina:". The user's own preposition reads right; "of" would answer another question.
 */
export function meetingsHeading(ctx: ComposeContext, q: QuestionParse): string {
  const subject = subjectName(ctx, q);
  return asksWithCountry(q) ? ctx.words.meetingsWithSubject(subject) : ctx.words.meetingsOf(subject);
}

/** "I know of no meeting with Argentina." or "… of Argentina.", by the question's preposition as above. */
export function noMeetingHeading(ctx: ComposeContext, q: QuestionParse): string {
  const subject = subjectName(ctx, q);
  return asksWithCountry(q) ? ctx.words.noMeetingWith(subject) : ctx.words.noMeetingOf(subject);
}

// A question about countries alone that asks for meetings "with" them and not "of" them ("meetings with
// Argentina", "who met with Chile in 2019?"); "meetings of Chile with Peru" keeps "of".
function asksWithCountry(q: QuestionParse): boolean {
  if (q.people.length || !q.countries.length) return false;
  return /\bwith\b/i.test(q.question) && !/\b(of|between)\b|['’]s\b/i.test(q.question);
}

/** The country code of a person (by id) in one article: see {@link countryInArticle}. */
export function personCountry(ctx: ComposeContext, id: string, articleId: string): string | undefined {
  return countryInArticle(ctx.index, ctx.countries, id, articleId);
}

/** Participants of a meeting as names (of country `only` when given), or its unnamed sides. */
export function sides(ctx: ComposeContext, m: Meeting, only?: string): string {
  let ids = m.participants;
  if (only) {
    const own = ids.filter((id) => personCountry(ctx, id, m.articleId) === only);
    if (own.length) ids = own;
  }
  const names = ids.map((id) => personName(ctx, id));
  const parties = m.participants.length < 2 || !names.length ? m.parties.map((p) => p.description) : [];
  return [...names, ...parties].join(ctx.words.and) || ctx.words.unnamedSide;
}

/** Where and when, as far as every meeting of a list agrees: said once in the header. */
export interface Shared {
  place?: string;
  occasion?: string;
  /** The date in words (stated, or "reported on …"). */
  date?: string;
}

/** What all the meetings of a list share (nothing for a list of one: its line says it all). */
export function sharedCircumstances(ctx: ComposeContext, meetings: Meeting[]): Shared {
  if (meetings.length < 2) return {};
  const same = <T>(pick: (m: Meeting) => T | undefined): T | undefined => {
    const first = pick(meetings[0] as Meeting);
    return first !== undefined && meetings.every((m) => pick(m) === first) ? first : undefined;
  };
  // "(the article gives no date)" said once in a header would speak of one article: undated meetings of
  // several reports each say it on their line.
  const oneArticle = meetings.every((m) => m.articleId === meetings[0]?.articleId);
  return {
    place: same((m) => m.place),
    occasion: same((m) => m.occasion),
    date: oneArticle || meetings.every((m) => m.date) ? same((m) => dateWords(ctx, m)) : undefined,
  };
}

/** A meeting's date in words; without one, the publication of its article ("reported on …"). */
export function dateWords(ctx: ComposeContext, m: Meeting): string {
  return meetingDateWords(m, ctx.index.articles.get(m.articleId)?.published, ctx.words);
}

/**
 * "in Astana at the forum on 4 September 2025": the place, occasion and date of a meeting, leaving out
 * what the header already said (`shared`).
 */
export function circumstances(ctx: ComposeContext, m: Meeting, shared: Shared = {}): string {
  const w = ctx.words;
  const parts: string[] = [];
  if (m.place && shared.place === undefined) parts.push(placeWords(m.place, w));
  if (m.occasion && shared.occasion === undefined && !m.place?.includes(m.occasion))
    parts.push(w.atOccasion(m.occasion));
  if (shared.date === undefined) parts.push(dateWords(ctx, m));
  if (m.status === "planned") parts.push(w.planned);
  return parts.join(" ");
}

/** The shared circumstances as a header's ending: " in Seoul at the forum" (empty when none). */
export function sharedPhrase(ctx: ComposeContext, shared: Shared): string {
  const parts: string[] = [];
  if (shared.place) parts.push(placeWords(shared.place, ctx.words));
  if (shared.occasion && !shared.place?.includes(shared.occasion))
    parts.push(ctx.words.atOccasion(shared.occasion));
  if (shared.date) parts.push(shared.date);
  return parts.length ? ` ${parts.join(" ")}` : "";
}

/**
 * "No meeting of X in Moscow is recorded. Other meetings:" when a narrowing of the question matched
 * nothing. A reply with a header ("X met:", "Meetings of Mongolia:") gets this sentence as its header
 * instead: a header that says "met:" before a line that says no meeting is recorded reads as a
 * contradiction, and the list that follows is of the other meetings, not of those asked about.
 */
export function unmatchedNotice(
  reply: Reply,
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
): void {
  if (!selection.unmatched.length) return;
  // Countries asked about together ("where did Egypt and Bahrain meet?"): one is the subject, the one
  // its meetings lacked is the narrowing, named once ("no meeting of Egypt with Bahrain").
  const lacked = new Set(selection.unmatched.flatMap((n) => (n.kind === "countries" ? n.codes : [])));
  const subject = subjectName(ctx, {
    ...q,
    countries: q.countries.filter((c) => !lacked.has(c) || q.people.length),
  });
  const narrowing = unmatchedWords(ctx, selection);
  const none = subject
    ? ctx.words.noMeetingOfNarrowed(subject, narrowing)
    : ctx.words.noMeetingThen(narrowing);
  const sentence = `${none} ${restAre(ctx, selection)}`;
  if (reply.header.length) reply.setHeader(sentence);
  else reply.notice(sentence);
}

/**
 * What the lines of a reply share, unless a narrowing matched nothing: then its header is the sentence
 * that says so (see {@link unmatchedNotice}) and has no room for them, so each line says its own.
 */
export function sharedUnlessUnmatched(ctx: ComposeContext, selection: Selection): Shared {
  return selection.unmatched.length ? {} : sharedCircumstances(ctx, selection.meetings);
}

// What the meetings given after "no meeting … is recorded" are: those that may fit because their date
// or place is unknown, or simply the other meetings.
function restAre(ctx: ComposeContext, selection: Selection): string {
  const w = ctx.words;
  if (selection.undatedOnly && selection.unplacedOnly) return w.unplacedUndatedAre;
  if (selection.undatedOnly) return w.undatedAre;
  return selection.unplacedOnly ? w.unplacedAre : w.otherMeetingsAre;
}

/** The narrowings of the question that matched nothing, in the reply's language ("with Mongolia"). */
export function unmatchedWords(ctx: ComposeContext, selection: Selection): string {
  return selection.unmatched.map((n) => narrowingWords(ctx, n)).join(", ");
}

/** A narrowing that matched nothing, in the reply's language: the period as the question said it. */
function narrowingWords(ctx: ComposeContext, narrowing: Narrowing): string {
  const w = ctx.words;
  switch (narrowing.kind) {
    case "countries":
      return w.meetingsWith(narrowing.codes.map((c) => countryName(ctx, c)));
    case "place":
      return w.inPlace(narrowing.names.join(", "));
    case "date":
      return w.period(narrowing.date);
    case "agreement":
      return w.withAgreement;
    case "organisation":
      return w.meetingsWith([narrowing.name]);
  }
}

/**
 * "Speaker of the Majilis (Казахстан)": a text (a role, a side) followed by the country in the reply's
 * language, unless the text already names it (in the fact base's words).
 */
export function withCountry(ctx: ComposeContext, text: string, country: string | undefined): string {
  return country && !text.includes(country) ? `${text} (${ctx.words.country(country)})` : text;
}

/**
 * A country (alpha-3 code) by name in the reply's language: "Mongolia", "Монголия", "Моңғолия"; in
 * English as the fact base spells it ("Turkey"), else as the gazetteer does.
 */
export function countryName(ctx: ComposeContext, code: string): string {
  return ctx.words.country(baseSpelling(ctx.index, ctx.countries, code) ?? ctx.countries.name(code));
}

/** " — in Astana on 4 September 2025", or nothing when the header said it all. */
export function suffix(text: string): string {
  return text ? ` — ${text}` : "";
}
