/**
 * Meeting finders. Each sentence is rewritten as a skeleton in which every mention is a placeholder
 * ("@m2 met with @m3 in astana ."), and a few patterns over skeletons propose meetings: who met whom,
 * talks between two people, a meeting with someone, two people acting together, signatures, and
 * people who attended. Each proposal names its sentence, its sides and whether it is planned.
 */

import type { Doc, Mention, Sentence } from "./document.ts";
import { delegationAsHead, ledDelegationsAsHeads, splitCountryLists } from "./finders/sides.ts";
import { cachedPattern } from "./pattern-cache.ts";
import { articleProtagonist } from "./protagonist.ts";
import { fold } from "./text.ts";

/** A meeting as one sentence proposes it. */
export interface Proposal {
  sentence: number;
  /** Local person ids. */
  people: number[];
  parties: { country: string; description: string }[];
  planned: boolean;
  /** Attendance sentences add people to the meeting before them instead of proposing one. */
  addsTo?: "previous";
  /** Which finder proposed it, for debugging and tests. */
  finder: string;
}

const M = String.raw`@m\d+`;
// A list of mentions; a later item may repeat the preposition ("with A, as well as with B").
const LIST = String.raw`${M}(?:(?: ,| ;| and| , and| ; and| as well as| , as well as| alongside| , alongside| together with| plus)(?: with)? ${M})*`;
const AUX = String.raw`(?:(?:has|have|had|also|then|later|today|yesterday|respectively|reportedly|officially|separately|already|first|further|once again|again) )*`;
const MEET_NOUN = String.raw`(?:meeting|meetings|talks|negotiations|conversation|conversations|engagement|engagements|encounter|discussion|discussions|consultations|session|sitting|dialogue|dialogues|audience|bilateral)`;
// Meals and receptions are meetings too when they are "with" someone ("during a working breakfast with X").
const MEAL = String.raw`(?:luncheon|lunch|dinner|breakfast|banquet|reception)`;
const HELD = String.raw`(?:met|meets|received|receives|hosted|hosts|accepted|welcomed|(?:held|holds|had|conducted|hold) (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|attended a meeting|(?:talked|spoke)(?= (?:[^@ ]+ ){0,4}?(?:with|to) )|shook hands|called on|paid a (?:courtesy )?call on)`;
const PLANNED = String.raw`(?:will (?:also )?(?:meet|hold (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|receive|have (?:[\w'’-]+ ){0,3}?${MEET_NOUN})|(?:is|are|was|were) (?:also )?(?:set|going|expected|scheduled|due|slated|planned|planning|to) (?:to )?(?:meet|hold (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|engage in (?:[\w'’-]+ ){0,4}?${MEET_NOUN}|receive|have (?:[\w'’-]+ ){0,3}?${MEET_NOUN})|plans? to (?:meet|hold (?:[\w'’-]+ ){0,3}?${MEET_NOUN})|planned to meet|agreed to meet|hoping to meet|hopes to meet|intends to meet|would meet|will (?:also )?be (?:received|welcomed|hosted))`;
// "... led by X", also after a noun the side's mention left out ("a delegation of Egyptian lawmakers led by X").
const LED = String.raw`(?: [a-z]+){0,2}?(?: ,)? (?:led|headed|chaired) by (${M})`;

