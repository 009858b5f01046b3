/**
 * The words of meetings, and their order in time: what the fact index builds on first use and the
 * index file (index-file.ts) stores, worked out in one place so that both give the same answers.
 */
import { compareCodeUnits } from "../text/compare.ts";
import { forEachWord } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { isKeyword } from "./article-words.ts";
import type { FactBase, Meeting } from "./types.ts";

/** The stemmed keywords of a text (no stopwords). */
export function keywordsOf(text: string): Set<string> {
  const out = new Set<string>();
  // The words of tokenize, read without building its two arrays (every meeting's text is read when
  // the index file is written).
  forEachWord(text, (word) => {
    if (isKeyword(word)) out.add(stem(word));
  });
  return out;
}

/** The keywords of a meeting's own words: place, occasion, evidence, agreements, topics. */
export function meetingKeywordsOf(meeting: Meeting): Set<string> {
  const parts = [meeting.place, meeting.occasion, meeting.evidence, ...meeting.agreements, ...meeting.topics];
  return keywordsOf(parts.filter(Boolean).join(" "));
}

/**
 * Meetings newest first: by date, else by their article's publication date (`published`); meetings
 * with neither come last, and ties keep the order of the base.
 */
export function newestFirst(
  meetings: readonly Meeting[],
  published: (articleId: string) => string | undefined,
): Meeting[] {
  const when = (m: Meeting) => m.date?.start ?? published(m.articleId) ?? "";
  return meetings
    .map((m) => ({ m, t: when(m) }))
    .sort((a, b) => (a.t === b.t ? 0 : a.t === "" ? 1 : b.t === "" ? -1 : a.t < b.t ? 1 : -1))
    .map((x) => x.m);
}

/** The positions in base.meetings of its meetings, newest first ({@link newestFirst}). */
export function recencyPositions(base: FactBase): Int32Array {
  const published = new Map(base.articles.map((a) => [a.id, a.published]));
  const position = new Map(base.meetings.map((m, i) => [m, i]));
  return Int32Array.from(
    newestFirst(base.meetings, (id) => published.get(id)),
    (m) => position.get(m) as number,
  );
}

/** For each keyword of the meetings (sorted), the positions in base.meetings of those that hold it. */
export interface MeetingKeywordTable {
  keywords: string[];
  /** Where each keyword's positions start in `positions` (one more entry than keywords). */
  start: Int32Array;
  /** Meeting positions, keyword after keyword, each list newest first. */
  positions: Int32Array;
}

/** The table of {@link MeetingKeywordTable} for a base. */
export function meetingKeywordTable(
  base: FactBase,
  recency: Int32Array = recencyPositions(base),
): MeetingKeywordTable {
  const lists = new Map<string, number[]>();
  for (const position of recency)
    for (const k of meetingKeywordsOf(base.meetings[position] as Meeting)) {
      const list = lists.get(k);
      if (list) list.push(position);
      else lists.set(k, [position]);
    }
  const keywords = [...lists.keys()].sort(compareCodeUnits);
  const start = new Int32Array(keywords.length + 1);
  keywords.forEach((k, i) => {
    start[i + 1] = (start[i] as number) + (lists.get(k) as number[]).length;
  });
  const positions = new Int32Array(start[keywords.length] as number);
  keywords.forEach((k, i) => {
    positions.set(lists.get(k) as number[], start[i]);
  });
  return { keywords, start, positions };
}
