/**
 * What a meeting sentence and its article say about a meeting besides its sides: the place, the
 * occasion, the documents signed and the topics discussed.
 */

import { allMatches } from "./all-matches.ts";
import { cityAsSubject } from "./city-subject.ts";
import { calendarDates } from "./dates.ts";
import type { Doc, Sentence } from "./document.ts";
import { capitalOf, type Found } from "./gazetteer.ts";
import { fold } from "./text.ts";
import { withoutThingsDated } from "./things-dated.ts";

/** The cities a sentence names, in order ("in Astana", "Moscow, 21 June 2022"). */
export function citiesIn(s: Sentence): string[] {
  return s.found.filter((f) => f.entry.kind === "city").map((f) => f.text);
}

/**
 * The city a sentence places something in: a city after "in"/"at", or (unless `strict`) the only
 * city it names.
 */
export function placeIn(s: Sentence, strict = false): string | undefined {
  const cities = s.found
    .filter((f) => f.entry.kind === "city")
    .map((f) => ({ ...f, entry: { ...f.entry, name: f.text } }));
  const after = cities.find(
    (f) =>
      /^(in|at|to)$/i.test(s.tokens[f.from - 1]?.text ?? "") ||
      /capital|western|eastern|northern|southern|downtown/i.test(s.tokens[f.from - 1]?.text ?? "") ||
      s.tokens[f.from - 1]?.text === "," ||
      // "in the spiritual capital of the region – Oldtown city": the city set apart by a dash after
      // the words of a place it names.
      dashAfterPlaceWords(s, f.from - 1) ||
      // "at the Mombasa County Assembly": a house or an event named after its city is in that city.
      // Only after "at": "in the Paris Agreement" names no place.
      (fold(s.tokens[f.from - 1]?.text ?? "") === "the" && fold(s.tokens[f.from - 2]?.text ?? "") === "at"),
  );
  // A lone city counts only as a place of its own, not inside a name ("the Almaty Maslikhat"), nor
  // where someone came from ("the delegation from Tashkent").
  // Nor a capital that speaks for its government ("Pyongyang is expecting a delegation", "Moscow says").
  const lone =
    cities.length === 1 &&
    !strict &&
    !cityAsSubject(s.tokens, s.found, cities[0] as Found) &&
    !/^\p{Lu}/u.test(s.tokens[cities[0]?.to ?? 0]?.text ?? "") &&
    !["the", "from"].includes(fold(s.tokens[(cities[0]?.from ?? 0) - 1]?.text ?? ""))
      ? cities[0]
      : undefined;
  return (after ?? lone)?.entry.name ?? capitalPlaceIn(s);
}

// Whether token `dash` is a dash after "in" or "at" and a few words of a place ("in the spiritual
// capital of the region –"), no comma between.
function dashAfterPlaceWords(s: Sentence, dash: number): boolean {
  if (!/^[–—]$/.test(s.tokens[dash]?.text ?? "")) return false;
  for (let k = dash - 1; k >= Math.max(0, dash - 10); k--) {
    const w = fold(s.tokens[k]?.text ?? "");
    if (w === "," || w === ";") return false;
    if ((w === "in" || w === "at") && fold(s.tokens[k + 1]?.text ?? "") === "the") return true;
  }
  return false;
}

/**
 * The capital a sentence places something in without naming it: "in the Kazakh capital", "to the
 * capital of Uzbekistan" give that country's capital.
 */
export function capitalPlaceIn(s: Sentence): string | undefined {
  const word = (i: number) => fold(s.tokens[i]?.text ?? "");
  const leads = (i: number) => ["in", "at", "to"].includes(word(i));
  for (const f of s.found) {
    if (f.entry.kind !== "country") continue;
    // "in the Kazakh capital"
    const adjective = word(f.to) === "capital" && word(f.from - 1) === "the" && leads(f.from - 2);
    // "in the capital of (the) Republic of Kazakhstan"
    const at = word(f.from - 1) === "the" ? f.from - 2 : f.from - 1;
    const ofCountry =
      word(at) === "of" && word(at - 1) === "capital" && word(at - 2) === "the" && leads(at - 3);
    if (adjective || ofCountry) return capitalOf(f.entry.name);
  }
  return undefined;
}

