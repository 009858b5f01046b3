/**
 * Quoting article sentences in a reply: the best sentences of the articles about the question's
 * subject, for what only the text holds.
 */

import type { FactIndex, IndexedSentence } from "../../facts/index.ts";
import type { Meeting } from "../../facts/types.ts";
import { fold, tokenize } from "../../text/normalize.ts";
import { stem } from "../../text/stem.ts";
import { type AnswerShape, answerShapes } from "../answer-shape.ts";
import type { QuestionParse } from "../parse.ts";
import { bestSentences, type Quote } from "../quotes.ts";
import type { Reply } from "../reply.ts";
import { openingKeywords, reportedAs } from "../reported-words.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { countryPrefixes, isOtherWordFor, namesCountry } from "./country-words.ts";

/** The articles a question's subject appears in: their meetings', and those giving their roles. */
function subjectArticles(ctx: ComposeContext, q: QuestionParse, selection: Selection): string[] {
  // The meetings did not fit what the question says (a country, a date): the answer may be anywhere.
  if (selection.unmatched.length && !q.people.length) return [];
  const ids = selection.meetings.map((m) => m.articleId);
  // A person with no meeting that fits is still named in other articles: every article with their
  // surname (from the inverted index) may hold the answer.
  if (!ids.length || selection.unmatched.length) ids.push(...articlesNaming(ctx, q));
  return [...new Set(ids)];
}

/** Every article that gives a role of the question's people or names them by surname. */
export function articlesNaming(ctx: ComposeContext, q: QuestionParse): string[] {
  const ids: string[] = [];
  // Entries of one name (a name many entries bear) share their surname: its articles are listed once.
  const listed = new Set<string>();
  for (const p of q.people)
    for (const id of p.ids) {
      for (const role of ctx.index.people.get(id)?.roles ?? []) ids.push(role.articleId);
      const surname = surnameOf(ctx, id);
      if (surname && !listed.has(surname)) {
        listed.add(surname);
        ids.push(...ctx.index.articlesContaining(stem(surname)));
      }
    }
  return ids;
}

/** The folded last word of a person's name, when it is long enough to find them by. */
export function surnameOf(ctx: ComposeContext, id: string): string | undefined {
  return ctx.index.surnameOf(id);
}

/**
 * The entities a question names, each as the set of articles that name it: each person (their meetings'
 * reports, those giving their roles, those with their surname), each country (its meetings' reports and
 * those with its name or the question's word for it: "Uzbek", "Korean"), each city, each proper name
 * the question types ("Seoul", "PABSEC"), and its date ("April 9"). They tell which report a question is about, when its other words
 * would fit many.
 */
export function questionEntities(ctx: ComposeContext, q: QuestionParse): Set<string>[] {
  const { index } = ctx;
  const entities: Set<string>[] = [];
  for (const p of q.people)
    entities.push(
      new Set([
        ...p.ids.flatMap((id) => index.meetingsOf(id).map((m) => m.articleId)),
        ...articlesNaming(ctx, { ...q, people: [p] }),
      ]),
    );
  for (const code of q.countries) {
    const name = fold(ctx.countries.name(code)).split(" ").map(stem);
    // The question's own word for the country when it is another ("uzbek" for Uzbekistan): one that shares
    // the name's first letters.
    const asked = q.countryKeywords.filter((k) => isOtherWordFor(k, name));
    const ids = new Set((index.meetingsByCountry.get(code) ?? []).map((m) => m.articleId));
    // An article with every word of the name ("south" and "korea"), or with the question's word.
    for (const words of [name, ...asked.map((k) => [k])])
      for (const id of articlesWithAll(index, words)) ids.add(id);
    entities.push(ids);
  }
  const cities = q.placeCities.map((c) => fold(c).split(" ").map(stem));
  // A city typed in lower case ("come to kyiv") is no place of the parse, but names the report all the same.
  const folded = tokenize(q.question).folded;
  for (const { start, end } of ctx.countries.findCities(folded)) {
    const words = folded.slice(start, end).map(stem);
    if (words.every((w) => q.keywords.includes(w)) && !cities.some((c) => c.join(" ") === words.join(" ")))
      cities.push(words);
  }
  const names = q.nameKeywords.filter((k) => !cities.some((words) => words.includes(k)));
  // The date's words together ("april" and "9"), as the articles write them.
  const date = q.dateKeywords.length ? [q.dateKeywords] : [];
  for (const words of [...cities, ...names.map((k) => [k]), ...date])
    entities.push(articlesWithAll(index, words));
  return entities;
}

/**
 * The articles that name every entity of a question, when they are few enough to read (a question
 * naming only a common country would bring hundreds): none otherwise.
 */
function namingAll(entities: ReadonlySet<string>[]): string[] {
  const [first, ...rest] = entities;
  const all = [...(first ?? [])].filter((id) => rest.every((e) => e.has(id)));
  return all.length <= MAX_NAMING_ALL ? all : [];
}

// How many articles naming all of a question's entities are read beside its subject's.
const MAX_NAMING_ALL = 25;

