/**
 * Meetings an article implies without a meeting verb between the two names. Agency reports often
 * state an encounter once (in the title or lead) and then only let the other side act: "For his
 * part, Y said", "The sides discussed", "Welcoming the guests, X", "visited ... at the invitation of
 * Y". This article-level pass finds the protagonist (the official the article is about) and the
 * interlocutors (people of another side who act or speak in the report), and proposes a meeting
 * where the article's cues tie them together. It also reads title lines ("A, B meet") and
 * first-person reports inside quotes ("I met the Speaker today," said X).
 *
 * The sentence finders give precision, this pass gives recall: it proposes only what they did not,
 * and someone merely praised, thanked, quoted from elsewhere or greeted by proxy never acts in the
 * report, so never becomes an interlocutor.
 */

import { absentPeople } from "./absent-people.ts";
import { addressedInPersonMeetings } from "./addressed-in-person.ts";
import { allMatches } from "./all-matches.ts";
import type { Doc, LocalPerson, Mention, Sentence } from "./document.ts";
import { phoneInClause } from "./finders/phone-in-clause.ts";
import { countryOf } from "./gazetteer.ts";
import { headlineSourceFrom } from "./headline-attribution.ts";
import { type Proposal, skeleton } from "./meetings.ts";
import { cachedPattern } from "./pattern-cache.ts";
import { articleProtagonist } from "./protagonist.ts";
import { recallsAnEncounter } from "./recalled.ts";
import { joinWords } from "./roles.ts";
import { quotesElsewhere, speaksOfExchangeAtADistance } from "./said-elsewhere.ts";
import { pluralSubjectMeetings } from "./two-met.ts";
import { visitWhereMeetings } from "./visit-where-clause.ts";

/** What a person does in the report that makes them the other side of an encounter. */
interface Tie {
  person: number;
  sentence: number;
  /** A cue that names the encounter itself ("for his part", "at the invitation of"), not only speech. */
  strong: boolean;
}

// Verbs by which a side speaks or acts in a report of talks.
const ACT =
  "(?:said|says|noted|notes|stressed|stresses|emphasi[sz]ed|underlined|underscored|pointed out|highlighted|expressed|thanked|informed|invited|assured|added|stated|welcomed|proposed|suggested|briefed|shared|voiced|confirmed|reaffirmed|told|appreciated|agreed|outlined|reiterated|mentioned|asked|urged|drew attention|presented|extended|conveyed|spoke|focused|called|hailed|praised|recalled|gave|expressing|noting|stressing|adding|thanking)";
// Words that say the sentence reports the other side's turn in a conversation.
const TURN =
  "(?:for (?:his|her|its|their) part|in (?:his|her|their) turn|in turn|in response|on (?:his|her) part|in reply)";
// Cues that the whole article reports an encounter between sides.
const SIDES_CUE =
  /\b(the (?:two )?sides|both sides|the parties|the interlocutors|the two (?:speakers|leaders|chairmen|chairs|officials|heads|parliamentarians|presidents|ministers)|the guests?|the visitors?|during the (?:talks|meeting|conversation|negotiations)|at the (?:talks|meeting)|his counterpart|her counterpart)\b/i;
// A report of talks or a meeting held, told without its other side ("held talks in Warsaw").
const OBJECTLESS_TALKS =
  /\b(?:held|holds|had|has had|conducted) (?:\w+ ){0,2}?(?:talks|a meeting|meetings|negotiations|consultations)\b(?! with\b)/i;
// A title or lead that frames the report as one of a multilateral event.
const EVENT_FRAME = /\b(forum|conference|summit|congress|plenary|session|sidelines|margins|symposium)\b/i;
// Words that make a title or lead a report of an encounter.
const MEETING_WORD =
  /\b(meets?|met|meeting|talks|receives?|received|hosts?|hosted|welcom\w*|visits?|visited|negotiat\w*|counterpart|discuss\w*|holds?|held)\b/i;
// Words of a frame that report an encounter even at an event ("met on the sidelines of the forum").
const ENCOUNTER_FRAME = /\b(meets?|met|meeting|talks|receives?|received|counterpart|bilateral)\b/i;
const PLANNED = /\b(will|to visit|to meet|is set to|are set to|expected to|scheduled|plans? to)\b/i;