const SUBJECT_VERB_OBJECT = new RegExp(
  String.raw`(${LIST})(?: [^@]{0,110}?)? ${AUX}(${HELD}|${PLANNED}) (?:[^@]{0,60}? |[^@]{0,110}? , )?(?:with |by )?(${LIST})(?:${LED})?`,
  "g",
);
// "talks between X and Y", "talks between Presidents X and Y", "talks between X with Y and Z" (a dialogue
// between two people is a relationship, not a meeting).
const BETWEEN = new RegExp(
  String.raw`(?:^| )(?!dialogues? )(?:${MEET_NOUN}|${MEAL}) (?:(?:took|takes|will take) place |(?:was|were|will be) held |held )?(?:in [^@,]{1,30} )?between (?:[a-z]+ )?(${M})(?: ,)? (?:and|with) (${LIST})`,
  "g",
);
// "the meeting of X and Y", "the meeting of X, with Y", "a meeting of X and a delegation led by Y".
const MEETING_OF = new RegExp(
  String.raw`(?:${MEET_NOUN}|${MEAL}) of (${M})(?: ,)? (?:[a-z]{1,3} )?(?:and|with) (${LIST})(?: \)?)?(?:${LED})?`,
  "g",
);
// "X's 21 January meeting with Y", "X recalled his recent talks with Y": the owner of the meeting met Y.
const OWNED_MEETING = new RegExp(
  String.raw`(${M}) (?:'s|[^@]{0,80}? (?:his|her|their)) (?:[\w'’-]+ ){0,4}?(?:${MEET_NOUN}|${MEAL}) with (${LIST})`,
  "g",
);
// "X made the remarks while receiving Y", "... when meeting with Y before paying a courtesy call on Z".
const WHILE_MEETING = new RegExp(
  String.raw`(?:when|while|before|after|upon|during) (?:meeting|receiving|hosting|welcoming|paying a (?:courtesy )?call on|holding (?:[\w'’-]+ ){0,3}?${MEET_NOUN} with) (?:with )?(${LIST})`,
  "g",
);
// "X discussed the prospects of cooperation with Y".
const DISCUSSED_WITH = new RegExp(
  String.raw`(${M})(?: [^@]{0,60}?)? ${AUX}discussed (?:[^@]{0,90}? )?with (?:(?:visiting|the visiting|his|her|their) )?(${LIST})`,
  "g",
);
// A second verb for the same subject: "X will meet A and hold talks separately with B and C".
const AND_ALSO = new RegExp(
  String.raw`^ (?:, )?and (?:also |then |later |separately )?(?:met|meet|held|hold|had|have|received|receive|paid a (?:courtesy )?call on|pay a (?:courtesy )?call on)(?: [^@ ]+){0,4}? (?:with |on )?(${LIST})`,
);
// "during a meeting with X", "in meetings and engagements, including with his counterpart, X, Y".
const WITH_MEETING = new RegExp(
  String.raw`(?:at|during|in|after|following|on the sidelines of|in the course of|within|of) (?:(?:a|the|their|his|her|its|(${M})) )?(?:[\w'’-]+ ){0,3}?(?:${MEET_NOUN}|${MEAL})s? (?:(?:at|in) [^@,]{1,40}? )?(?:and [\w-]+ , including )?with (?:(?:his|her|their) [\w-]+ , )?(${LIST})(?:${LED})?`,
  "g",
);
const OPENING_MEETING = new RegExp(
  String.raw`^(?:[^@]{0,30}? )?(?:(?:the|a|an) )?(?:[\w'’-]+ ){0,2}?(?:${MEET_NOUN}|${MEAL})s? (?:(?:was|were|has been|have been) held |took place )?with (?:the [^@,]{1,70}? )?(${LIST})(?:${LED})?`,
  "g",
);
const PASSIVE_PLANNED = new RegExp(
  String.raw`${MEET_NOUN} (?:will|are to|is to|are expected to|are set to) (?:be )?(?:held|take place) with (${LIST})`,
  "g",
);
const JOINT = new RegExp(
  String.raw`(${M})(?: , [^@]{0,80}? ,)? and (${M})(?: , [^@]{0,80}? ,| ,)? ${AUX}(?:jointly |both |together )?(?:held|discussed|met|toured|shook hands|shake hands|signed|agreed|highlighted|exchanged|noted|stressed|talked|touched|reaffirmed|underlined|emphasized|emphasised|expressed|shared|outlined|considered|focused|dwelt|paid|reviewed|praised|hailed|co-chaired|chaired)\b`,
  "g",
);
// "The memorandum was signed by A and B" reports a signing; "the treaty signed by A and B in 1995"
// (no auxiliary) names the signatories of a document, which may be old.
const SIGNED_BY = new RegExp(
  String.raw`(?:was|were|been|be|being) (?:[a-z]+ly |also )?signed by (${M})(?: (?:[^@]|@m\d+){0,60}?)? and (?:by )?(${M})`,
  "g",
);
// "The Committee held its first virtual meeting with its counterpart ..., headed by X": a side led by someone.
const GROUP_HELD = new RegExp(
  String.raw`(?:held|had|conducted) (?:its|their|a|an) (?:[\w'’-]+ ){0,3}?${MEET_NOUN} with (${LIST})[^@]{0,60}?(?:headed|led|chaired) by (${M})`,
  "g",
);
const CONGRATULATED = new RegExp(String.raw`(${M}) (?:also |warmly )?congratulated (${M})`, "g");
// Congratulating someone on an election or an appointment is a message, not a meeting, unless the
// sentence places it in a meeting ("Opening the meeting, X congratulated Y on his appointment").
const ON_TAKING_OFFICE =
  /^ (?:on|upon) (?:his |her |their )?(?:[\w-]+ )?(?:election|re-election|appointment|taking office|assumption|inauguration)\b/;
