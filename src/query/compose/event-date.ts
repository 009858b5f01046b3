/**
 * "when will X address the diaspora?", "when will the summit of speakers take place?": the date of an
 * event that is not a meeting. News prose tells it in the sentence that names the event with its day
 * ("X will address the diaspora in Geneva on 14 October"), which a meeting's date does not answer.
 */

import type { Meeting } from "../../facts/types.ts";
import { namesADay } from "../dates.ts";
import type { QuestionParse } from "../parse.ts";
import { bestSentences, type Quote } from "../quotes.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { namingAskedCountry } from "./country-words.ts";
import { articlesNaming, questionEntities } from "./quoting.ts";

// The share of the question's keyword weight that a meeting's own words (place, occasion, evidence,
// topics) must hold to be the event asked about.
const MEETING_SHARE = 0.5;
// The share of it a dated sentence must hold to tell the event's date.
const SENTENCE_SHARE = 0.5;

/**
 * The sentences (at most two) that date the event a "when" question asks about, when the question names something
 * other than the meetings chosen for it (their own words do not hold its words): from the articles of
 * those meetings and of the people asked about, else (a country, no one named) from any article.
 * None when a chosen meeting is the event, or no sentence names it with a day.
 */
export function eventDateQuotes(ctx: ComposeContext, q: QuestionParse, selection: Selection): Quote[] {
  const keywords = q.keywords.filter((k) => ctx.index.articleFrequency(k) > 0);
  if (!keywords.length) return [];
  const total = keywords.reduce((sum, k) => sum + ctx.index.weight(k), 0);
  const isTheEvent = (m: Meeting) => {
    const own = ctx.index.meetingKeywords(m);
    const held = keywords.filter((k) => own.has(k)).reduce((sum, k) => sum + ctx.index.weight(k), 0);
    return held >= MEETING_SHARE * total;
  };
  if (selection.meetings.some(isTheEvent)) return [];
  const articles = q.people.length
    ? [...new Set([...selection.meetings.map((m) => m.articleId), ...articlesNaming(ctx, q)])]
    : undefined;
  // Without a person, a country asked about must be named in the sentence ("the summit in Lithuania"),
  // by its name or its adjective (the first five letters of either: "Serbian" for Serbia).
  const ofCountry = q.people.length ? () => true : namingAskedCountry(ctx.countries, q);
  const asked = q.questionWords.filter((k) => ctx.index.articleFrequency(k) > 0);
  return bestSentences(ctx.index, articles, [...keywords, ...asked], {
    minShare: SENTENCE_SHARE,
    secondary: q.countryKeywords,
    accept: (s) => ofCountry(s) && namesADay(s.text),
    entities: questionEntities(ctx, q),
  });
}
