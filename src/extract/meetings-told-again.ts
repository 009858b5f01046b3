/**
 * A wrap-up that tells again, by their countries, the meetings a report has told one by one: "At
 * meetings with Russian and Belarusian colleagues, X stressed ..." after X's meetings with two Russian
 * speakers and a Belarusian one. Its sides are those people, not more people met.
 */
import type { LocalMeeting } from "./assemble.ts";
import type { Doc } from "./document.ts";
import { mayStandFor } from "./role-sides.ts";

// Meetings in the plural after a preposition of circumstance: the report's own meetings, told again.
const AT_THE_MEETINGS =
  /\b(?:during|at|in|after|following) (?:the |his |her |their )?(?:meetings|talks) with\b/i;

/**
 * The meetings told before that a one-person proposal with unnamed sides tells again, when its sentence
 * speaks of them in the plural ("at meetings with Ostrian colleagues") and each of its sides may stand
 * for someone of its country already met by that person; undefined when it may tell others.
 */
export function meetingsToldAgain(
  doc: Doc,
  meetings: LocalMeeting[],
  p: { sentence: number; people: number[]; parties: { country: string; description: string }[] },
): LocalMeeting[] | undefined {
  const own = p.people[0];
  if (p.people.length !== 1 || own === undefined || p.parties.length === 0) return undefined;
  if (!AT_THE_MEETINGS.test(doc.sentences[p.sentence]?.text ?? "")) return undefined;
  const covering = p.parties.map((party) =>
    meetings.filter(
      (m) =>
        m.sentence < p.sentence &&
        m.people.includes(own) &&
        m.people.some(
          (id) =>
            id !== own &&
            doc.people[id]?.country === party.country &&
            mayStandFor(doc.people[id], party.description),
        ),
    ),
  );
  if (covering.some((c) => c.length === 0)) return undefined;
  return [...new Set(covering.flat())];
}