/** Whether a sentence speaks of something to come ("will meet", "is set to visit", "scheduled"). */
export const looksAhead = (text: string): boolean => PLANNED.test(text);
// A title naming two people who meet: "A, B meet", "A and B hold talks".
const TITLE_PAIR = /(@m\d+) (?:,|and|&) (@m\d+) (?:meet|hold talks|discuss|confer|sign)\b/;
// A first-person report of an encounter inside a quote, also an impersonal one the speaker owns ("It
// was an honour to meet X", "I was pleased to welcome X").
const FIRST_PERSON =
  /\b(?:(?:[Ii]t|[Tt]his) (?:was|has been|is|will be) (?:a |an )?(?:\w+ )?(?:honou?r|pleasure|privilege) (?:for (?:him|her|them) )?to (?:meet|welcome|receive|host)|(?:I|[Ww]e) (?:was|were|am|are) (?:\w+ )?(?:honou?red|pleased|delighted|glad|happy) to (?:meet|welcome|receive|host))\b|\b(?:I|[Ww]e) (?:have |had )?(?:just |also |today )?(?:(?:was|were|have been|had been) (?:\w+ly )?(?:received|welcomed|hosted|greeted) by|met|received|hosted|welcomed|held (?:\w+ ){0,2}?(?:talks|a meeting|meetings)|had (?:a |an |the )?(?:\w+ ){0,2}?(?:meeting|talks|conversation|honou?r (?:to|of) meet\w*|pleasure (?:to|of) meet\w*))\b/;
// Words every FIRST_PERSON match holds: its subject ("I", "we", "it", "this") and its verb. Cheap
// substring tests that spare most sentences the pattern, one of the costliest of extraction.
const FIRST_PERSON_SUBJECTS = ["I ", "We ", "we ", "It ", "it ", "This ", "this "];
const FIRST_PERSON_VERBS = ["meet", "met", "welcome", "receive", "host", "greeted", "talks", "conversation"];
const mayReportFirstPerson = (text: string) =>
  FIRST_PERSON_VERBS.some((w) => text.includes(w)) && FIRST_PERSON_SUBJECTS.some((w) => text.includes(w));
// "Welcoming the guests, X ...", "Greeting Y, X ...": who welcomed (group 2) and whom, when named (group 1).
const WELCOMING =
  /^(?:when |while )?(?:welcoming|greeting|receiving|hosting) (?:[^@]{0,40}?(?:@m(\d+))?[^@]{0,40}? )?, (?:[^@]{0,20}? )?@m(\d+)/;
