/**
 * "latest meetings", "what's new", "meetings this month": the newest meetings, in the period when one
 * is given (and when none falls in it, that is said before the newest).
 */
import type { QuestionParse } from "../parse.ts";
import type { Reply } from "../reply.ts";
import { type Selection, selectMeetings } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { meetingList } from "./meeting-list.ts";

/** Answers a question for the newest meetings, of a period or of all. */
export function latest(ctx: ComposeContext, q: QuestionParse, _selection: Selection): Reply {
  const selection = selectMeetings(ctx.index, { ...q, keywords: [] }, ctx.countries);
  if (q.date && selection.unmatched.length) {
    // Nothing in that period: say so, then the newest meetings of all.
    const all = selectMeetings(ctx.index, { ...q, keywords: [], date: undefined }, ctx.countries);
    const header = `${ctx.words.noMeetingThen(ctx.words.period(q.date))} ${ctx.words.latestMeetings}`;
    return meetingList(ctx, q, { meetings: all.meetings, unmatched: [] }, header);
  }
  if (selection.undatedOnly) selection.meetings = [];
  return meetingList(
    ctx,
    q,
    selection,
    q.date ? ctx.words.meetingsIn(ctx.words.period(q.date)) : ctx.words.latestMeetings,
  );
}