const MEETING_WORD = new RegExp(String.raw`\b${MEET_NOUN}\b`);
const BY_MESSAGE = /\b(?:letter|message|cable|telegram|phone|telephone|video ?link|online)\b/i;
const GREETING = new RegExp(
  String.raw`^(?:welcoming|greeting|receiving|meeting with|thanking) (${M}) , (?:[^@]{0,20}? )?(${M})`,
  "g",
);
const ATTENDED = new RegExp(
  String.raw`(?:(?:meeting|talks|negotiations|session|sitting|event|${MEAL}) (?:was|were) (?:also )?attended by|(?:present at|attending) the (?:[\w-]+ )?(?:meeting|talks|event|${MEAL}) (?:were|was)|participants (?:included|were)|joined by|in the presence of) (?:[^@]{0,80}? )?(${LIST})`,
  "g",
);
// Someone who took part in the meeting just reported: "X also took part", "X participated in the
// talks", "X attended the meeting".
const PARTICIPATED = new RegExp(
  String.raw`(${M})(?: [^@]{0,80}?)? (?:participated|took part|also attended|attended the meeting|was present|were present|(?:told|informed|briefed) the (?:guests|delegation|visitors|delegates))`,
  "g",
);
// Taking part in an event of many ("took part in a conference on climate") is not taking part in the
// meeting reported before it.
const IN_AN_EVENT =
  /^(?: in| at)? (?:the |a |an )?(?:[^@.,]+ )?(?:conference|forum|summit|session|assembly|congress|festival|exhibition|seminar|webinar|symposium|games|elections?|celebrations?|parade|opening|competition|olympiad|expo|plenary|sitting|voting)\b/;

/**
 * The mention numbers of a list. A list joined by commas only must end with "and" (or "alongside"):
 * in "at a meeting with @m0 , @m1 noted" the list is @m0 alone, and in "@m0 and @m1 , @m2 said"
 * it stops after the item that "and" joined.
 */
export function listIds(list: string | undefined, after = ""): number[] {
  const items = [
    ...(list ?? "").matchAll(
      /(?:^|(,|;|and|as well as|alongside|together with|plus)\s+(?:with\s+)?)@m(\d+)/g,
    ),
  ];
  const out: number[] = [];
  const joinedByAnd = (sep: string | undefined) => !!sep && sep !== ",";
  const hasAnd = items.some((m) => joinedByAnd(m[1]));
  for (const [k, m] of items.entries()) {
    // "with @m1 , @m2 , alongside ..." is a list; "with @m0 , @m1 noted" is not: @m1 is the next clause's subject.
    if (k > 0 && !hasAnd && !/^\s*(,|\.|$)/.test(after)) break;
    if (k > 0 && !joinedByAnd(m[1]) && joinedByAnd(items[k - 1]?.[1])) break;
    out.push(Number(m[2]));
  }
  return out;
}
const ids = listIds;