/** The articles that hold every one of the keywords. */
function articlesWithAll(index: FactIndex, keywords: string[]): Set<string> {
  // Read from the inverted index each time (not the index's cached sets): questions bring any number of
  // names, and a long-running bot should not keep a set for each.
  const [first, ...rest] = keywords.map((k) => new Set(index.articlesContaining(k)));
  return new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
}

// Questions whose answer is a number.
const ASKS_NUMBER = /^(how (many|much)|what (share|percentage|number|amount|sum))\b/i;

/**
 * The best sentences for the question in its subject's articles. Open questions (`open`) also use the
 * words of the date and of the question itself ("signed", "discussed").
 */
export function quoteFor(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  minShare: number,
  limit = 2,
  open = false,
  accept?: (sentence: IndexedSentence) => boolean,
): Quote[] {
  // "why …?", "how long …?": what the opening asks for is a keyword too, found by the words that answer it
  // (alone, when the question has no other: "why was the Portuguese speaker in Qatar?").
  const openings = open ? openingKeywords(q.question) : [];
  // What the wh-phrase asks for ("how long": a duration), had by the sentences of that form.
  const shapes = open ? questionShapes(ctx, q) : [];
  const asking = new Set(shapes.flatMap((shape) => shape.asking));
  const wantsNumber = ASKS_NUMBER.test(q.question);
  // "how much …?" asks for a number (preferred below): "much" is no word the answer holds.
  const asked = (wantsNumber ? q.keywords.filter((k) => k !== "much" && k !== "many") : q.keywords).filter(
    (k) => !asking.has(k),
  );
  if (!asked.length && !openings.length && !shapes.length) return [];
  const keys = [...new Set([...openings.map((o) => o.key), ...shapes.map((shape) => shape.key)])];
  const keywords = [...asked, ...(open ? [...q.dateKeywords, ...q.questionWords, ...keys] : [])];
  // Asked for a shape, a question's country words may be all it has to find the report by.
  const countryNames = new Map(shapes.length ? q.countryKeywords.map((k) => [k, countryNameOf(ctx, k)]) : []);
  const articles = subjectArticles(ctx, q, selection);
  const entities = questionEntities(ctx, q);
  // A report that names everything the question names may answer it though none of its meetings is the
  // subject's ("the Speaker met a delegation led by the Georgian Speaker": no one named, no meeting).
  if (articles.length) articles.push(...namingAll(entities).filter((id) => !articles.includes(id)));
  const quotes = bestSentences(ctx.index, articles.length ? articles : undefined, keywords, {
    minShare,
    limit,
    secondary: q.countryKeywords,
    wantsNumber,
    alternatives: (k) => openings.find((o) => o.key === k)?.stems ?? countryNames.get(k) ?? reportedAs(k),
    entities,
    central: openings.map((o) => o.key),
    shapes,
    ...(accept ? { accept } : {}),
  });
  return open ? quotes.map((quote) => withAntecedent(ctx, quote)) : quotes;
}

/**
 * The stem of the one-word name of the country a question's country word stands for, when it is another
 * word ("poland" for "Polish"): a report names the country where the question has its adjective.
 */
function countryNameOf(ctx: ComposeContext, word: string): string[] {
  const code = ctx.countries.find(word)[0]?.code;
  const name = code ? fold(ctx.countries.name(code)).split(" ") : [];
  return name.length === 1 && name[0] && stem(name[0]) !== word ? [stem(name[0])] : [];
}

/** What the question's wh-phrase asks for ("how long": a duration), as shapes of the answering sentence. */
export function questionShapes(ctx: ComposeContext, q: QuestionParse): AnswerShape[] {
  return answerShapes(q.question, placeFinder(ctx, q));
}

// Words before a country that make it the place of something ("in Georgia", "a visit to Japan").
const BEFORE_PLACE = new Set(["in", "to", "at", "into", "visiting", "visited", "from"]);

/**
 * Whether a sentence names a place other than those the question names: a city, or a country after a
 * word of place ("in Georgia", "to Japan", not "the Georgian side"). It answers "where …?".
 */
function placeFinder(ctx: ComposeContext, q: QuestionParse): (text: string) => boolean {
  const named = new Set([...q.placeCities, ...q.placeNames].map(fold));
  const countries = new Set(q.countries);
  return (text) => {
    const tokens = tokenize(text);
    const { folded } = tokens;
    const city = ctx.countries
      .findCities(folded)
      .some(({ start, end }) => !named.has(folded.slice(start, end).join(" ")));
    return (
      city ||
      ctx.countries
        .findTokens(tokens)
        .some(({ code, start }) => !countries.has(code) && BEFORE_PLACE.has(folded[start - 1] ?? ""))
    );
  };
}

