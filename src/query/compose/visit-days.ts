/**
 * "when did X begin his visit to Thailand?", "when is the speaker's trip to Turkey?": the days of a
 * visit, as its report tells them, when the meetings of the visit have no date of their own. News
 * prose dates the journey once, in the sentence that has a word of travel and a day ("began an official
 * visit to Thailand yesterday", "From February 9 to 11, the Speaker will travel to Turkey"), and not in
 * the sentences of the talks held during it.
 */
import type { IndexedSentence } from "../../facts/index.ts";
import { chronoEnglish } from "../../text/chrono.ts";
import { iso, namesADay } from "../dates.ts";
import { formatDate } from "../format.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import type { Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { quoted } from "./quoting.ts";

// A question about a journey, not one encounter: "visit", "trip", "tour", "travel", "arrive", "stay".
const JOURNEY = /\b(visit\w*|trips?|tours?|travel\w*|arriv\w*|stay\w*|journey)\b/i;
// A sentence about one: the same words, as reports write them.
const JOURNEY_SAID = /\b(visit\w*|trips?|tour\w*|travel\w*|arriv\w*|embark\w*|journey)\b/i;
// A day told relative to the report: "yesterday", "today", "tomorrow", "on Monday".
const RELATIVE_DAY =
  /\b(yesterday|today|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;
// Which day of the journey is asked: its first ("begin", "start", "arrive") or its last ("end").
const ASKS_START = /\b(begin|began|begun|begins|start\w*|arriv\w*|commenc\w*)\b/i;
const ASKS_END = /\b(end|ends|ended|finish\w*|conclud\w*|return\w*|leav\w*|left)\b/i;
const TELLS_START = /\b(began|begins|begin|start\w*|arriv\w*|embark\w*|commenc\w*|kick\w* off)\b/i;
const TELLS_END = /\b(end|ends|ended|conclud\w*|wrap\w* up|complet\w*|return\w*|leav\w*|left)\b/i;
// The reports read: those of the first meetings chosen (the visit asked about is theirs).
const REPORTS_READ = 2;

/**
 * The sentence that dates the journey the question asks about, from the reports of the meetings chosen,
 * and the day it names ("yesterday" in a report of 16 January is 15 January). Undefined when the
 * question asks about no journey, a chosen meeting has a date, or no sentence tells a day of a journey.
 */
export function visitDays(ctx: ComposeContext, q: QuestionParse, selection: Selection): Reply | undefined {
  if (!JOURNEY.test(q.question) || !selection.meetings.length) return undefined;
  if (selection.meetings.some((m) => m.date)) return undefined;
  const articles = [...new Set(selection.meetings.map((m) => m.articleId))].slice(0, REPORTS_READ);
  const wantsStart = ASKS_START.test(q.question);
  const wantsEnd = !wantsStart && ASKS_END.test(q.question);
  let best: { sentence: IndexedSentence; score: number } | undefined;
  for (const articleId of articles)
    for (const sentence of ctx.index.sentencesOf(articleId)) {
      const text = sentence.text;
      if (!JOURNEY_SAID.test(text) || !(namesADay(text) || RELATIVE_DAY.test(text))) continue;
      // The day asked (the first, the last) first; else the first such sentence, which opens the report.
      const score = wantsEnd ? Number(TELLS_END.test(text)) : Number(TELLS_START.test(text) || !wantsStart);
      if (!best || score > best.score) best = { sentence, score };
    }
  if (!best) return undefined;
  const { sentence } = best;
  const published = ctx.index.articles.get(sentence.articleId)?.published;
  const day = published && RELATIVE_DAY.test(sentence.text) ? dayNamed(sentence.text, published) : undefined;
  const reply = new Reply();
  reply.add(
    [sentence.articleId],
    day ? { bold: formatDate(day) } : "",
    `${day ? ": " : ""}${quoted(sentence.text)}`,
  );
  return reply;
}

/** The day (YYYY-MM-DD) a sentence names relative to its report's day (`published`), if chrono reads one. */
function dayNamed(text: string, published: string): string | undefined {
  const reference = new Date(`${published}T12:00:00Z`);
  if (Number.isNaN(reference.getTime())) return undefined;
  // The relative day's own reading: a dateline before it ("KUALA LUMPUR, Jan 16 —") is the report's day.
  const result = chronoEnglish()
    .parse(text, reference)
    .find((r) => RELATIVE_DAY.test(r.text));
  const c = result?.start;
  if (!c?.isCertain("day")) return undefined;
  const [y, m, d] = [c.get("year"), c.get("month"), c.get("day")];
  if (y == null || m == null || d == null) return undefined;
  return iso(y, m, d);
}