/** A building named as the place of a meeting ("in the State House", "at the Akorda"). */
export function venueIn(text: string): string | undefined {
  const m =
    /\b(?:in|at) the ((?:[\p{Lu}][\p{L}'’-]+ ){0,3}(?:House|Palace|Hall|Building|Residence|Centre|Center)|Akorda|Ak Orda|Kremlin|White House|Blue House)\b/u.exec(
      text,
    );
  // A bare "House" or "Hall" is a chamber or a room, not a building that places anything: "in the
  // House of Commons" says no more than the city does.
  return m?.[1] &&
    (m[1].includes(" ") || !/^(?:House|Palace|Hall|Building|Residence|Centre|Center)$/.test(m[1]))
    ? m[1]
    : undefined;
}

/** A country a sentence places a meeting in when it names no city ("visited Ukraine where he met"). */
export function countryPlaceIn(s: Sentence): string | undefined {
  const countries = s.found.filter((x) => x.entry.kind === "country" && !x.entry.demonym);
  // "visited Ukraine where he met" beats "prior to the visit to Uzbekistan".
  for (const word of ["visited", "in"]) {
    const f = countries.find((x) => (s.tokens[x.from - 1]?.key ?? "") === word);
    if (f) return f.entry.name;
  }
  return undefined;
}

// An event's name: an ordinal, capitalised words (a digit or a "+" inside one: "G20", "BRICS+"),
// the head noun, "of" phrases ("of the Union 2030"), a quoted title and an acronym in brackets.
const EVENT_NAME = String.raw`(?:\d+(?:st|nd|rd|th)\s+(?:anniversary\s+|jubilee\s+)?)?(?:(?<![\p{L}\d'’»”"«“+–-])[\p{Lu}\d«“"][\p{L}\d'’»”"+–-]*\s*|of\s+|the\s+|and\s+|for\s+|on\s+|in\s+(?=[\p{Lu}]))*?(?:Conference|Summit|Forum|Assembly|Session|Congress|Meeting|Sitting|Games|Expo|EXPO|Week|Festival|Dialogue|Speakers|Parliaments|Format|Ministerial Council)\b(?!['’])(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\d'’+-]*(?:\s+(?:[\p{Lu}][\p{L}\d'’+-]*|(?:19|20)\d\d\b))*)*(?:\s*[«“"][^»”"]+[»”"])?(?:\s+\([\p{Lu}\d][\p{Lu}\d-]{1,9}\))?`;

// Each pattern with the words it cannot match without (see VISIT_ABROAD).
const OCCASION: { needs: string[]; pattern: RegExp }[] = [
  {
    needs: [
      "Conference",
      "Summit",
      "Forum",
      "Assembly",
      "Session",
      "Congress",
      "Meeting",
      "Sitting",
      "Games",
      "Expo",
      "EXPO",
      "Week",
      "Festival",
      "Dialogue",
      "Speakers",
      "Parliaments",
      "Format",
      "Ministerial Council",
    ],
    pattern: new RegExp(
      String.raw`\b(?:[Oo]n the sidelines of|[Ww]ithin the framework of|[Ii]n the framework of|[Aa]s part of|[Ww]ithin|[Dd]uring|[Aa]t|[Aa]ttending|participants of|[Oo]n the margins of)\s+(?:the\s+)?(${EVENT_NAME})`,
      "u",
    ),
  },
  {
    needs: ["session of the ", "sitting of the ", "meeting of the "],
    pattern:
      /\b(second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (session|sitting|meeting) of the ([\p{Lu}][\p{L}\d'’+ -]+?)(?= in | on |[,.]|$)/u,
  },
  {
    // "the COP29 conference", "the BRICS parliamentary forum": a name made of an acronym or a
    // number, then a generic noun in lower case. A plain capitalised word before the noun ("the
    // Senate session") is left out: it names a body, not an event.
    needs: [" conference", " summit", " forum", " congress", " session", " assembly", " meeting", " sitting"],
    pattern:
      /\b(?:[Oo]n the sidelines of|[Ww]ithin the framework of|[Ii]n the framework of|[Dd]uring|[Aa]t|[Aa]ttending|[Oo]n the margins of)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\d'’-]*\s+)*(?:\p{Lu}{2,}\d*\+?|\p{Lu}+\d+[\p{L}\d]*\+?|\d+(?:st|nd|rd|th))\s+(?:\p{Ll}+\s+)?(?:conference|summit|forum|congress|session|assembly|meeting|sitting))\b/u,
  },
  {
    needs: [" visit"],
    pattern:
      /\b(?:an? |the |his |her )?((?:official|working|state|two-day|three-day|five-day|first) visit)\b/,
  },
  {
    needs: [" format"],
    pattern: /\bin (?:a )?(video format|videoconference format|online format|virtual format)/,
  },
  { needs: ["first virtual meeting"], pattern: /\b(first virtual meeting)\b/ },
];

/** The occasion a sentence names: a forum, a session, an official visit, a video call. */
export function occasionIn(text: string): string | undefined {
  // Several refiners ask about the same sentences; the patterns are costly, so remember answers.
  if (occasionMemo.has(text)) return occasionMemo.get(text);
  const found = readOccasion(text);
  if (occasionMemo.size > 2000) occasionMemo.clear();
  occasionMemo.set(text, found);
  return found;
}
const occasionMemo = new Map<string, string | undefined>();

// "cooperation within the framework of the X Assembly": an organisation the talks were about, not where they were held.
const DISCUSSED_BEFORE =
  /\b(?:cooperation|partnership|interaction|relations|ties|collaboration|contacts|activities|role|participation|membership|chairmanship|presidency|discussed|discussing|talked about|touched upon|exchanged views)\b[^.;:]{0,80}$/iu;

// "the doctrine announced at the party congress": an event where something was said or adopted,
// not one where the sentence's people met.
const PROCLAIMED_BEFORE =
  /\b(?:announced|adopted|approved|elected|proclaimed|declared|voiced|outlined|put forward|set out)\s+$/i;

/** The head nouns of events' names an occasion may be read as alone ("On the sidelines of the Conference"). */
export const BARE_EVENT_NOUN = /^(?:Conference|Summit|Forum|Assembly|Session|Congress)$/;

function readOccasion(text: string): string | undefined {
  for (const { needs, pattern } of OCCASION) {
    if (!needs.some((word) => text.includes(word))) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    if (/^(?:within|in the framework|as part)/i.test(m[0]) && DISCUSSED_BEFORE.test(text.slice(0, m.index)))
      continue;
    if (PROCLAIMED_BEFORE.test(text.slice(0, m.index))) continue;
    const value = (m.length > 3 ? m[0] : (m[1] as string)).trim().replace(/^(the|a|an)\s+/i, "");
    if (/^(the )?meeting$/i.test(value) || (value.split(/\s+/).length < 2 && !BARE_EVENT_NOUN.test(value)))
      continue;
    return withoutTrailingLink(value);
  }
  return undefined;
}

/** A name without a linking word the name pattern took at its end ("Forum of the"). */
const withoutTrailingLink = (name: string) => name.replace(/\s+(in|on|and|of|the)$/i, "");

// A numbered event named anywhere in a sentence: "took part in the 148th Assembly of the Union",
// "the Fifth World Conference of Speakers". The number is what tells an event from a body of the
// same head noun ("the National Assembly of Ostria").
const NUMBERED_EVENT = new RegExp(
  String.raw`\bthe\s+(?=(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s)(${EVENT_NAME})`,
  "gu",
);

/** The numbered events a sentence names, wherever it names them ("the 148th Assembly of the Union"). */
export function numberedEventsIn(text: string): string[] {
  return allMatches(NUMBERED_EVENT, text).map((m) => withoutTrailingLink((m[1] as string).trim()));
}

/**
 * Whether a sentence reports something earlier than the article's news ("Earlier, X met Y", "prior
 * to", "X recalled his recent talks with Y").
 */
export function isEarlierReport(text: string): boolean {
  // "Earlier in the day" (or "earlier yesterday", "earlier this morning") is the same day's news, not an earlier report.
  const plain = withoutThingsDated(withoutRelativeAsides(text));
  return EARLIER.test(plain) || tellsOfDatedEarlierMeeting(plain);
}

/**
 * Whether a sentence tells its meeting in an "after"/"since" clause with a year of its own ("X said on
 * Tuesday, after meeting Y in 2019, that ..."): the sentence's weekday or "today" is the telling's day.
 */
export function tellsOfDatedEarlierMeeting(text: string): boolean {
  return DATED_BEFORE.test(text);
}

// A meeting told in an "after"/"since" clause with a year of its own: "X said on Tuesday, after
// meeting Y in 2019, that ...", "since his talks with Y in 2021": an earlier encounter, which the
// day of the telling does not date.
const DATED_BEFORE =
  /\b(?:after|since) (?:meeting|receiving|hosting|holding|(?:his|her|their) (?:\w+ )?(?:talks|meeting|visit)|talks)\b[^,;.]{0,100}? in (?:19|20)\d\d\b/i;

// A relative clause set off by commas ("X, who previously visited Japan, received Y") tells of a
// person, not of the sentence's meeting: its words neither date nor place that meeting.
const RELATIVE_ASIDE = /,\s+who(?:se)?\s[^,;:"“”()]{1,120}?(?:,|(?=[.!?]?\s*$))/g;

/** `text` without its relative clauses about a person set off by commas (", who ..., "). */
export function withoutRelativeAsides(text: string): string {
  return text.includes(", who") ? text.replace(RELATIVE_ASIDE, ",") : text;
}

const EARLIER =
  /\b(earlier(?! (?:in the day|today|that day|on the same day|the same day|yesterday|this (?:morning|afternoon|evening)|tonight))|previously|prior to|previous meeting|last year|in the past|before that|recalled|recalling|recent talks|recent meeting)\b/i;

/**
 * Whether the article says its protagonist is on a visit to another country ("While on an official
 * visit to Russia"). `skip` leaves out sentences whose visit is not the one asked about (a visit of
 * someone who meets no one); without it the answer is kept for the document.
 */
export function visitAbroad(doc: Doc, skip?: (s: Sentence) => boolean): string | undefined {
  if (skip) return findVisitAbroad(doc, skip);
  if (visitMemo.has(doc)) return visitMemo.get(doc);
  const place = findVisitAbroad(doc);
  visitMemo.set(doc, place);
  return place;
}
const visitMemo = new WeakMap<Doc, string | undefined>();

// "While on an official visit to Russia", "as part of his working visit to the Republic of Italy",
// "began an official visit to Thailand", "the visit of the Speaker and her delegation to Egypt",
// "arrived in the United States".
// Each pattern with the words it cannot match without, checked first: most sentences hold none
// of them, and the patterns (Unicode classes, long alternations) are costly to run on every sentence.
const VISIT_ABROAD: { needs: string[]; pattern: RegExp }[] = [
  {
    needs: ["visit "],
    pattern:
      /\b(?:[Ww]hile on|is paying|was paying|paying|pays|paid|will pay|to pay|made|makes|making|is on|was on|arrived (?:for|on)|during|[Aa]s part of|began|begins|started|embarked on|on the occasion of|within the framework of|\bOn(?= (?:his|her|their) )) (?:an? |the |his |her |their )?(?:official |working |state |parliamentary |two-day |three-day |four-day |five-day |friendly )*visit (?:of (?:[\p{L}'’-]+ ){1,10}?)?to (?:the )?(?:Republic of |Kingdom of |State of )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)/u,
  },
  // "Senator X's working visit to Brazil continued with ...", "During Senator X's visit to Brazil, ...":
  // the visit named by its visitor, as the frame of what the sentence reports (not a visit recalled,
  // "named X's visit to Azerbaijan in April 2017 a landmark").
  {
    needs: ["visit to "],
    pattern:
      /(?:^|\b(?:[Dd]uring|[Aa]s part of|[Ww]ithin the framework of|[Oo]n the sidelines of|[Ii]n the course of) )(?:(?:\p{Lu}[\p{L}.-]*|of|the) ){0,8}?\p{Lu}[\p{L}-]+['’]s (?:official |working |state |two-day |three-day |four-day |five-day |friendly )*visit to (?:the )?(?:Republic of |Kingdom of |State of )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)/u,
  },
  {
    needs: ["arrived in ", "arrives in ", "landed in "],
    pattern: /\b(?:arrived|arrives|landed) in (?:the )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)/u,
  },
  // A visit summed up or told over: "summed up the results of his working visit to Georgia", "The
  // visit of the Senate delegation to Georgia has come to an end", "returned from Georgia".
  {
    needs: ["visit "],
    pattern:
      /(?:^|\b(?:results|outcomes?) of )(?:[Tt]he |an? |his |her |their )?(?:official |working |state |parliamentary |two-day |three-day |four-day |five-day |friendly )*visit (?:of (?:[\p{L}'’-]+ ){1,10}?)?to (?:the )?(?:Republic of |Kingdom of |State of )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)/u,
  },
  {
    needs: ["returned ", "returns ", "back "],
    pattern:
      /\b(?:returned|returns|is back|was back|came back|comes back) (?:home |today |yesterday |on \w+day )?from (?:an? |his |her |their |the )?(?:(?:official |working |state |parliamentary |friendly )*visit to )?(?:the )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?)/u,
  },
  // "X, in Japan at the invitation of the House of Representatives, visited ..."
  {
    needs: ["at the invitation of"],
    pattern: /\bin (?:the )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?),? at the invitation of\b/u,
  },
];

/**
 * Whether the visit a sentence names is dated, right after its place, more than a fortnight before
 * `published` ("as agreed during his visit to Chisinau on July 23", in a report of September): a
 * visit recalled, not the one the article's people are on.
 */
function visitLongBefore(text: string, end: number, published: string | undefined): boolean {
  if (!published) return false;
  return calendarDates(text, published).some(
    (d) =>
      d.index >= end &&
      d.index - end <= 12 &&
      Date.parse(published) - Date.parse(d.end ?? d.start) > 14 * 86_400_000,
  );
}

// What a visit produced, named before it ("the agreements reached during the visit of the Head of
// State to Tokyo"): a visit over, whose results the report's people discuss, not the one they are on.
// Not a result told of the visit itself ("agreements were reached during the visit to Japan").
const OUTCOME_OF_VISIT =
  /(?<!\b(?:was|were|been|be|is|are|have|has|had) )\b(?:reached|achieved|agreed|signed|concluded|adopted|attained)\s+$/i;

function findVisitAbroad(doc: Doc, skip?: (s: Sentence) => boolean): string | undefined {
  for (const s of doc.sentences) {
    if (skip?.(s)) continue;
    for (const { needs, pattern } of VISIT_ABROAD) {
      if (!needs.some((word) => s.text.includes(word))) continue;
      const m = pattern.exec(s.text);
      if (
        !m ||
        /\b(your|our) visit/i.test(s.text.slice(Math.max(0, (m.index ?? 0) - 6), (m.index ?? 0) + 10)) ||
        OUTCOME_OF_VISIT.test(s.text.slice(0, m.index))
      )
        continue;
      // "a visit to the Republic of Korea": the pattern reads the country's last words, the gazetteer
      // knows the whole name.
      const said = fold(m[1] as string);
      const place = s.found.find(
        (f) =>
          fold(f.text) === said ||
          fold(f.entry.name) === said ||
          (f.entry.kind === "country" &&
            /^(?:republic|kingdom|state) of /.test(fold(f.text)) &&
            fold(f.text).endsWith(` ${said}`)),
      );
      // Whether the visit is dated long ago asks chrono-node, the costliest reader: only of a visit to a known place.
      if (place && !visitLongBefore(s.text, (m.index ?? 0) + m[0].length, doc.article.published))
        return place.entry.kind === "city" ? (place.entry.country ?? place.entry.name) : place.entry.name;
    }
  }
  return undefined;
}