// People who spell out the side listed before them: "other officials including A and B", "the Senate
// and Majilis speakers – A and B", "the heads of delegations of A, B and C, including new D".
const SPELLED_OUT = new RegExp(
  String.raw`^(?: ,)? (?:including|–|—|:|namely) (?:the )?(?:[^@\s]+ ){0,2}?(${LIST})`,
);

// The holder of a post named just after it: "the UK Ambassador in Pakistan X", "the envoy to the UN X".
const POSTED_IN = new RegExp(String.raw`^ (?:in|to|at) (?:the )?(?:[^@,\s]+ ){0,3}?(${M})`);

// The name in apposition after a title: "meeting with the Speaker of the parliament, X before ...".
const NAMED_AFTER = new RegExp(
  String.raw`^(?: [^@,\s]+){0,2} , (${M})(?= (?:before|after|on|in|at|during|to|and|\.)\b| \.|$)`,
);

// Mention n of a skeleton, wherever it stands ("@m1" but not "@m12").
const MENTION = cachedPattern((n: number) => new RegExp(String.raw`@m${n}(?!\d)`, "g"));

/**
 * The list captured by group `n` of a match, read with what follows it in the skeleton. A side the
 * next words spell out ("officials including A and B") is replaced by the people named.
 */
function listAt(sk: string, m: RegExpMatchArray, n: number, mentions?: Mention[]): number[] {
  const text = m[n];
  if (!text) return [];
  const start = sk.indexOf(text, m.index ?? 0);
  const after = sk.slice(start + text.length);
  const items = listIds(text, after);
  const last = items.at(-1);
  // A title followed by its holder's name: the name says who, whatever coreference made of the title.
  const titled = mentions && last !== undefined ? mentions[last] : undefined;
  if (mentions && (titled?.kind === "unnamed" || titled?.resolved)) {
    // What follows the title itself: the list may have run on over the name ("@m1 , @m2").
    const own = [...text.matchAll(MENTION(last as number))].at(-1);
    const rest = own ? text.slice((own.index ?? 0) + own[0].length) + after : after;
    const posted = POSTED_IN.exec(rest) ?? NAMED_AFTER.exec(rest);
    const holder = posted ? Number(posted[1]?.slice(2)) : -1;
    if (mentions[holder]?.kind === "person" && !mentions[holder]?.resolved)
      return [...items.slice(0, -1), holder];
  }
  const spelled =
    mentions && last !== undefined && mentions[last]?.kind !== "person" && SPELLED_OUT.exec(after);
  if (!spelled) return items;
  const named = listIds(spelled[1], after.slice(spelled[0].length)).filter(
    (k) => mentions[k]?.kind === "person",
  );
  if (!named.length) return items;
  // One side spelled out is replaced by its people; after a list of several, they are one more.
  return items.length > 1 ? [...items, ...named] : [...items.slice(0, -1), ...named];
}

// The other side of a meeting whose subject the sentence leaves out: the most mentioned person who
// is not already a side, preferring one from another country than the sides named.
function otherSide(doc: Doc, sides: (number | undefined)[]): number | undefined {
  const countries = new Set(
    sides.map((p) => (p === undefined ? undefined : doc.people[p]?.country)).filter(Boolean),
  );
  const candidates = doc.people.filter((p) => !sides.includes(p.id));
  candidates.sort(
    (a, b) =>
      Number(!!b.country && !countries.has(b.country)) - Number(!!a.country && !countries.has(a.country)) ||
      b.mentions - a.mentions ||
      a.firstSentence - b.firstSentence,
  );
  return candidates[0]?.id;
}

