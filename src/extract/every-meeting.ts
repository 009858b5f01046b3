/**
 * Attendance told in the plural after several meetings of one visit: "The meetings were attended by
 * C", "C attended all the meetings", "C was present at both meetings". C sat at each of the visit's
 * meetings, not only the last one told.
 */
import type { LocalMeeting } from "./assemble.ts";
import { accreditedTo } from "./countries.ts";
import type { Doc } from "./document.ts";

// "the meetings", "both meetings", "all (of) the meetings", "each of the meetings"; not "the meetings
// of the commission" (a body's sittings) nor "meetings with the business community" (others still).
const THE_MEETINGS =
  /\b(?:the|these|those|both|all(?: of)?(?: the)?|each of the) (?:[\w-]+ ){0,2}?meetings\b(?! (?:of|with)\b)/i;

/** Whether an attendance sentence speaks of several meetings told before it ("the meetings"). */
export function speaksOfTheMeetings(text: string): boolean {
  return THE_MEETINGS.test(text);
}

/**
 * The meetings an attendee of "the meetings" joins: the meetings told so far (latest first, `told`)
 * of the one person they share with the last of them (the visitor). An attendee of another country
 * than the visitor's is of a side met: they join only the meetings with someone of their country
 * (a Chilean minister at "the meetings" of a Latvian guest sat at the Chilean table, not the Peruvian).
 * Empty when the last meeting shares no one with an earlier one (no visit of several meetings).
 */
export function meetingsOfTheVisit(doc: Doc, told: LocalMeeting[], attendee: number): LocalMeeting[] {
  const last = told[0];
  if (!last) return [];
  const same = told.filter((m) => m.planned === last.planned);
  const count = (id: number) => same.filter((m) => m.people.includes(id)).length;
  const visitor = [...last.people].sort((a, b) => count(b) - count(a))[0];
  if (visitor === undefined || count(visitor) < 2) return [];
  const visit = same.filter((m) => m.people.includes(visitor));
  const country = (id: number) => doc.people[id]?.country;
  const own = country(attendee);
  // The visitor's envoy to a country ("Ambassadors A and B accompanied X during the respective
  // meetings") sat at the meetings with the people of the country of their post.
  const posts = own && own === country(visitor) ? postsOf(doc, attendee) : [];
  const side = posts.length ? posts : own && own !== country(visitor) ? [own] : [];
  if (!side.length) return visit;
  const ofSide = visit.filter(
    (m) =>
      m.people.some((id) => id !== visitor && id !== attendee && side.includes(country(id) ?? "")) ||
      m.parties.some((x) => side.includes(x.country)),
  );
  return posts.length && !ofSide.length ? visit : ofSide;
}

/** The countries a person's titles say they are posted to as an envoy ("Ambassador to Ostria"). */
function postsOf(doc: Doc, person: number): string[] {
  return (doc.people[person]?.roles ?? [])
    .filter((r) => ENVOY.test(r.title))
    .flatMap((r) => accreditedTo(r.title));
}
const ENVOY = /\b(?:ambassador|envoy|charg[eé] d)/i;