// "their bilateral meeting": the sentence speaks of the encounter of the two it names.
const THEIR_MEETING = /\btheir (?:\w+ ){0,2}?(?:meeting|talks|conversation|negotiations)\b/i;
const SAID = "(?:said|says|noted|wrote|stated|added|posted|tweeted|told)";
// Two people as the joint subject of a verb that takes two sides: "A and B signed", "A, right, and
// B shake hands". Each may carry an apposition ("B, who is on a visit, signed"). Not in a clause
// that recalls something ("the treaty that A and B signed in 2019").
const JOINT =
  /(?:^|[,;:"“] |^(?![^@]*\b(?:that|which|whom|when|since|after)\b)[^@]{0,40}? )@m(\d+)(?: , [^@]{0,100}? ,)? and @m(\d+)(?: , [^@]{0,100}? ,| ,)? (?:also |then |later )?(shak\w+ hands|shook hands|signed|held talks|hold talks|exchanged|discussed|agreed|co-chaired)\b/;
// Of those verbs, the ones that can only be an encounter, whoever the two are.
const ENCOUNTER_ONLY = /hands|talks/;

/** Proposes the meetings an article implies beyond those its sentences state. */
export function proposeImpliedMeetings(doc: Doc, found: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  const has = (a: number, b: number) =>
    [...found, ...out].some((p) => !p.addsTo && p.people.includes(a) && p.people.includes(b));
  // A held meeting of exactly these two, which a proposal of the same sides joins when meetings are assembled.
  const heldPair = (a: number, b: number) =>
    [...found, ...out].some(
      (p) => !p.addsTo && !p.planned && p.people.length === 2 && p.people.includes(a) && p.people.includes(b),
    );
  for (const p of [
    ...titlePairs(doc),
    ...jointSubjects(doc),
    ...pluralSubjectMeetings(doc),
    ...visitWhereMeetings(doc),
    ...addressedInPersonMeetings(doc),
    ...firstPersonReports(doc),
  ]) {
    const [a, b] = [p.people[0] as number, p.people[1] as number];
    // A speaker's own report of a meeting already told ("Yesterday I was glad to meet Y," X wrote) is
    // that meeting again, and is kept so that the day it gives reaches the meeting.
    if (!has(a, b) || (p.finder === "first-person" && !p.planned && heldPair(a, b))) out.push(p);
  }
  const host = articleProtagonist(doc);
  if (!host || reportsRemoteExchange(doc) || reportsWordsFromElsewhere(doc)) return out;
  fillUnnamedSides(doc, host, [...found, ...out]);
  for (const tie of interlocutors(doc, host, [...found, ...out])) {
    if (has(host.id, tie.person)) continue;
    const person = doc.people[tie.person] as LocalPerson;
    // The host met an unnamed side of the interlocutor's country: that side is the interlocutor.
    // One of no known country joins the host's only unnamed side, when there is just one.
    const unnamedSides = found.filter(
      (p) => !p.addsTo && p.people.length === 1 && p.people[0] === host.id && p.parties.length,
    );
    const unnamed = person.country
      ? unnamedSides.find((p) => p.parties.some((x) => x.country === person.country))
      : unnamedSides.length === 1
        ? unnamedSides[0]
        : undefined;
    if (unnamed) {
      unnamed.people.push(tie.person);
      unnamed.finder += tie.strong ? "+implied-tie" : "+implied-sides";
      continue;
    }
    const sentence = encounterSentence(doc, host.id, tie.person, tie.sentence);
    // Only a title or a lead that frames the encounter says whether it is to come: a "will" in what
    // a side said ("X recalled that the new term will begin in July") is about something else.
    const frame = doc.sentences[sentence];
    const framing = !!frame && (frame.headline || frame.paragraph <= 1) && MEETING_WORD.test(frame.text);
    out.push({
      sentence,
      people: [host.id, tie.person],
      parties: [],
      planned:
        framing && PLANNED.test(frame?.text ?? "") && !/\b(met|held|received)\b/.test(frame?.text ?? ""),
      finder: tie.strong ? "implied-tie" : "implied-sides",
    });
  }
  for (const side of unnamedInterlocutors(doc, host)) {
    const metThatSide = [...found, ...out].some(
      (p) =>
        !p.addsTo &&
        p.people.includes(host.id) &&
        (p.parties.some((x) => x.country === side.country) ||
          p.people.some((x) => doc.people[x]?.country === side.country)),
    );
    if (metThatSide) continue;
    out.push({
      sentence: encounterSentence(doc, host.id, undefined, side.sentence),
      people: [host.id],
      parties: [{ country: side.country, description: side.description }],
      planned: false,
      finder: "implied-unnamed",
    });
  }
  return out;
}

// A sentence about the meetings themselves: "During the meetings, ...", "At the talks with ...".
const OF_THE_MEETINGS = /\b(?:meetings?|talks|negotiations|conversations?)\b/i;
// Mention n named as a party of the meetings: "the meetings with (the Speaker) @m1", "between @m1".
const PARTY_OF_MEETINGS = cachedPattern(
  (n: number) =>
    new RegExp(
      String.raw`\b(?:meetings?|talks|negotiations|conversations?) (?:with|between) (?:[^@]{0,40}? )?@m${n}\b`,
    ),
);

/**
 * "X held meetings with the speakers of A, B and C. During the meetings with the Speaker of A's
 * parliament Y, ...": the host met an unnamed side of a country, and the article later names the one
 * person of that country it has, with a role, in a sentence about the meetings. That person is the
 * side. Someone already met in another meeting, or one of several of that country, stays apart.
 */
function fillUnnamedSides(doc: Doc, host: LocalPerson, known: Proposal[]): void {
  const inSomeMeeting = new Set(known.flatMap((k) => k.people));
  for (const side of known) {
    if (side.addsTo || side.people.length !== 1 || side.people[0] !== host.id || side.parties.length !== 1)
      continue;
    const country = side.parties[0]?.country;
    if (!country || country === host.country) continue;
    const ofCountry = doc.people.filter((p) => p.id !== host.id && p.country === country);
    const person = ofCountry.length === 1 ? ofCountry[0] : undefined;
    if (!person?.roles.length || inSomeMeeting.has(person.id)) continue;
    // Named as the other party of the meetings ("during the meetings with Y"), or speaking in them.
    const aboutTheMeetings = doc.sentences.some((s) => {
      if (
        s.headline ||
        s.index === side.sentence ||
        quotesElsewhere(s) ||
        !OF_THE_MEETINGS.test(s.text) ||
        recallsAnEncounter(s.text)
      )
        return false;
      const sk = skeleton(s);
      return s.mentions.some(
        (m, n) =>
          m.person === person.id && !m.resolved && (PARTY_OF_MEETINGS(n).test(sk) || actsIn(sk, `@m${n}`)),
      );
    });
    if (!aboutTheMeetings) continue;
    side.people.push(person.id);
    side.parties = [];
    side.finder += "+named-side";
    inSomeMeeting.add(person.id);
  }
}

// Words of an encounter in person.
const IN_PERSON =
  /\b(?:meets?|met|meeting|visits?|visited|receives?|received|hosts?|hosted|welcom\w*|talks)\b/i;

/**
 * Whether the article's title and lead report an exchange at a distance and no encounter in person
 * ("A holds telephone conversation with B"): the sides that then speak or act ("the interlocutors
 * highlighted", "B congratulated A") talked on the line, they did not meet.
 */
export function reportsRemoteExchange(doc: Doc): boolean {
  const frame = doc.sentences.filter((s) => s.headline || s.paragraph <= 0);
  return (
    frame.some((s) => speaksOfExchangeAtADistance(s.text)) &&
    !frame.some((s) => IN_PERSON.test(s.text.replace(REMOTE_TALK, "")))
  );
}
/**
 * Whether the article's title and lead report only words said elsewhere (an interview, a statement,
 * a message) and no encounter ("X said in an interview that ..."): another side who then speaks,
 * even "for his part", answers in the news, not across a table.
 */
function reportsWordsFromElsewhere(doc: Doc): boolean {
  const frame = doc.sentences.filter((s) => s.headline || s.paragraph <= 0);
  // What the words said were ("said that accession talks would open") tells no encounter of the sayer.
  const told = (s: Sentence) => s.text.replace(SAYING_ON, "");
  return frame.some(quotesElsewhere) && !frame.some((s) => MEETING_WORD.test(told(s)));
}
const SAYING_ON = /\b(?:said|says|told|stated|noted|announced|wrote)\b.*$/is;

// "telephone conversation", "phone talks", "video meeting": the encounter word is the remote one's.
const REMOTE_TALK =
  /\b(?:(?:tele)?phone|video|online|virtual)(?: [a-z]+)? (?:conversation|talks|call|meeting|conference)s?\b/gi;

/**
 * Unnamed officials of another country who take their turn in the talks ("For his part, the
 * Ambassador of Japan said", "The Turkish Speaker, in turn, thanked ..."): one side each, by country.
 */
function unnamedInterlocutors(
  doc: Doc,
  host: LocalPerson,
): { sentence: number; country: string; description: string }[] {
  const hostCountry = countryOfHost(doc, host);
  const out: { sentence: number; country: string; description: string }[] = [];
  for (const s of doc.sentences) {
    if (s.headline || quotesElsewhere(s)) continue;
    const sk = skeleton(s);
    for (const [n, m] of s.mentions.entries()) {
      if (m.kind !== "unnamed" || !m.country || m.country === hostCountry) continue;
      if (out.some((x) => x.country === m.country)) continue;
      const at = `@m${n}`;
      if (actsIn(sk, at) && (turnOf(sk, at) || thanksOf(sk, at)))
        out.push({ sentence: s.index, country: m.country, description: m.description ?? m.country });
    }
  }
  return out;
}

/** The host's country: their own, else the dateline's. */
function countryOfHost(doc: Doc, host: LocalPerson): string | undefined {
  return host.country ?? (doc.article.datelineCity ? countryOf(doc.article.datelineCity) : undefined);
}

/** "For his part, @m1 said", "@m1, in turn, noted": the mention takes its turn in a conversation. */
const turnOf = (sk: string, at: string) => TURN_OF(at).test(sk);
const TURN_OF = cachedPattern(
  (at: string) => new RegExp(String.raw`${TURN} , ${at}\b|${at} , ${TURN} ,|${at} ${TURN}`),
);

/** "@m1 thanked ... for the warm welcome": a guest's words to the host. */
const thanksOf = (sk: string, at: string) => THANKS_OF(at).test(sk);
const THANKS_OF = cachedPattern(
  (at: string) =>
    new RegExp(
      String.raw`${at}\b[^@]{0,60}?thank\w* [^.]{0,80}?\b(?:welcome|hospitality|reception|invitation)\b`,
    ),
);

/** The sentence that best reports the implied encounter: a title or lead with a meeting word naming a side, else the tie. */
function encounterSentence(doc: Doc, host: number, other: number | undefined, tie: number): number {
  const names = (s: Sentence, p: number | undefined) => s.mentions.some((m) => m.person === p);
  const framing = doc.sentences
    .filter((s) => s.headline || s.paragraph <= 1)
    .find((s) => MEETING_WORD.test(s.text) && (names(s, other) || names(s, host)));
  return framing?.index ?? tie;
}

/**
 * The people of another side who act in the report. A strong tie names the encounter ("For his
 * part, Y said", "at the invitation of Y", "Welcoming Y", "Y thanked ... for the warm welcome", "his
 * counterpart Y", Y named in a title that reports a meeting). Speech alone ties only when the article
 * speaks of the sides of a conversation and Y is of another country than the host.
 */
function interlocutors(doc: Doc, host: LocalPerson, known: Proposal[]): Tie[] {
  const hostCountry = countryOfHost(doc, host);
  // "The parties" of a forum are its delegations, not two sides of a conversation: at an event,
  // speech alone ties nobody.
  const frame = doc.sentences.filter((s) => s.headline || s.paragraph <= 0);
  const atEvent = frame.some((s) => EVENT_FRAME.test(s.text));
  // At an event, "for her part" and thanks for the welcome take turns in a debate, not in a
  // conversation with the host, unless the frame also reports a meeting ("met on the sidelines").
  const turnsAreTalks = !atEvent || frame.some((s) => ENCOUNTER_FRAME.test(s.text));
  // "X held talks in Warsaw on Monday": a lead that reports the host's talks and names no one else
  // leaves the other side to the sentences after it, as "the sides" does.
  const objectlessTalks = frame.some(
    (s) =>
      OBJECTLESS_TALKS.test(s.text) &&
      s.mentions.some((m) => m.person === host.id) &&
      !s.mentions.some((m) => m.person !== undefined && m.person !== host.id),
  );
  const sidesCue =
    !atEvent && (objectlessTalks || doc.sentences.some((s) => !s.headline && SIDES_CUE.test(s.text)));
  const unnamedSides = new Set(
    known
      .filter((k) => !k.addsTo && k.people.length === 1 && k.people[0] === host.id)
      .flatMap((k) => k.parties.map((x) => x.country)),
  );
  const ties = new Map<number, Tie>();
  const tie = (person: number, sentence: number, strong: boolean) => {
    if (person < 0 || person === host.id) return;
    const before = ties.get(person);
    if (!before || (strong && !before.strong)) ties.set(person, { person, sentence, strong });
  };
  // One function a sentence: the whole loop in one function was among the costliest to compile.
  const scene: Scene = { host, hostCountry, known, turnsAreTalks, sidesCue, unnamedSides, tie };
  for (const s of doc.sentences) tiesIn(doc, s, scene);
  const hostSideMet = (p: LocalPerson) =>
    known.some(
      (k) =>
        !k.addsTo &&
        k.people.includes(host.id) &&
        k.people.some((x) => x !== host.id && x !== p.id && doc.people[x]?.country === p.country),
    );
  const hostMetSomeone = known.some((k) => !k.addsTo && k.people.includes(host.id) && k.people.length > 1);
  const absent = absentPeople(doc);
  const kept = [...ties.values()].filter((t) => {
    const p = doc.people[t.person];
    if (!p) return false;
    // Someone of no known side, beside a meeting already found, is more likely that meeting's side
    // spelt another way or one of its delegation than a second encounter.
    if (!p.country && hostMetSomeone) return false;
    // Someone of the host's own side is not the other side of the host's meeting.
    if (p.country && hostCountry && p.country === hostCountry) return false;
    // The sentence finders already found whom of that side the host met: this is a leader quoted.
    if (p.country && hostSideMet(p)) return false;
    if (t.strong) return true;
    // Speech alone does not make a side of someone brought in as absent ("spoke by telephone with
    // Y. Y thanked him"; "handed over a message from Y. Y invited the Chairwoman to visit").
    if (absent.has(p.id)) return false;
    return !!p.country;
  });
  // One of a side tied by the encounter itself: others of that side who only speak are quoted, not met.
  const strongCountries = new Set(kept.filter((t) => t.strong).map((t) => doc.people[t.person]?.country));
  // Once the host is known to have met a named foreign side, speech alone from a third country is a
  // voice quoted beside the report, not a second encounter.
  const metForeign = known.some(
    (k) =>
      !k.addsTo &&
      k.people.includes(host.id) &&
      k.people.some((x) => x !== host.id && doc.people[x]?.country && doc.people[x]?.country !== hostCountry),
  );
  const weak = kept.filter(
    (t) => !t.strong && !metForeign && !strongCountries.has(doc.people[t.person]?.country),
  );
  // Speech alone in a report of many voices (a forum) ties nobody to the host.
  return [...kept.filter((t) => t.strong), ...(weak.length > 2 ? [] : weak)];
}

/** What the search for the host's interlocutors knows of the article while it reads each sentence. */
interface Scene {
  host: LocalPerson;
  hostCountry: string | undefined;
  known: Proposal[];
  turnsAreTalks: boolean;
  sidesCue: boolean;
  unnamedSides: Set<string>;
  /** Records that a person is tied to the host by a sentence (strongly when the encounter is explicit). */
  tie: (person: number, sentence: number, strong: boolean) => void;
}

/** The ties to the host that one sentence makes (see {@link interlocutors}). */
function tiesIn(doc: Doc, s: Sentence, scene: Scene): void {
  const { host, hostCountry, known, turnsAreTalks, sidesCue, unnamedSides, tie } = scene;
  const sk = skeleton(s);
  const personAt = (n: number) => s.mentions[n]?.person;
  if (s.headline) {
    // A title that reports a meeting and names both sides.
    // Not someone the title only speaks of ("discusses X's visit", "the decree of X"), nor its source.
    const source = headlineSourceFrom(s);
    if (MEETING_WORD.test(s.text) && s.mentions.some((m) => m.person === host.id && m.from < source)) {
      for (const [n, m] of s.mentions.entries())
        if (m.person !== undefined && m.person !== host.id && m.from < source && !OWNED_BY(n).test(sk))
          tie(m.person, s.index, true);
    }
    return;
  }
  if (quotesElsewhere(s)) return;
  // "In his turn, the host noted": the one who spoke just before is the other side. One of no
  // known country may be a colleague at a sitting, unless the report has another side to give them.
  const hostAt = s.mentions.findIndex((m) => m.person === host.id);
  if (hostAt >= 0 && turnsAreTalks && turnOf(sk, `@m${hostAt}`)) {
    const speaker = previousSpeaker(doc, s.index);
    const sided = !!doc.people[speaker ?? -1]?.country || sidesCue || unnamedSides.size > 0;
    if (speaker !== undefined && speaker !== host.id && sided) tie(speaker, s.index - 1, true);
  }
  for (const m of allMatches(/at the invitation of (?:[^@]{0,40}? )?@m(\d+)/g, sk))
    tie(personAt(Number(m[1])) ?? -1, s.index, true);
  // "Welcoming the guests, X noted": X received the other side. When X is the host, the guest is
  // the one the phrase names, else the article's main foreign side; when X is not, X is the other side.
  const welcome = WELCOMING.exec(sk);
  if (welcome) {
    const welcomed = welcome[1] === undefined ? undefined : personAt(Number(welcome[1]));
    const welcomer = personAt(Number(welcome[2]));
    if (welcomer !== undefined && welcomer !== host.id) tie(welcomer, s.index, true);
    else if (welcomer === host.id)
      tie(welcomed ?? mainForeignSide(doc, host, hostCountry) ?? -1, s.index, true);
  }
  const others = new Set(s.mentions.map((m) => m.person).filter((p) => p !== undefined && p !== host.id));
  for (const [n, mention] of s.mentions.entries()) {
    const person = mention.person;
    if (person === undefined || person === host.id || isPronoun(s, mention)) continue;
    const at = `@m${n}`;
    // "at the end of their bilateral meeting" naming one person besides the host: the two met.
    if (THEIR_MEETING.test(s.text) && others.size === 1) tie(person, s.index, true);
    // "Y met with the head of the group, X": a side the sentence finders could not pair is, in a
    // report of talks between sides, the protagonist's interlocutor.
    const metUnpaired =
      sidesCue && !known.some((k) => !k.addsTo && k.people.includes(person)) && MET_UNPAIRED(at).test(sk);
    if (metUnpaired) tie(person, s.index, false);
    if (!actsIn(sk, at)) continue;
    const turn = turnOf(sk, at);
    const thanks = thanksOf(sk, at);
    const during =
      /^(?:[^@]{0,20}? )?(?:during|at|in the course of) the (?:talks|meeting|conversation|negotiations)\b/.test(
        sk,
      );
    const counterpart = /\bcounterpart\b/i.test(joinWords(s.tokens, Math.max(0, mention.from), mention.to));
    const strong = ((turn || thanks) && turnsAreTalks) || during || counterpart;
    // The sentences already report that the host met an unnamed side of this person's country.
    const sideMet = unnamedSides.has(doc.people[person]?.country as string);
    if (strong || sidesCue || sideMet) tie(person, s.index, strong);
  }
}

// "discusses X's visit", "the decree of X": a title that only speaks of mention n.
const OWNED_BY = cachedPattern((n: number) => new RegExp(String.raw`\bof @m${n}\b|@m${n} 's`));
const MET_UNPAIRED = cachedPattern(
  (at: string) =>
    new RegExp(
      String.raw`(?:^|[,;:] |^[^@]{0,40}? )${at} (?:also )?(?:met|held talks|had talks|received|hosted)\b`,
    ),
);

/**
 * Who speaks in the sentence before `index`: its subject, the person it names first, when a verb
 * of speech follows; nobody when it quotes words from elsewhere.
 */
function previousSpeaker(doc: Doc, index: number): number | undefined {
  const prev = doc.sentences[index - 1];
  if (!prev || prev.headline || quotesElsewhere(prev)) return undefined;
  const first = prev.mentions.find((m) => m.person !== undefined);
  const sk = skeleton(prev);
  const speaks = FIRST_MENTION_ACTS.test(sk);
  return speaks && first && prev.mentions.indexOf(first) === 0 ? first.person : undefined;
}

const FIRST_MENTION_ACTS = new RegExp(String.raw`^(?:[^@]{0,60}? )?@m\d+\b[^.;]*? ${ACT}\b`);

// The most mentioned person with a role of another country than the host's.
function mainForeignSide(doc: Doc, host: LocalPerson, hostCountry: string | undefined): number | undefined {
  return [...doc.people]
    .filter((p) => p.id !== host.id && p.roles.length && p.country && p.country !== hostCountry)
    .sort((a, b) => b.mentions - a.mentions || a.firstSentence - b.firstSentence)[0]?.id;
}

/** Whether mention `at` of a skeleton is the subject of a verb by which a side speaks or acts. */
function actsIn(sk: string, at: string): boolean {
  return ACTING_SUBJECT(at).test(sk) || SAID_AFTER_QUOTE(at).test(sk);
}
const ACTING_SUBJECT = cachedPattern(
  (at: string) =>
    new RegExp(
      String.raw`(?:^|[,;:"“”] |^[^@]{0,60}? )${at}(?: , [^@]{0,90}? ,)?(?: (?:also|then|further|,|${TURN}|in (?:his|her) (?:speech|remarks)))*(?: \w+ly)? ${ACT}\b`,
    ),
);
const SAID_AFTER_QUOTE = cachedPattern((at: string) => new RegExp(String.raw`["”’] ?,? ${SAID} ${at}\b`));

/** A title that names two people who meet ("A, B meet", "A and B hold talks"). */
function titlePairs(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    if (!s.headline) continue;
    const m = TITLE_PAIR.exec(skeleton(s));
    const a = s.mentions[Number(m?.[1]?.slice(2))]?.person;
    const b = s.mentions[Number(m?.[2]?.slice(2))]?.person;
    if (a === undefined || b === undefined || a === b) continue;
    out.push({ sentence: s.index, people: [a, b], parties: [], planned: false, finder: "title-pair" });
  }
  return out;
}

/**
 * Two people as the joint subject of a verb of two sides ("A and B, who is on a visit, signed an
 * agreement", "A, right, and B, shake hands during a meeting"). The sentence finders read the plain
 * "A and B signed"; this reads what they leave (an apposition on the second name, a photo caption's
 * handshake). Two officials of one country who sign or discuss something together are colleagues,
 * not sides, and so are two whose sides the article does not tell: for them only a handshake or
 * talks count.
 */
function jointSubjects(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    if (s.headline || quotesElsewhere(s)) continue;
    const sk = skeleton(s);
    const m = JOINT.exec(sk);
    if (!m) continue;
    // "A and B held talks on transit over the phone": a call, however the talks are told.
    if (phoneInClause(sk.slice((m.index ?? 0) + m[0].length))) continue;
    const a = s.mentions[Number(m[1])]?.person;
    const b = s.mentions[Number(m[2])]?.person;
    if (a === undefined || b === undefined || a === b) continue;
    const [ca, cb] = [doc.people[a]?.country, doc.people[b]?.country];
    if ((!ca || !cb || ca === cb) && !ENCOUNTER_ONLY.test(m[3] ?? "")) continue;
    out.push({ sentence: s.index, people: [a, b], parties: [], planned: false, finder: "joint-subject" });
  }
  return out;
}