// Words after which "of"/"from"/"by" still names the side met: "received a courtesy visit from X",
// "hosted a dinner in honour of X", "met members of the delegation of X", "received in audience by
// X", "met with delegates led by X".
const MET_THROUGH =
  /\b(?:delegations?|delegates|members|heads|representatives|officials|parliamentarians|lawmakers|deputies|group|team|credentials|visit|call|honou?r|audience|(?:led|headed|chaired) by$)\b/;

/**
 * Whether the person after the verb of a subject-verb-object match belongs to a noun, not to the
 * verb: "received a letter from X", "welcomed the initiative of X", "welcomed the statement made by
 * X" report a message or an idea, not an encounter. A passive ("was received by X") is an encounter.
 */
function objectOfANoun(sk: string, m: RegExpMatchArray): boolean {
  const verb = m[2] ?? "";
  const verbAt = sk.indexOf(verb, m.index ?? 0);
  const objectAt = sk.indexOf(m[3] ?? "", verbAt + verb.length);
  const gap = sk.slice(verbAt + verb.length, objectAt).trim();
  if (!/ (?:of|from|by)$/.test(gap) || MET_THROUGH.test(gap)) return false;
  return !/\b(?:was|were|be|been|being)(?: [a-z]+ly)?$/.test(sk.slice(0, verbAt).trimEnd());
}

/** The skeleton of a sentence: lower-case words with "@mN" for mention N. */
export function skeleton(s: Sentence): string {
  // Several passes read the same sentence's skeleton: remembered while its mentions stand where they stood.
  let shape = "";
  for (const m of s.mentions) shape += `${m.from}:${m.to},`;
  const known = skeletons.get(s);
  if (known?.shape === shape) return known.skeleton;
  const made = buildSkeleton(s);
  skeletons.set(s, { shape, skeleton: made });
  return made;
}
const skeletons = new WeakMap<Sentence, { shape: string; skeleton: string }>();

let startsAtBuffer = new Int32Array(256);

function buildSkeleton(s: Sentence): string {
  // The first mention that starts at each token, found once rather than searched for at every token.
  // (One array reused from sentence to sentence: allocating a typed array is costly in V8.)
  if (startsAtBuffer.length < s.tokens.length) startsAtBuffer = new Int32Array(s.tokens.length * 2);
  const startsAt = startsAtBuffer;
  startsAt.fill(-1, 0, s.tokens.length);
  for (let n = s.mentions.length - 1; n >= 0; n--) {
    const from = (s.mentions[n] as Mention).from;
    if (from >= 0 && from < s.tokens.length) startsAt[from] = n;
  }
  const parts: string[] = [];
  for (let i = 0; i < s.tokens.length; ) {
    const n = startsAt[i] as number;
    if (n >= 0) {
      parts.push(`@m${n}`);
      i = (s.mentions[n] as Mention).to;
    } else {
      parts.push(s.tokens[i]?.key ?? "");
      i++;
    }
  }
  return parts.join(" ");
}

const PLANNED_WORDS =
  /\b(will|(?:is|are) (?:also )?(?:set|going|expected|scheduled|due) to|is scheduled|are scheduled|plans to|plan to|agreed to meet|hoping to|hopes to|intends to|would)\b/;

