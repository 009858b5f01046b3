/**
 * "meetings in Astana", "who met in Nur-Sultan in 2021?": the meetings held in a city, under any of
 * its names, newest first; when none is recorded there, that is said.
 */
import { placeInCity } from "../../text/city-spellings.ts";
import type { QuestionParse } from "../parse.ts";
import { Reply } from "../reply.ts";
import { heldInCities, inPeriod, type Selection } from "../select.ts";
import type { ComposeContext } from "./context.ts";
import { meetingList } from "./meeting-list.ts";

/** Whether a question without a person or country asks for the meetings in a city. */
export function asksForCityMeetings(q: QuestionParse, hasSubject: boolean): boolean {
  return !hasSubject && q.placeCities.length > 0 && ["who-met", "about", "latest"].includes(q.intent);
}

/** Answers a question for the meetings held in the city it names (of its period, when it gives one). */
export function cityMeetings(ctx: ComposeContext, q: QuestionParse, _selection: Selection): Reply {
  const w = ctx.words;
  const all = heldInCities(ctx.index.byRecency, q.placeCities);
  if (!all.length) return new Reply().setHeader(w.noMeetingThen(q.placeCities.map(w.inPlace).join(w.and)));
  // The period narrows them; when none falls in it, that is said before the city's newest.
  const date = q.date;
  const then = date ? all.filter(inPeriod(ctx.index, date)) : all;
  const none = then.length === 0;
  const meetings = none ? all : then;
  // The city as the reports write it when they all write it one way ("Nur-Sultan"), else as asked.
  const places = new Set(meetings.map((m) => m.place));
  const shared = places.size === 1 ? meetings[0]?.place : undefined;
  const where = q.placeCities
    .map((c) => w.inPlace(shared && placeInCity(shared, c) ? shared : c))
    .join(w.and);
  const period = q.date ? ` ${w.period(q.date)}` : "";
  const header = none
    ? `${w.noMeetingThen(`${q.placeCities.map(w.inPlace).join(w.and)}${period}`)} ${w.meetingsIn(where)}`
    : w.meetingsIn(`${where}${period}`);
  return meetingList(ctx, q, { meetings, unmatched: [] }, header, true);
}
