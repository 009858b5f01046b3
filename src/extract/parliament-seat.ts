/**
 * A meeting held in a parliament's own house ("received in the Mazhilis the Ambassador", "hosted the
 * envoy at Parliament Buildings", "held talks in the Speaker's chambers in the Senate of Ostria
 * Building") was held in the city where that parliament sits, its country's capital, though the
 * sentence names no city. A reader of the report knows that city; the refiner asks this last, after
 * every city the article writes (whose spelling wins: "Nur-Sultan" where the capital list says "Astana").
 */
import type { Doc, Sentence } from "./document.ts";
import { capitalOf } from "./gazetteer.ts";
import { onlyOne } from "./only-one.ts";

// Right before the parliament: where something is held, not whose it is ("a delegation of the Mazhilis").
const AT = /\b(?:in|at) (?:the )?$/i;
// A house named by its country: "in the Senate of Ostria Building", "at the National Assembly of Ostria".
const CHAMBER_OF =
  /\b(?:in|at) the (?:Senate|Parliament|National Assembly|House of [\p{Lu}][\p{L}]+|Chamber of Deputies|Congress|Federal Assembly|State Assembly) of (?:the )?$/u;
// A house named without its country: "at Parliament Buildings", "in the parliament building".
const HOUSE =
  /\b(?:in|at) (?:the )?(?:Parliament (?:Buildings?|House)|(?:[Pp]arliament|Senate|Congress|National Assembly) (?:building|Building|complex|premises))\b/u;
const LEGISLATOR =
  /\b(?:Speaker|Senator|MP|Member of Parliament|[Ll]egislator|[Ll]awmaker|Parliament|National Assembly|Senate|Congress|Duma|Majl?ilis|Mazhilis|Khural|Rada|Sejm|Knesset)\b/;
// A clause of a plan, an invitation or an earlier encounter: the house is not where this meeting was.
const NOT_THIS_MEETING =
  /\b(?:invit\w*|to visit|to be held|will be held|upcoming|forthcoming|next|with whom|whom)\b/i;

/**
 * The capital of the parliament in whose house the sentence puts its meeting: a parliament (or another
 * national body) the gazetteer knows with its country ("in the Mazhilis", "at the State Duma", "at Akorda"), a chamber named with its
 * country ("in the Senate of Ostria Building"), or a house named without one ("at Parliament
 * Buildings"), whose country is that of the meeting's legislators (`people`, local ids).
 */
export function parliamentSeatIn(doc: Doc, s: Sentence, people: readonly number[]): string | undefined {
  for (const f of s.found) {
    const start = s.tokens[f.from]?.start ?? 0;
    const before = s.text.slice(0, start);
    if (notThisMeeting(before)) continue;
    if (f.entry.kind === "body" && f.entry.country && AT.test(before)) return seatOf(f.entry.country);
    if (f.entry.kind === "country" && !f.entry.demonym && CHAMBER_OF.test(before))
      return seatOf(f.entry.name);
  }
  const house = HOUSE.exec(s.text);
  if (!house || notThisMeeting(s.text.slice(0, house.index))) return undefined;
  const country = legislatorsCountry(doc, people);
  return country ? seatOf(country) : undefined;
}

// Parliaments that do not sit in the capital the countries list gives, and those whose chambers sit
// in different cities (null: no one city can be said).
const SEATS_ELSEWHERE: Record<string, string | null> = {
  Netherlands: "The Hague",
  "South Africa": "Cape Town",
  Bolivia: "La Paz",
  Chile: "Valparaiso",
  Philippines: null,
};

// The city where a country's parliament sits.
function seatOf(country: string): string | undefined {
  const elsewhere = SEATS_ELSEWHERE[country];
  return elsewhere === null ? undefined : (elsewhere ?? capitalOf(country));
}

// Whether the clause that leads to the house (since the last comma or semicolon) is a plan, an
// invitation or an earlier encounter.
function notThisMeeting(before: string): boolean {
  return NOT_THIS_MEETING.test(before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1));
}

// The one country of the meeting's people who hold a seat in a parliament (a role in a body, or a
// title of one: "National Assembly Speaker", "Senator"): the house is theirs, not their guest's.
function legislatorsCountry(doc: Doc, people: readonly number[]): string | undefined {
  const countries = new Set(
    people.flatMap((id) => {
      const p = doc.people[id];
      return p?.country && p.roles.some((r) => r.body || LEGISLATOR.test(r.title)) ? [p.country] : [];
    }),
  );
  return onlyOne(countries);
}