/** Proposes the meetings the sentences of a document report. */
export function proposeMeetings(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  delegationAsHead(doc);
  ledDelegationsAsHeads(doc);
  for (const s of doc.sentences) splitCountryLists(s);
  const main = articleProtagonist(doc, { prominence: false })?.id;
  let lastSubject: number | undefined;
  for (const s of doc.sentences) {
    // A sentence that names no one and no side proposes nothing (and most sentences name nobody).
    if (!s.mentions.some((m) => m.kind === "person" || m.country)) continue;
    const sk = skeleton(s);
    // Each pattern below runs only where its key words stand: regular expressions are the cost here.
    const mentionCount = s.mentions.length;
    const mention = (n: number) => s.mentions[n];
    const personOf = (n: number) => mention(n)?.person;
    const found: Proposal[] = [];
    const add = (finder: string, named: number[], objects: number[], planned: boolean, split = true) => {
      // No one meets themself: a pronoun or title ("the Speaker met ...") that coreference read as
      // one of the people met stands for someone else, the sentence's other person or the protagonist.
      const objectPeople = objects.map(personOf);
      const subjects = named.flatMap((n) =>
        mention(n)?.resolved && objectPeople.includes(personOf(n)) ? implicitSubject([...objects, n]) : [n],
      );
      const groups = split ? objects.map((o) => [o]) : [objects];
      for (const g of groups) {
        const sides = [...subjects, ...g].map(mention).filter((m): m is Mention => !!m);
        const people = [
          ...new Set(sides.filter((m) => m.person !== undefined).map((m) => m.person as number)),
        ];
        const parties = sides
          .filter((m) => m.kind !== "person" && m.country)
          .map((m) => ({ country: m.country as string, description: m.description ?? m.country ?? "" }));
        if (people.length === 0 || people.length + parties.length < 2) continue;
        found.push({ sentence: s.index, people, parties, planned, finder });
      }
    };
    // The subject of a sentence that names no subject: its first person, else the last subject, else the protagonist.
    const implicitSubject = (exclude: number[]): number[] => {
      const excluded = (p: number | undefined) => exclude.some((n) => personOf(n) === p);
      const inSentence = s.mentions.findIndex(
        (m, n) => m.person !== undefined && !exclude.includes(n) && !excluded(m.person) && m.from >= 0,
      );
      if (inSentence >= 0) return [inSentence];
      const fallback = [main, lastSubject, otherSide(doc, exclude.map(personOf))].find(
        (p) => p !== undefined && !excluded(p),
      );
      if (fallback === undefined) return [];
      s.mentions.push({ kind: "person", from: -1, to: -1, person: fallback, resolved: true });
      return [s.mentions.length - 1];
    };
    const planned = (text: string) => PLANNED_WORDS.test(text);
    // Whether the clause around a match speaks of the future ("is set to engage in dialogues with ...").
    const plannedAround = (m: RegExpMatchArray) =>
      planned(sk.slice(Math.max(0, (m.index ?? 0) - 50), (m.index ?? 0) + m[0].length));
    // "After a dinner hosted by @m0 , @m1 will be received by @m2": in running text, names joined by
    // commas alone are no list; the one next to the verb is its subject (a title's "A, B meet" is).
    const subjectList = (list: string | undefined): number[] => {
      const items = ids(list);
      const joined = / (?:and|as well as|together with|alongside|plus|;) /.test(list ?? "");
      return items.length > 1 && !joined && !s.headline ? items.slice(-1) : items;
    };
    // "@m0 , vice @m1 , met ...": a title in apposition whose holder is named before it; the holder
    // is the subject (the title, when the role finder left it apart, is no side of its own).
    const appositionOwner = (m: RegExpMatchArray): number[] | undefined => {
      if (ids(m[1]).some((n) => mention(n)?.kind === "person")) return undefined;
      const owner = /(@m\d+) , (?:[a-z'-]+ ){0,3}$/.exec(sk.slice(0, m.index ?? 0));
      const n = owner ? Number(owner[1]?.slice(2)) : -1;
      return mention(n)?.kind === "person" ? [n] : undefined;
    };

    if (mentionCount >= 2)
      for (const m of sk.matchAll(SUBJECT_VERB_OBJECT)) {
        if (objectOfANoun(sk, m)) continue;
        const objects = listAt(sk, m, 3, s.mentions);
        const leader = m[4] ? Number(m[4].slice(2)) : undefined;
        // "at the invitation of the House of @m2 , visited ... and met": a side after a preposition
        // is not the subject; the sentence's first person is.
        const complement =
          /\b(?:of|by|to|from|for)$/.test(sk.slice(0, m.index ?? 0).trimEnd()) &&
          ids(m[1]).every((n) => mention(n)?.kind !== "person");
        const subjects = complement ? implicitSubject(objects) : (appositionOwner(m) ?? subjectList(m[1]));
        if (leader !== undefined) add("met-led", subjects, [...objects, leader], plannedAround(m), false);
        // "met with A, Speaker; B, Vice-Speaker; and C": the people of one host, at one table.
        else if (/ ; /.test(m[3] ?? "")) add("met-semicolons", subjects, objects, plannedAround(m), false);
        else add("met", subjects, objects, plannedAround(m));
        // "... met A and held talks with B": the same subject's second encounter.
        const end = sk.indexOf(m[3] ?? "", m.index ?? 0) + (m[3]?.length ?? 0);
        const next = AND_ALSO.exec(sk.slice(end));
        if (next) add("and-also", subjects, listAt(sk, next, 1, s.mentions), plannedAround(m));
      }
    if (sk.includes(" of @m"))
      for (const m of sk.matchAll(MEETING_OF)) {
        const leader = m[3] ? [Number(m[3].slice(2))] : [];
        add(
          "meeting-of",
          ids(m[1]),
          [...listAt(sk, m, 2, s.mentions), ...leader],
          plannedAround(m),
          !leader.length,
        );
      }
    if (sk.includes(" with @m"))
      for (const m of sk.matchAll(OWNED_MEETING)) {
        // "X's potential meeting with Y" may never happen.
        if (/\b(potential|possible|proposed|hypothetical)\b/.test(m[0])) continue;
        add("owned-meeting", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m));
      }
    if (
      /\b(when|while|before|after|upon|during) (meeting|receiving|hosting|welcoming|paying|holding)\b/.test(
        sk,
      )
    )
      for (const m of sk.matchAll(WHILE_MEETING)) {
        const objects = listAt(sk, m, 1, s.mentions);
        add("while-meeting", implicitSubject(objects), objects, plannedAround(m));
      }
    if (sk.includes("discussed"))
      for (const m of sk.matchAll(DISCUSSED_WITH))
        add("discussed-with", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m));
    if (sk.includes(" between "))
      for (const m of sk.matchAll(BETWEEN))
        add("between", ids(m[1]), listAt(sk, m, 2, s.mentions), plannedAround(m), false);
    if (sk.includes(" with "))
      for (const m of sk.matchAll(WITH_MEETING)) {
        const objects = listAt(sk, m, 2, s.mentions);
        const leader = m[3] ? [Number(m[3].slice(2))] : [];
        // "During her engagement with A, B articulated": a name in the sentence beats the pronoun.
        const named = s.mentions.findIndex(
          (x, n) => x.person !== undefined && !x.resolved && ![...objects, ...leader].includes(n),
        );
        const subjects =
          m[1] && !(named >= 0 && mention(Number(m[1].slice(2)))?.resolved)
            ? ids(m[1])
            : implicitSubject([...objects, ...leader]);
        if (leader.length)
          add("with-meeting-led", subjects, [...objects, ...leader], plannedAround(m), false);
        else add("with-meeting", subjects, objects, plannedAround(m));
      }
    if (sk.includes(" with "))
      for (const m of sk.matchAll(OPENING_MEETING)) {
        const objects = listAt(sk, m, 1, s.mentions);
        add("opening-meeting", implicitSubject(objects), objects, plannedAround(m));
      }
    if (sk.includes(" with "))
      for (const m of sk.matchAll(PASSIVE_PLANNED)) {
        const objects = listAt(sk, m, 1, s.mentions);
        add("passive-planned", implicitSubject(objects), objects, true);
      }
    if (sk.includes(" and @m"))
      for (const m of sk.matchAll(JOINT)) {
        // Two officials of one country who discuss or sign something together are colleagues, not
        // sides: for them only a meeting, talks or a handshake count.
        const [a, b] = [ids(m[1])[0], ids(m[2])[0]].map((n) => (n === undefined ? undefined : personOf(n)));
        const [ca, cb] = [a, b].map((p) => (p === undefined ? undefined : doc.people[p]?.country));
        if (ca && ca === cb && !/\b(met|held|talked|shook hands|shake hands)$/.test(m[0])) continue;
        // "the memorandum that A and B signed in 2019": a relative clause recalls, it does not report.
        if (/\b(?:that|which)\s*$/.test(sk.slice(0, m.index ?? 0))) continue;
        add("joint", ids(m[1]), ids(m[2]), plannedAround(m));
      }
    if (sk.includes(" by @m"))
      for (const m of sk.matchAll(GROUP_HELD))
        add("group-held", [Number(m[2]?.slice(2))], listAt(sk, m, 1, s.mentions), plannedAround(m), false);
    if (sk.includes("signed by"))
      for (const m of sk.matchAll(SIGNED_BY)) add("signed-by", ids(m[1]), ids(m[2]), false);
    if (sk.includes("congratulated"))
      for (const m of sk.matchAll(CONGRATULATED)) {
        // Congratulations by letter, cable or telephone are a message, whatever they are for.
        if (BY_MESSAGE.test(s.text) || BY_MESSAGE.test(doc.sentences[s.index - 1]?.text ?? "")) continue;
        const after = sk.slice((m.index ?? 0) + m[0].length);
        if (ON_TAKING_OFFICE.test(after) && !MEETING_WORD.test(sk)) continue;
        add("congratulated", ids(m[1]), ids(m[2]), false);
      }
    if (/^(welcoming|greeting|receiving|meeting|thanking) /.test(sk))
      for (const m of sk.matchAll(GREETING)) add("greeting", ids(m[2]), ids(m[1]), false);
    if (/attend|present|participants|joined|presence/.test(sk))
      for (const m of sk.matchAll(ATTENDED)) {
        // Everyone named after "attended by" attended, whatever groups the list names first.
        const people = [...sk.slice(m.index ?? 0).matchAll(/@m(\d+)/g)]
          .map((x) => personOf(Number(x[1])))
          .filter((p): p is number => p !== undefined);
        if (people.length)
          found.push({
            sentence: s.index,
            people,
            parties: [],
            planned: false,
            addsTo: "previous",
            finder: "attended",
          });
      }
    if (/particip|took part|attend|present|told|informed|briefed/.test(sk))
      for (const m of sk.matchAll(PARTICIPATED)) {
        if (IN_AN_EVENT.test(sk.slice((m.index ?? 0) + m[0].length))) continue;
        const p = personOf(Number(m[1]?.slice(2)));
        if (p !== undefined)
          found.push({
            sentence: s.index,
            people: [p],
            parties: [],
            planned: false,
            addsTo: "previous",
            finder: "participated",
          });
      }
    // "A and B met with C" also matches "A and B ... met": a proposal inside another of the same sentence adds nothing.
    const kept = found.filter(
      (p) =>
        p.addsTo ||
        !found.some(
          (q) =>
            q !== p &&
            !q.addsTo &&
            q.people.length > p.people.length &&
            p.people.every((x) => q.people.includes(x)) &&
            p.parties.length === 0,
        ),
    );
    out.push(...kept);
    // The last subject: the first person of the last meeting proposed, or the sentence's first person.
    const first =
      found.find((p) => !p.addsTo)?.people[0] ??
      s.mentions.find((m) => m.person !== undefined && m.from >= 0)?.person;
    if (first !== undefined && !s.headline) lastSubject = first;
  }
  return out;
}