// A sentence that points back to what the one before it named ("That historic summit was praised",
// "X considered this issue promising"): the thing asked about is named there.
const POINTS_BACK =
  /^[«"“‘']?(that|this|these|those|such)\s|\b(this|these|those|such)\s+([\p{L}-]+\s+)?(issues?|matters?|topics?|areas?|fields?|spheres?|initiatives?|proposals?|ideas?|events?|summits?|forums?|documents?|agreements?|projects?|plans?|steps?|decisions?|problems?|questions?|directions?|efforts?|measures?|programmes?|programs?)\b/iu;

/** A quote whose sentence points back to the one before it, with that one before it. */
function withAntecedent(ctx: ComposeContext, quote: Quote): Quote {
  const { sentence } = quote;
  const before = ctx.index.sentencesOf(sentence.articleId)[sentence.index - 1];
  if (!before || !POINTS_BACK.test(sentence.text)) return quote;
  // The thing pointed back to stands near the end of the sentence before: a long one keeps its end. The
  // quote itself is not cut for it (a clipped quote loses its own end, where the answer may stand):
  // with too little room left, it stands alone.
  const room = 400 - sentence.text.length - 1;
  if (room < MIN_BEFORE) return quote;
  const lead =
    before.text.length <= room ? before.text : `…${before.text.slice(-room).replace(/^\S*\s+/, "")}`;
  return { ...quote, sentence: { ...sentence, text: `${lead} ${sentence.text}` } };
}

// The least of the sentence before that a quote pointing back keeps.
const MIN_BEFORE = 160;

/** Adds each quote as a line citing its article. */
export function addQuotes(reply: Reply, quotes: Quote[]): Reply {
  for (const quote of quotes) reply.add([quote.sentence.articleId], quoteLine(quote));
  return reply;
}

/** A quote as a reply shows it: its sentence in quotation marks, clipped to fit a phone screen. */
export function quoteLine(quote: Quote): string {
  return quoted(quote.sentence.text);
}

/** A sentence as a reply quotes it: in quotation marks, clipped to fit a phone screen. */
export function quoted(text: string): string {
  return `“${clip(text)}”`;
}

/** Long sentences are cut at 400 characters, so that a quote fits a phone screen. */
export function clip(text: string): string {
  return text.length <= 400 ? text : `${text.slice(0, 397).replace(/\s+\S*$/, "")}…`;
}

/**
 * At most one sentence for the question about the sides it asks about (among those `accept` takes): it names none of the other
 * people met in that article, and names every side unless the article reports their meeting alone (each
 * person by surname, each country by its words). A quote about someone else answers another question.
 */
export function quoteNamingAll(
  ctx: ComposeContext,
  q: QuestionParse,
  selection: Selection,
  accept?: (sentence: IndexedSentence) => boolean,
): Quote[] {
  const asked = new Set(q.people.flatMap((p) => p.ids));
  const names = q.people.map((p) => p.ids.map((id) => surnameOf(ctx, id)).filter((s) => s !== undefined));
  // Each country asked by its own name's words (not the question's words, which may be of another).
  const countries = q.people.length ? [] : q.countries.map((c) => countryPrefixes([ctx.countries.name(c)]));
  const quote = quoteFor(ctx, q, selection, 0.2, 5, false, accept).find((quote) => {
    const words = fold(quote.sentence.text).split(" ");
    const meetings = ctx.index.meetingsReportedIn(quote.sentence.articleId);
    const others = meetings.flatMap((m) => m.participants.filter((id) => !asked.has(id)));
    if (asked.size && others.some((id) => words.includes(surnameOf(ctx, id) ?? ""))) return false;
    // Every meeting of the report is theirs: each person asked (under any of their entries) is in it.
    const alone =
      meetings.length > 0 &&
      meetings.every((m) => q.people.every((p) => p.ids.some((id) => m.participants.includes(id))));
    return (
      (alone && asked.size > 0) ||
      (names.every((alternatives) => alternatives.some((s) => words.includes(s))) &&
        countries.every((prefixes) => namesCountry(words, prefixes))) ||
      (asked.size > 0 && tellsOfTheSides(ctx, quote, names, meetings))
    );
  });
  return quote ? [quote] : [];
}

// "The parties also agreed …", "the sides discussed …": a sentence about the two sides of a meeting.
const THE_SIDES = /\b(the|both|two) (sides|parties)\b|\bthe two (speakers|chairs|chairmen|heads)\b/i;

/**
 * Whether a sentence about "the sides" is about the meeting of the people asked: the nearest sentence
 * before it that names anyone met in the report names one of them (a report of several meetings tells
 * of each in its own paragraph), and no one else.
 */
function tellsOfTheSides(
  ctx: ComposeContext,
  quote: Quote,
  names: string[][],
  meetings: readonly Meeting[],
): boolean {
  if (!THE_SIDES.test(quote.sentence.text)) return false;
  const asked = new Set(names.flat());
  const met = new Set(
    meetings.flatMap((m) => m.participants.map((id) => surnameOf(ctx, id)).filter((s) => s !== undefined)),
  );
  const sentences = ctx.index.sentencesOf(quote.sentence.articleId);
  for (let i = quote.sentence.index; i >= 0; i--) {
    const named = fold(sentences[i]?.text ?? "")
      .split(" ")
      .filter((w) => met.has(w) || asked.has(w));
    if (named.length) return named.every((w) => asked.has(w));
  }
  return false;
}