/**
 * First-person reports inside quotes: "I met the Speaker at the station," said X. The speaker is
 * the person the quote is attributed to (in this sentence or a later one of its paragraph); the one
 * met is a person named in the quote after the verb, else the article's other main side.
 */
function firstPersonReports(doc: Doc): Proposal[] {
  const out: Proposal[] = [];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    // The gate spares FIRST_PERSON's cost where no subject and verb can be; "our meeting" has its own cue.
    const verb =
      (mayReportFirstPerson(s.text) ? FIRST_PERSON.exec(s.text) : null) ??
      (maySayOurMeeting(s.text) ? OUR_MEETING.exec(s.text) : null);
    if (!verb || quotesElsewhere(s) || recalls(doc, s.text)) continue;
    const speaker = quoteSpeaker(doc, s);
    if (speaker === undefined) continue;
    const verbEnd = verb.index + verb[0].length;
    // The quote ends at its closing mark, or runs on past the sentence.
    const close = s.text.slice(verbEnd).search(/["”]/);
    const quoteEnd = close < 0 ? s.text.length : verbEnd + close;
    const inQuote = s.mentions.find((m) => {
      const at = s.tokens[m.from]?.start ?? -1;
      return m.person !== undefined && m.person !== speaker && at >= verbEnd && at < quoteEnd;
    });
    const met = inQuote?.person ?? otherMainSide(doc, speaker);
    // A side named only in passing, with no role, is too weak a guess for the one met.
    if (met === undefined || (!inQuote && !doc.people[met]?.roles.length)) continue;
    out.push({
      sentence: s.index,
      people: [speaker, met],
      parties: [],
      // "It will be an honour for him to receive Y" looks ahead, and so does "we look forward to our meeting".
      planned: /\bwill be\b/.test(verb[0]) || AHEAD.test(s.text.slice(0, verb.index)),
      finder: "first-person",
    });
  }
  return out;
}

// The speaker's own meeting as a noun inside a quote: "our meeting proved fruitful", "we anticipate
// our first meeting today", "my talks with X". Not one of the past ("our last meeting").
const OUR_MEETING =
  /(?<=["“‘][^"”’]{0,200})\b(?:[Oo]ur|[Mm]y) (?!(?:last|previous|earlier|past|former|recent)\b)(?:\w+ ){0,2}?(?:meeting|talks|conversation)\b/;
// Its look-behind for the opening quote is tried at every position of every sentence, which made it
// the costliest pattern of extraction: it runs only where its possessive and its noun both occur.
const maySayOurMeeting = (text: string) =>
  /\b(?:[Oo]ur|[Mm]y) /.test(text) && /meeting|talks|conversation/.test(text);
// Words of a quote that look ahead to the meeting it names.
const AHEAD = /\b(?:anticipate|look(?:ing)? forward|await|upcoming|forthcoming|will|next)\b/i;

/**
 * Whether a first-person sentence recalls an earlier encounter: "When I was received by X", "Since
 * we met", or a year other than the report's own.
 */
function recalls(doc: Doc, text: string): boolean {
  if (/\b(?:when|since|after|once|as) (?:I|we)\b/i.test(text)) return true;
  const year = doc.article.published?.slice(0, 4);
  return allMatches(/\b(?:19|20)\d\d\b/g, text).some((m) => m[0] !== year);
}

// The attribution of a quote: "..." said X / X said: "..." in this sentence or the next few of the paragraph.
function quoteSpeaker(doc: Doc, s: Sentence): number | undefined {
  const around = doc.sentences.filter(
    (x) => !x.headline && x.paragraph === s.paragraph && x.index >= s.index - 1 && x.index <= s.index + 3,
  );
  for (const x of around) {
    const sk = skeleton(x);
    // A closing mark may end the sentence before ("... visit!" / "X said in a statement.").
    const closedBefore = /["”]\s*$/.test(doc.sentences[x.index - 1]?.text ?? "");
    const after = (closedBefore ? SAID_AFTER_CLOSED : SAID_AFTER).exec(sk);
    const before = SAID_BEFORE.exec(sk);
    const m = x.index >= s.index ? (after ?? (x.index === s.index ? before : null)) : before;
    const n = m ? Number(m[1] ?? m[2]) : undefined;
    const person = n === undefined ? undefined : x.mentions[n]?.person;
    if (person !== undefined) return person;
  }
  return unquotedSpeaker(doc, s);
}

const SAID_AFTER = new RegExp(String.raw`(?:["”] ?,? )(?:${SAID} (?:[^@]{0,30}? )?@m(\d+)|@m(\d+) ${SAID})`);
const SAID_AFTER_CLOSED = new RegExp(
  String.raw`(?:^|["”] ?,? )(?:${SAID} (?:[^@]{0,30}? )?@m(\d+)|@m(\d+) ${SAID})`,
);
const SAID_BEFORE = new RegExp(String.raw`@m(\d+) (?:[^@]{0,40}? )?${SAID}(?: [a-z]+){0,2} ?: ?["“]`);

// A paragraph of speech without quote marks, attributed at its end: "... binds our states, said X."
function unquotedSpeaker(doc: Doc, s: Sentence): number | undefined {
  const last = doc.sentences.filter((x) => !x.headline && x.paragraph === s.paragraph).at(-1);
  if (!last || last.index < s.index) return undefined;
  const m = SAID_AT_END.exec(skeleton(last));
  return m ? last.mentions[Number(m[1] ?? m[2] ?? m[3])]?.person : undefined;
}

// ", said X.", ", X said." or, as posts are quoted, a dash and the author: "... are ahead. - X wrote
// on Telegram."
const SAID_AT_END = new RegExp(
  String.raw`(?:, (?:${SAID} @m(\d+)|@m(\d+) ${SAID}) ?\.?| [-–—] @m(\d+) ${SAID}(?: (?:on|in) [^@]{1,30})?)$`,
);

// The side of the article that is not `person`: the protagonist, or when `person` is the
// protagonist, the most mentioned person of another country.
function otherMainSide(doc: Doc, person: number): number | undefined {
  const host = articleProtagonist(doc);
  if (host && host.id !== person) return host.id;
  const own = doc.people[person]?.country;
  return [...doc.people]
    .filter((p) => p.id !== person && p.country && p.country !== own)
    .sort((a, b) => b.mentions - a.mentions)[0]?.id;
}

const isPronoun = (s: Sentence, m: Mention) =>
  m.from < 0 || /^(he|she|him|his|her)$/.test(s.tokens[m.from]?.key ?? "");
